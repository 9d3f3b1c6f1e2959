using System.Globalization;
using CommuneDocs.Comparison;
using CommuneDocs.Dev.Scale;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Comparison;

/// <summary>
/// The measurements behind <see cref="ComparisonOptions"/>, on the 1565 gold plans: the join threshold is swept and
/// must sit well inside the range where gap finding scores its best; sibling titles must score above the sibling
/// threshold and the unrelated plan's title below it. (The sweep in docs/comparison.md went from 0.05 to 0.80 in steps
/// of 0.01; this test re-checks 0.05-0.45 in steps of 0.02 to stay quick.)
/// </summary>
public class ThresholdTests
{
    private const double Margin = 0.05;

    [Test]
    public void JoinThreshold_SitsInsideTheBestRange()
    {
        var plans = GoldFiles.Plans(GoldFiles.Siblings1565);
        var sweep = new List<(double Threshold, double F1)>();
        for (var t = 0.05; t <= 0.45 + 1e-9; t += 0.02)
        {
            var report = PlanComparer.Compare(plans, ComparisonOptions.Default with { JoinThreshold = Math.Round(t, 2) });
            sweep.Add((Math.Round(t, 2), GapScore.Score(GoldFiles.GapsAnswerPath, report).F1));
        }
        var best = sweep.Max(s => s.F1);
        var range = sweep.Where(s => s.F1 == best).Select(s => s.Threshold).ToList();
        TestContext.Out.WriteLine(string.Join(" ", sweep.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Threshold:0.00}:{s.F1:0.00}"))));
        TestContext.Out.WriteLine($"best F1 {best:0.000} for thresholds {range.Min():0.00}-{range.Max():0.00}");
        var chosen = ComparisonOptions.Default.JoinThreshold;
        Assert.Multiple(() =>
        {
            Assert.That(best, Is.GreaterThanOrEqualTo(0.90));
            Assert.That(range, Does.Contain(chosen));
            Assert.That(range.Where(t => t <= chosen - Margin + 1e-9 || t >= chosen + Margin - 1e-9).Count(), Is.GreaterThanOrEqualTo(2), "a margin on both sides");
            Assert.That(range.Min(), Is.LessThanOrEqualTo(chosen - Margin + 1e-9));
            Assert.That(range.Max(), Is.GreaterThanOrEqualTo(chosen + Margin - 1e-9));
        });
    }

    [Test]
    public void SiblingTitleThreshold_SeparatesSiblingTitlesFromAnotherSubject()
    {
        var siblings = GoldFiles.Plans(GoldFiles.Siblings1565);
        var unrelated = GoldFiles.Plan(GoldFiles.Unrelated);
        var within = Pairs(siblings).Select(p => SiblingFinder.TitleSimilarity(p.Item1, p.Item2)).ToList();
        var across = siblings.Select(s => SiblingFinder.TitleSimilarity(s, unrelated)).ToList();
        TestContext.Out.WriteLine($"sibling titles: min {within.Min():0.000}; with the unrelated plan: max {across.Max():0.000}");
        Assert.Multiple(() =>
        {
            Assert.That(within.Min(), Is.GreaterThan(ComparisonOptions.Default.SiblingTitleThreshold));
            Assert.That(across.Max(), Is.LessThan(ComparisonOptions.Default.SiblingTitleThreshold));
        });
    }

    /// <summary>The four 1565 plans as the gold gives them and as parsed from each corpus format.</summary>
    private static IEnumerable<TestCaseData> Forms() =>
        new[] { "gold", "txt", "docx", "pdf" }.Select(f => new TestCaseData(f).SetArgDisplayNames(f));

    private static List<PlanDocument> Plans1565(string form) => form == "gold"
        ? GoldFiles.Plans(GoldFiles.Siblings1565)
        : [.. GoldFiles.Siblings1565.Select(stem => PlanParser.Parse(Path.Combine(TestPaths.Corpus, stem + "." + form)))];

    [TestCaseSource(nameof(Forms))]
    public void PartialCover_IsShownExactlyOnTheGoldsPartialMembers(string form)
    {
        // gold/gaps-1565.json marks four partial covers, all in Vũ Quang (002), whose three broad tasks hold what the
        // siblings split over eight to eleven: II.1 covers "institutions" and "user-evaluation", II.2 "training", II.3 "databases".
        var report = PlanComparer.Compare(Plans1565(form));
        var (shown, gold) = GapScore.Partials(GoldFiles.GapsAnswerPath, report);
        foreach (var m in report.Gaps.SelectMany(g => g.Missing.Select(m => (g.Source, m))))
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Source} {m.m.Family}: {(m.m.Closest is { } c ? $"{c.TaskId} similarity {c.Score:0.000} cover ratio {c.CoverRatio:0.000}" : "no partial cover")}"));
        }
        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.EqualTo(gold));
            Assert.That(GapScore.Score(GoldFiles.GapsAnswerPath, report).F1, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void PartialCover_OnAGeneratedCorpusWithoutPartials_IsRare()
    {
        // The scale corpus recombines the 1565 plans' tasks and removes some; its answer key marks no partial cover.
        // Measured (docs/comparison.md): 40 plans, seed 3: 2 of 70 gaps shown partial (Vũ Quang's broad II.1 against
        // the usage family), 300 plans, seed 5: 0 of 493.
        var dir = Directory.CreateTempSubdirectory("communedocs-partial-").FullName;
        try
        {
            ScaleCorpusGenerator.Generate(ScalePool.Load(TestPaths.Corpus), new ScaleOptions(40, 3, dir, ScaleFormats.Text, 0.15, Jobs: 2));
            var plans = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => PlanParser.Parse(f)).ToList();
            var missing = PlanComparer.Compare(plans).Gaps.SelectMany(g => g.Missing).ToList();
            var partial = missing.Count(m => m.Closest is not null);
            TestContext.Out.WriteLine($"{partial} of {missing.Count} gaps shown partial");
            Assert.That(partial, Is.LessThanOrEqualTo(missing.Count / 20), "at most 5 % of the gaps");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IEnumerable<(PlanDocument, PlanDocument)> Pairs(List<PlanDocument> plans) =>
        plans.SelectMany((a, i) => plans.Skip(i + 1).Select(b => (a, b)));
}
