using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Indexing;

public class ClauseSearchTests
{
    private PlanIndex _index = null!;
    private ClauseSearch _search = null!;
    private List<PlanDocument> _plans = null!;

    [OneTimeSetUp]
    public void IndexGoldPlans()
    {
        _plans = GoldFiles.Plans([.. GoldFiles.Siblings1565, GoldFiles.Unrelated]);
        _index = PlanIndex.CreateInMemory();
        foreach (var plan in _plans) _index.Update(plan, plan.Source.File, "gold");
        _search = new ClauseSearch(_index);
    }

    [OneTimeTearDown]
    public void Close() => _index.Dispose();

    [Test]
    public void Search_WithoutDiacritics_FindsEachPaymentTaskInTheTopThree()
    {
        // Family "payment" of gold/gaps-1565.json: the plans that have it, and its task there.
        var expected = new Dictionary<string, string> { ["000"] = "II.5", ["001"] = "II.5", ["003"] = "II.5" };
        foreach (var (stem, taskId) in expected)
        {
            var commune = _plans.Single(p => p.Source.File.StartsWith(stem, StringComparison.Ordinal)).Commune;
            var hits = _search.Search(new ClauseQuery("thanh toan truc tuyen") { Commune = commune, Top = 3 });
            Assert.That(hits.Any(h => h.Kind == ClauseKind.Task && h.Path == taskId), Is.True, $"{stem}: {string.Join(" | ", hits.Select(h => h.Path + " " + h.Text))}");
        }
    }

    [Test]
    public void Search_WithoutDiacritics_RanksPaymentTasksFirstAmongTasks()
    {
        var hits = _search.Search(new ClauseQuery("thanh toan truc tuyen") { Kind = ClauseKind.Task, Top = 3 });
        Assert.That(hits.Select(h => h.Text), Is.All.StartWith("Đẩy mạnh thanh toán trực tuyến"));
    }

    [Test]
    public void Snippet_OfFoldedQuery_MarksTheAccentedWords()
    {
        var hit = _search.Search(new ClauseQuery("thanh toan truc tuyen") { Kind = ClauseKind.Task, Top = 1 }).Single();
        Assert.That(hit.Snippet, Does.Contain("«thanh toán trực tuyến»"));
    }

    [Test]
    public void Search_IgnoresTonePlacement()
    {
        var newStyle = _search.Search(new ClauseQuery("Ủy ban nhân dân") { Top = 5 });
        var oldStyle = _search.Search(new ClauseQuery("Uỷ ban nhân dân") { Top = 5 });
        Assert.Multiple(() =>
        {
            Assert.That(newStyle, Is.Not.Empty);
            Assert.That(oldStyle.Select(h => (h.Source, h.Path)), Is.EqualTo(newStyle.Select(h => (h.Source, h.Path))));
            Assert.That(oldStyle.Select(h => h.Score), Is.EqualTo(newStyle.Select(h => h.Score)));
        });
    }

