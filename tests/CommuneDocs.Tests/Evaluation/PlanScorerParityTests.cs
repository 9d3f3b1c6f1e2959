using System.Text.Json;
using CommuneDocs.Dev.Evaluation;

namespace CommuneDocs.Tests.Evaluation;

/// <summary>
/// The C# port of score.py must give score.py's numbers. Expected values below were printed by
/// <c>python3 ../shared/tools/score.py --json corpus/gold tests/CommuneDocs.Tests/Evaluation/Data</c>
/// (Python 3.11.7) and pasted here; the tests never run Python. Data/make_data.py made the perturbed files.
/// </summary>
public class PlanScorerParityTests
{
    private const double Tolerance = 1e-9;

    private static string DataDir => TestPaths.TestSource("Evaluation", "Data");

    private static readonly Dictionary<string, Dictionary<string, double>> Expected = new()
    {
        ["000_a883dd9e56d4ab64.perturbed"] = new Dictionary<string, double> { ["metadata"] = 0.7272727272727273, ["references"] = 0.4444444444444444, ["outline"] = 0.96, ["outline_tree"] = 0.96, ["tasks"] = 0.875, ["task_items"] = 0.738095238095238, ["targets"] = 0.8799999999999999, ["units"] = 0.888888888888889, ["table_cells"] = 0.8166666666666667, ["recipients"] = 0.2 },
        ["000_a883dd9e56d4ab64.txt"] = new Dictionary<string, double> { ["metadata"] = 0.5454545454545454, ["references"] = 1.0, ["outline"] = 0.9393939393939393, ["outline_tree"] = 0.9393939393939393, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.30769230769230765, ["units"] = 0.0, ["table_cells"] = 0.0, ["recipients"] = 0.0 },
        ["001_f8337fdd8866a8ff.cp1258"] = new Dictionary<string, double> { ["metadata"] = 0.09090909090909091, ["references"] = 0.0, ["outline"] = 0.0, ["outline_tree"] = 0.0, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.0, ["units"] = 0.0, ["table_cells"] = 0.0, ["recipients"] = 0.0 },
        ["001_f8337fdd8866a8ff.empty"] = new Dictionary<string, double> { ["metadata"] = 0.09090909090909091, ["references"] = 0.0, ["outline"] = 0.0, ["outline_tree"] = 0.0, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.0, ["units"] = 0.0, ["table_cells"] = 0.0, ["recipients"] = 0.0 },
        ["001_f8337fdd8866a8ff.txt"] = new Dictionary<string, double> { ["metadata"] = 0.45454545454545453, ["references"] = 1.0, ["outline"] = 0.9736842105263158, ["outline_tree"] = 0.9736842105263158, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.4186046511627907, ["units"] = 0.0, ["table_cells"] = 1.0, ["recipients"] = 0.0 },
        ["002_ac39d176635c6cd1.invalid"] = new Dictionary<string, double> { ["metadata"] = 0.45454545454545453, ["references"] = 0.0, ["outline"] = 0.0, ["outline_tree"] = 0.0, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.0, ["units"] = 0.0, ["table_cells"] = 1.0, ["recipients"] = 0.0 },
        ["002_ac39d176635c6cd1.txt"] = new Dictionary<string, double> { ["metadata"] = 0.5454545454545454, ["references"] = 1.0, ["outline"] = 0.9272727272727274, ["outline_tree"] = 0.9272727272727274, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.30303030303030304, ["units"] = 0.0, ["table_cells"] = 1.0, ["recipients"] = 0.0 },
        ["003_7495f11dbf51acbf.bom"] = new Dictionary<string, double> { ["metadata"] = 0.18181818181818182, ["references"] = 0.0, ["outline"] = 0.0, ["outline_tree"] = 0.0, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.0, ["units"] = 0.0, ["table_cells"] = 1.0, ["recipients"] = 0.0 },
        ["003_7495f11dbf51acbf.oddities"] = new Dictionary<string, double> { ["metadata"] = 0.8181818181818182, ["references"] = 1.0, ["outline"] = 1.0, ["outline_tree"] = 1.0, ["tasks"] = 1.0, ["task_items"] = 1.0, ["targets"] = 0.47619047619047616, ["units"] = 1.0, ["table_cells"] = 1.0, ["recipients"] = 0.7499999999999999 },
        ["003_7495f11dbf51acbf.txt"] = new Dictionary<string, double> { ["metadata"] = 0.5454545454545454, ["references"] = 1.0, ["outline"] = 0.9347826086956522, ["outline_tree"] = 0.9347826086956522, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.4186046511627907, ["units"] = 0.0, ["table_cells"] = 1.0, ["recipients"] = 0.0 },
        ["004_15556c4c722cdb8a.emptied"] = new Dictionary<string, double> { ["metadata"] = 1.0, ["references"] = 1.0, ["outline"] = 0.0, ["outline_tree"] = 0.0, ["tasks"] = 1.0, ["task_items"] = 1.0, ["targets"] = 1.0, ["units"] = 1.0, ["table_cells"] = 0.0, ["recipients"] = 1.0, ["deadlines"] = 0.5 },
        ["004_15556c4c722cdb8a.txt"] = new Dictionary<string, double> { ["metadata"] = 0.45454545454545453, ["references"] = 1.0, ["outline"] = 0.924731182795699, ["outline_tree"] = 0.924731182795699, ["tasks"] = 0.0, ["task_items"] = 0.0, ["targets"] = 0.6956521739130435, ["units"] = 0.0, ["table_cells"] = 1.0, ["recipients"] = 0.0 },
    };

