using System.Text.Json;
using CommuneDocs.Dev.Evaluation;
using CommuneDocs.Indexing;
using CommuneDocs.Tests.Export;
using CommuneDocs.Tests.Indexing;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Cli;

/// <summary>
/// The corpus indexed in its three formats (.docx, .pdf, .txt of each plan) and searched from the command line, as a
/// new user would (issue: one plan in three files was three plans; "kiểm tra" found "tiết kiệm").
/// </summary>
public class SearchCommandTests
{
    private string _work = "";
    private string _index = "";
    private ExternalProgram.Result _indexing = null!;

    [OneTimeSetUp]
    public void IndexTheCorpusInThreeFormats()
    {
        _work = Directory.CreateTempSubdirectory("communedocs-search-").FullName;
        _index = Path.Combine(_work, "idx");
        _indexing = Communedocs.Run("index", TestPaths.Corpus, "--index", _index);
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_work, recursive: true);

    private static JsonElement[] Results(ExternalProgram.Result run)
    {
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }

    [Test]
    public void Index_CorpusInThreeFormats_HoldsEachDocumentOnce()
    {
        Assert.That(_indexing.ExitCode, Is.Zero, _indexing.Stderr);
        Assert.That(_indexing.Stderr, Does.Contain("Indexed 5 document(s) from 15 file(s)"));
    }

    [Test]
    public void Search_TopTen_HasNoRepeatedCommuneAndClause()
    {
        var results = Results(Communedocs.Run("search", "số hóa hồ sơ", "--index", _index, "--json"));
        var pairs = results.SelectMany(r => r.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("commune").GetString()).Distinct()
            .Select(commune => (commune, ClauseIdentity.Wording(r.GetProperty("text").GetString()!)))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Length.EqualTo(10));
            Assert.That(pairs, Is.Unique);
            Assert.That(results[0].GetProperty("places").GetArrayLength(), Is.EqualTo(3), "the same item in three communes' plans is one hit");
            Assert.That(results[0].GetProperty("places")[0].GetProperty("files").GetArrayLength(), Is.EqualTo(3), "each plan with its three files");
        });
    }

    [Test]
    public void Search_WithDiacritics_FindsNoHitWithoutThem()
    {
        var results = Results(Communedocs.Run("search", "kiểm tra", "--commune", "ha tay", "--index", _index, "--json"));
        Assert.That(results.Select(r => r.GetProperty("text").GetString()!).Where(t => !VietnameseText.ToneKey(t).Contains(VietnameseText.ToneKey("kiểm"), StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Search_EveryHitHasRankRelevanceAndWhereItIsFrom()
    {
        var results = Results(Communedocs.Run("search", "dich vu cong truc tuyen", "--index", _index, "--json", "--top", "20"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.GetProperty("rank").GetInt32()), Is.EqualTo(Enumerable.Range(1, results.Length)));
            Assert.That(results.Select(r => r.GetProperty("relevance").GetDouble()), Is.All.InRange(0.0, 1.0));
            Assert.That(results.Select(r => r.GetProperty("relevance").GetDouble()), Is.Ordered.Descending);
            Assert.That(results.SelectMany(r => r.GetProperty("places").EnumerateArray()).Where(p => p.GetProperty("commune").ValueKind == JsonValueKind.Null && p.GetProperty("province").ValueKind == JsonValueKind.Null), Is.Empty);
        });
    }

    [Test]
    public void List_ShowsRankAndRelevanceNotRawScores()
    {
        var run = Communedocs.Run("search", "số hóa hồ sơ", "--index", _index);
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Does.StartWith(" 1. "));
            Assert.That(run.Stdout, Does.Contain("mức phù hợp 0,"), "a relevance from 0 to 1, in Vietnamese by default");
            Assert.That(run.Stdout, Does.Not.Contain("score"));
        });
    }

    [Test]
    public void OldIndex_SearchSaysToIndexAgainAndIndexMakesItAnew()
    {
        var folder = Path.Combine(_work, "old");
        OldIndex.Write(folder);
        var search = Communedocs.Run("search", "số hóa", "--index", folder);
        var index = Communedocs.Run("index", Directory.GetFiles(TestPaths.Corpus, "000_*.txt").Single(), "--index", folder);
        var again = Communedocs.Run("search", "số hóa", "--index", folder);
        Assert.Multiple(() =>
        {
            Assert.That(search.ExitCode, Is.EqualTo(1));
            Assert.That(search.Stderr, Does.Contain("earlier version").And.Contain("index the plans again"));
            Assert.That(index.ExitCode, Is.Zero, index.Stderr);
            Assert.That(index.Stderr, Does.Contain("making it anew"));
            Assert.That(again.ExitCode, Is.Zero, again.Stderr);
            Assert.That(again.Stdout, Does.Contain("Hà Tây"));
        });
    }

    [Test]
    public void Gaps_CorpusInThreeFormatsGivenAtOnce_ScoresAsTheGold()
    {
        var files = Directory.GetFiles(TestPaths.Corpus).Where(f => Path.GetFileName(f)[..3] is "000" or "001" or "002" or "003").Order(StringComparer.Ordinal).ToArray();
        var output = Path.Combine(_work, "gaps.json");
        var run = Communedocs.Run(["gaps", .. files, "--out", output]);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using var gold = JsonDocument.Parse(File.ReadAllBytes(GoldFiles.GapsAnswerPath));
        using var predicted = JsonDocument.Parse(File.ReadAllBytes(output));
        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.EqualTo(12));
            Assert.That(predicted.RootElement.GetProperty("plans").GetArrayLength(), Is.EqualTo(4), "each plan compared once");
            Assert.That(GapScorer.Score(gold.RootElement, predicted.RootElement).F1, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Export_CorpusInThreeFormats_WritesEachPlanOnce()
    {
        var workbook = Path.Combine(_work, "plans.xlsx");
        var run = Communedocs.Run("export", TestPaths.Corpus, "--xlsx", workbook);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using var stream = File.OpenRead(workbook);
        using var reader = new WorkbookReader(stream);
        Assert.Multiple(() =>
        {
            Assert.That(reader.Records("Kế hoạch"), Has.Count.EqualTo(5), "the plans sheet, in Vietnamese by default");
            Assert.That(run.Stderr, Does.Contain("Exported 5 plan(s) from 15 of 15 input(s)"));
            Assert.That(Directory.GetFiles(_work).Where(f => Path.GetFileName(f).StartsWith('.')), Is.Empty, "no temporary file left");
        });
    }
}