    [Test]
    public void Search_Filters_ByCommuneWithoutDiacriticsKindAndYear()
    {
        var hits = _search.Search(new ClauseQuery("dịch vụ công trực tuyến") { Commune = "cam giang", Kind = ClauseKind.Item, Year = 2025, Top = 20 });
        Assert.Multiple(() =>
        {
            Assert.That(hits, Is.Not.Empty);
            Assert.That(hits.Select(h => h.Commune), Is.All.EqualTo("Cẩm Giang"));
            Assert.That(hits.Select(h => h.Kind), Is.All.EqualTo(ClauseKind.Item));
            Assert.That(hits.Select(h => h.Year), Is.All.EqualTo(2025));
            Assert.That(_search.Search(new ClauseQuery("dịch vụ công trực tuyến") { Year = 1999 }), Is.Empty);
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("!!! ///")]
    public void Search_OfNothingSearchable_ReturnsNoResult(string text) =>
        Assert.That(_search.Search(new ClauseQuery(text)), Is.Empty);
}

/// <summary>
/// The search's two stages and its two ways of filtering, on two gold plans indexed under 60 communes: a commune's
/// clauses are under 2 % of the index (the filter drives the search), a kind's or a year's far more (a bit set).
/// </summary>
public class ClauseSearchStrategyTests
{
    private const int Communes = 60;
    private const int All = 20_000;
    private PlanIndex _index = null!;
    private ClauseSearch _search = null!;

    [OneTimeSetUp]
    public void IndexGoldPlansUnderManyCommunes()
    {
        var plans = GoldFiles.Plans([.. GoldFiles.Siblings1565.Take(2)]);
        _index = PlanIndex.CreateInMemory();
        _index.UpdateAll(Enumerable.Range(0, Communes).SelectMany(i => plans.Select(p => (p with { Commune = $"Xã Số {i}" }, $"{i}/{p.Source.File}", "gold"))));
        _search = new ClauseSearch(_index);
    }

    [OneTimeTearDown]
    public void Close() => _index.Dispose();

    private static IEnumerable<TestCaseData> Filters()
    {
        yield return new TestCaseData(new ClauseQuery("thanh toan truc tuyen") { Commune = "xa so 7" }, (Func<ClauseHit, bool>)(h => h.Commune == "Xã Số 7")).SetName("Search_FilterFewClausesPass_EqualsFilteringTheWholeRanking");
        yield return new TestCaseData(new ClauseQuery("dịch vụ công trực tuyến") { Kind = ClauseKind.Item }, (Func<ClauseHit, bool>)(h => h.Kind == ClauseKind.Item)).SetName("Search_FilterManyClausesPass_EqualsFilteringTheWholeRanking");
        yield return new TestCaseData(new ClauseQuery("chuyển đổi số") { Year = 2025, Kind = ClauseKind.Task }, (Func<ClauseHit, bool>)(h => h.Year == 2025 && h.Kind == ClauseKind.Task)).SetName("Search_TwoFilters_EqualsFilteringTheWholeRanking");
    }

    [TestCaseSource(nameof(Filters))]
    public void Search_Filtered_EqualsTheUnfilteredRankingFiltered(ClauseQuery query, Func<ClauseHit, bool> passes)
    {
        var filtered = _search.Search(query with { Top = All });
        var unfiltered = _search.Search(new ClauseQuery(query.Text) { Top = All }).Where(passes);

        Assert.That(filtered, Is.Not.Empty);
        Assert.That(filtered.Select(h => (h.Source, h.Path, h.Score)), Is.EqualTo(unfiltered.Select(h => (h.Source, h.Path, h.Score))));
    }

    [TestCase("thanh toan truc tuyen")]
    [TestCase("tuyên truyền chuyển đổi số")]
    [TestCase("so hoa ho so thu tuc hanh chinh")]
    [TestCase("Ủy ban nhân dân xã chủ trì")]
    public void Search_TopTen_IsTheTopTenOfEveryClauseSharingASyllablePair(string text)
    {
        // With Top this large every clause that shares a pair with the query is ranked by the whole query.
        var exhaustive = _search.Search(new ClauseQuery(text) { Top = All }).Take(10);

        Assert.That(_search.Search(new ClauseQuery(text)).Select(h => h.Score), Is.EqualTo(exhaustive.Select(h => h.Score)));
    }

    [Test]
    public void Search_PairNoClauseHas_FallsBackToSingleSyllables()
    {
        var hits = _search.Search(new ClauseQuery("trực tuyến xyzzy"));
        var pairless = _search.Search(new ClauseQuery("xyzzy trực"));

        Assert.That(hits, Is.Not.Empty);
        Assert.That(pairless, Is.Not.Empty, "no clause has 'xyzzy trực' or 'xyzzy': the single syllable 'trực' still finds clauses");
    }
}
