using System.Text.RegularExpressions;
using CommuneDocs.Dev.Scale;

namespace CommuneDocs.Tests.Scale;

/// <summary>
/// The scale-corpus generator of issue #7: determinism, an answer key that matches the text, and plans that parse back.
/// The generator lives in the development tool communedocs-dev (tools/CommuneDocs.Dev; not library API); these tests
/// call it in process through a project reference rather than running the built tool, which keeps them fast and lets
/// them look at the composed plans.
/// </summary>
[TestFixture]
public sealed class ScaleCorpusTests
{
    private const int Count = 24;
    private const int Seed = 11;
    private const double RemoveRate = 0.3;

    private ScalePool _pool = null!;
    private string _dir = null!;
    private GeneratedPlan[] _plans = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _pool = ScalePool.Load(TestPaths.Corpus);
        _dir = Path.Combine(Path.GetTempPath(), "communedocs-scale-" + Guid.NewGuid().ToString("N"));
        _plans = ScaleCorpusGenerator.Generate(_pool, new ScaleOptions(Count, Seed, _dir, ScaleFormats.Both, RemoveRate, Jobs: 2));
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public void Pool_ComesFromThePlansThatCiteTheDecision()
    {
        Assert.That(_pool.Sources, Has.Length.EqualTo(4));
        Assert.That(_pool.Families, Has.Length.GreaterThanOrEqualTo(8));
        Assert.That(_pool.Families.All(f => f.Variants.Select(v => v.Source).Distinct().Count() == f.Variants.Length), Is.True);
        Assert.That(_pool.Targets, Is.Not.Empty);
        Assert.That(_pool.Units, Is.Not.Empty);
    }

