using System.Text.Json;
using CommuneDocs.Comparison;
using CommuneDocs.Dev.Evaluation;
using CommuneDocs.Dev.Scale;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Comparison;

/// <summary>
/// Gap finding on a generated corpus large enough (more than <see cref="PlanComparer.LargeGroupTasks"/> tasks) to take
/// the centroid clustering path, scored against the generator's answer key as score.py --gaps scores it (issue #6, #7).
/// </summary>
public class LargeGroupGapTests
{
    [Test]
    public void Compare_GeneratedCorpusOfEightyPlans_RecoversTheRemovedTasks()
    {
        WithGeneratedPlans((dir, plans) =>
        {
            Assert.That(plans.Sum(p => p.Tasks.Length), Is.GreaterThan(PlanComparer.LargeGroupTasks));

            var report = PlanComparer.Compare(plans);

            using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, ScaleCorpusGenerator.AnswersFile)));
            using var predicted = JsonDocument.Parse(GapReportJson.Serialize(report));
            var scores = GapScorer.Score(gold.RootElement, predicted.RootElement);
            TestContext.Out.WriteLine($"gap precision {scores.Precision:F3} recall {scores.Recall:F3} F1 {scores.F1:F3}");
            Assert.That(scores.F1, Is.GreaterThanOrEqualTo(0.90));
        });
    }

    [Test]
    public void Compare_OnOneThreadOrOnFour_WritesTheSameReport()
    {
        WithGeneratedPlans((_, plans) =>
        {
            var one = GapReportJson.Serialize(PlanComparer.Compare(plans, ComparisonOptions.Default with { MaxDegreeOfParallelism = 1 }));
            var four = GapReportJson.Serialize(PlanComparer.Compare(plans, ComparisonOptions.Default with { MaxDegreeOfParallelism = 4 }));

            Assert.That(four, Is.EqualTo(one));
        });
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void Options_WithoutAUsableThreadCount_AreRefused(int threads)
    {
        Assert.That(() => ComparisonOptions.Default with { MaxDegreeOfParallelism = threads }, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    /// <summary>Runs <paramref name="test"/> on 80 plans generated from the corpus (a fifth of their tasks removed), parsed from text.</summary>
    private static void WithGeneratedPlans(Action<string, List<PlanDocument>> test)
    {
        var dir = Path.Combine(Path.GetTempPath(), "communedocs-gaps-" + Guid.NewGuid().ToString("N"));
        try
        {
            var pool = ScalePool.Load(TestPaths.Corpus);
            ScaleCorpusGenerator.Generate(pool, new ScaleOptions(80, 5, dir, ScaleFormats.Text, 0.2, Jobs: 2));
            var plans = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => PlanParser.Parse(f)).ToList();
            test(dir, plans);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