    // score.py's "mean" and "overall" lines for the same folder.
    private const double ExpectedOverall = 0.42001280339171604;

    private static IEnumerable<string> ExpectedNames => Expected.Keys;

    [TestCaseSource(nameof(ExpectedNames))]
    public void Score_PredictionFile_EqualsReferenceScorer(string name)
    {
        var report = EvaluationReport.FromFolders(TestPaths.Gold, DataDir);
        var actual = report.Files.Single(f => f.Name == name).Scores.Fields;
        var expected = Expected[name];
        TestContext.Out.WriteLine(string.Join("  ", actual.Select(p => $"{p.Key}={p.Value:R}")));
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
        Assert.Multiple(() =>
        {
            foreach (var (field, value) in expected) Assert.That(actual[field], Is.EqualTo(value).Within(Tolerance), field);
        });
    }

    [Test]
    public void FromFolders_DataFolder_ListsTheFilesScorePyScores()
    {
        var report = EvaluationReport.FromFolders(TestPaths.Gold, DataDir);
        Assert.That(report.Files.Select(f => f.Name), Is.EqualTo(Expected.Keys.Order(StringComparer.Ordinal)));
        Assert.That(report.Overall, Is.EqualTo(ExpectedOverall).Within(Tolerance));
    }

    [Test]
    public void ToTable_DataFolder_PrintsScorePyTableByteForByte()
    {
        var report = EvaluationReport.FromFolders(TestPaths.Gold, DataDir);
        Assert.That(report.ToTable(), Is.EqualTo(File.ReadAllText(Path.Combine(DataDir, "score.expected.txt"))));
    }

    [Test]
    public void ToJson_DataFolder_PrintsScorePyJsonByteForByte()
    {
        var report = EvaluationReport.FromFolders(TestPaths.Gold, DataDir);
        Assert.That(report.ToJson(), Is.EqualTo(File.ReadAllText(Path.Combine(DataDir, "score.expected.json"))));
    }

    private static IEnumerable<string> GoldFiles => Directory.EnumerateFiles(TestPaths.Gold, "0*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(GoldFiles))]
    public void Score_GoldAgainstItself_IsOneEverywhere(string file)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Gold, file)));
        var scores = PlanScorer.Score(gold.RootElement, gold.RootElement);
        Assert.That(scores.Fields.Values, Is.All.EqualTo(1.0));
        Assert.That(scores.TableRows, Is.EqualTo(1.0));
    }

    [Test]
    public void Score_Gaps_EqualsReferenceScorer()
    {
        // python3 score.py --gaps corpus/gold/gaps-1565.json Data/gaps/gaps-1565.pred.json --json
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Gold, "gaps-1565.json")));
        using var pred = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataDir, "gaps", "gaps-1565.pred.json")));
        var scores = GapScorer.Score(gold.RootElement, pred.RootElement);
        Assert.Multiple(() =>
        {
            Assert.That(scores.Precision, Is.EqualTo(0.2727272727272727).Within(Tolerance));
            Assert.That(scores.Recall, Is.EqualTo(1.0).Within(Tolerance));
            Assert.That(scores.F1, Is.EqualTo(0.42857142857142855).Within(Tolerance));
            Assert.That(scores.ToText() + "\n", Is.EqualTo(File.ReadAllText(Path.Combine(DataDir, "gaps", "score.expected.txt"))));
        });
    }

    [Test]
    public void Score_GoldGapsAgainstThemselves_FindsEveryGap()
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Gold, "gaps-1565.json")));
        var plans = gold.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetString()!).ToList();
        var families = gold.RootElement.GetProperty("families").EnumerateArray().ToList();
        // A perfect prediction: every gold family with its plain members, and each plan's gaps as score.py defines them.
        var predicted = new
        {
            families = families.Select(f => new
            {
                id = f.GetProperty("id").GetString(),
                members = f.GetProperty("members").EnumerateObject()
                    .Where(m => m.Value.ValueKind == JsonValueKind.String)
                    .Select(m => new { source = m.Name + ".txt", taskId = m.Value.GetString() }),
            }),
            gaps = plans.Select(s => new
            {
                source = s + ".txt",
                missing = families
                    .Where(f => !f.GetProperty("members").TryGetProperty(s, out var m) || m.ValueKind == JsonValueKind.Null)
                    .Where(f => plans.Count(o => o != s && f.GetProperty("members").TryGetProperty(o, out var m) && m.ValueKind == JsonValueKind.String) >= 2)
                    .Select(f => new { family = f.GetProperty("id").GetString() }),
            }),
        };
        var scores = GapScorer.Score(gold.RootElement, JsonSerializer.SerializeToElement(predicted));
        Assert.That(scores.F1, Is.EqualTo(1.0));
    }
}