    [Test]
    public void Generate_SameSeedAndCount_WritesIdenticalBytes()
    {
        var again = Path.Combine(_dir, "again");
        try
        {
            ScaleCorpusGenerator.Generate(_pool, new ScaleOptions(Count, Seed, again, ScaleFormats.Both, RemoveRate, Jobs: 1));
            var first = Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            var second = Directory.GetFiles(again).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.That(second, Is.EqualTo(first));
            Assert.That(first, Has.Length.EqualTo(2 * Count + 1));
            foreach (var name in first)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(again, name!)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_dir, name!))), name);
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Test]
    public void Generate_OtherSeed_WritesOtherPlans()
    {
        var other = ScaleCorpusGenerator.Compose(_pool, new ScaleOptions(Count, Seed + 1, _dir));
        Assert.That(PlanWriters.Text(other[0]), Is.Not.EqualTo(PlanWriters.Text(_plans[0])));
    }

    [Test]
    public void Generate_RemovesSomeTasksAndKeepsEveryPlanWithTasks()
    {
        var removed = _plans.Sum(p => p.Slots.Count(s => s.TaskId is null));
        Assert.That(removed, Is.GreaterThan(0));
        Assert.That(_plans.All(p => p.Slots.Count(s => s.TaskId is not null) >= PlanComposer.MinTasks), Is.True);
    }

    [Test]
    public void Generate_NamesNoCorpusCommune()
    {
        var corpus = _pool.CorpusCommunes.Select(ScaleText.Fold).ToHashSet();
        Assert.That(_plans.Select(p => ScaleText.Fold(p.Commune)).Where(corpus.Contains), Is.Empty);
        Assert.That(_plans.Select(p => p.Commune).Distinct().Count(), Is.EqualTo(Count));
        var text = string.Concat(_plans.Select(p => System.Text.Encoding.UTF8.GetString(PlanWriters.Text(p))));
        foreach (var c in _pool.CorpusCommunes) Assert.That(text, Does.Not.Contain("xã " + c), c);
    }

    [Test]
    public void AnswerKey_RemovedTasksAreAbsentFromTheTasksPart()
    {
        foreach (var plan in _plans)
        {
            var text = File.ReadAllText(Path.Combine(_dir, plan.Stem + ".txt"));
            var headings = TaskHeadings(text);
            for (var f = 0; f < _pool.Families.Length; f++)
            {
                var variants = _pool.Families[f].Variants.Select(v => ScaleText.Canonical(v.Task.Title)).ToList();
                if (plan.Slots[f].TaskId is null)
                    Assert.That(headings.Intersect(variants), Is.Empty, $"{plan.Stem}: removed {_pool.Families[f].Id} is still there");
                else
                    Assert.That(headings, Does.Contain(ScaleText.Canonical(plan.Slots[f].Title!)), $"{plan.Stem}: {_pool.Families[f].Id} missing");
            }
            Assert.That(headings, Has.Count.EqualTo(plan.Slots.Count(s => s.TaskId is not null)));
        }
    }

    [TestCase("txt")]
    [TestCase("docx")]
    public void GeneratedPlans_ParseBackToTheAnswerKeysTasks(string extension)
    {
        foreach (var plan in _plans)
        {
            var parsed = PlanParser.Parse(Path.Combine(_dir, plan.Stem + "." + extension));
            var expected = plan.Slots.Where(s => s.TaskId is not null).ToList();
            Assert.That(parsed.Tasks.Select(t => t.Id), Is.EqualTo(expected.Select(s => s.TaskId)), plan.Stem);
            Assert.That(parsed.Tasks.Select(t => ScaleText.Canonical(t.Title)), Is.EqualTo(expected.Select(s => ScaleText.Canonical(s.Title!))), plan.Stem);
            Assert.That(parsed.Commune, Is.EqualTo(plan.Commune), plan.Stem);
            Assert.That(parsed.References.Where(r => r.Number is not null).Select(r => ScaleText.Fold(r.Number!)), Does.Contain(ScaleText.Fold(ScalePool.Decision)), plan.Stem);
        }
    }

    [Test]
    public void AnswerKey_HasTheGoldGapsShape()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, ScaleCorpusGenerator.AnswersFile)));
        var root = doc.RootElement;
        Assert.That(root.GetProperty("plans").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(_plans.Select(p => p.Stem)));
        Assert.That(root.GetProperty("min_support").GetInt32(), Is.EqualTo(ScaleOptions.MinSupport));
        var families = root.GetProperty("families").EnumerateArray().ToList();
        Assert.That(families.Select(f => f.GetProperty("id").GetString()), Is.EqualTo(_pool.Families.Select(f => f.Id)));
        for (var f = 0; f < families.Count; f++)
        {
            foreach (var plan in _plans)
            {
                var member = families[f].GetProperty("members").GetProperty(plan.Stem);
                Assert.That(member.ValueKind == System.Text.Json.JsonValueKind.Null ? null : member.GetString(), Is.EqualTo(plan.Slots[f].TaskId));
            }
        }
    }

    [Test]
    public void TitleClustering_AgreesWithTheKeyExceptForOnePlansRewordedTitles()
    {
        // The fallback when no family key is given: folded-word overlap of titles. One of the four plans words its tasks
        // its own way ("... nâng cao chất lượng cung cấp DVCTT toàn trình", "Tuyên truyền, nâng cao nhận thức ... sử dụng
        // dịch vụ số"); those titles share too few words to join their families. The gold key knows better, so it is used when present.
        var clustered = ScalePool.FamiliesByTitle(_pool.Sources);
        var misplaced = new List<string>();
        foreach (var family in _pool.Families)
        {
            var homes = family.Variants
                .Select(v => (v, Home: clustered.Single(c => c.Variants.Any(m => m.Source == v.Source && m.Task.Id == v.Task.Id)).Id))
                .ToList();
            var majority = homes.GroupBy(h => h.Home).OrderByDescending(g => g.Count()).First().Key;
            misplaced.AddRange(homes.Where(h => h.Home != majority).Select(h => $"{family.Id}: {h.v.Source} {h.v.Task.Id} {h.v.Task.Title}"));
        }
        TestContext.Out.WriteLine(string.Join("\n", misplaced));
        Assert.That(misplaced, Has.Count.LessThanOrEqualTo(2), string.Join("; ", misplaced));
        Assert.That(misplaced.Select(m => m.Split(' ')[1]).Distinct().Count(), Is.LessThanOrEqualTo(1), string.Join("; ", misplaced));
    }

    /// <summary>The canonical titles of the "n. title" lines between the tasks part and the implementation part.</summary>
    private static List<string> TaskHeadings(string text)
    {
        var start = text.IndexOf("II. NHIỆM VỤ, GIẢI PHÁP", StringComparison.Ordinal);
        var end = text.IndexOf("III. TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal);
        return text[start..end].Split('\n')
            .Select(l => Regex.Match(l, @"^\d+\. (.+)$"))
            .Where(m => m.Success)
            .Select(m => ScaleText.Canonical(m.Groups[1].Value))
            .ToList();
    }
}
