using CommuneDocs.Indexing;
using CommuneDocs.Model;
using CommuneDocs.Text;

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
    public void Search_WithKindAndYear_TheSecondTimeGivesWhatTheFirstGave()
    {
        // The sets of a kind and a year are kept with the index's segments after the first search reads them.
        var query = new ClauseQuery("dich vu cong truc tuyen") { Kind = ClauseKind.Task, Year = 2025, Top = 20 };
        var first = _search.Search(query).Select(h => (h.Text, h.PlaceCount, Places: string.Join(",", h.Places))).ToList();
        var second = _search.Search(query).Select(h => (h.Text, h.PlaceCount, Places: string.Join(",", h.Places))).ToList();
        var unfiltered = _search.Search(query with { Kind = null, Year = null, Top = 200 });

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.Empty);
            Assert.That(second, Is.EqualTo(first));
            Assert.That(_search.Search(query).SelectMany(h => h.Places), Has.All.Matches<ClausePlace>(p => p.Kind == ClauseKind.Task && p.Year == 2025));
            Assert.That(unfiltered.Count, Is.GreaterThan(first.Count));
        });
    }

    [Test]
    public void Search_WithoutDiacritics_RanksThePaymentTaskFirstWithEveryPlanThatHasIt()
    {
        var hit = _search.Search(new ClauseQuery("thanh toan truc tuyen") { Kind = ClauseKind.Task, Top = 3 })[0];
        Assert.Multiple(() =>
        {
            Assert.That(hit.Text, Does.StartWith("Đẩy mạnh thanh toán trực tuyến"));
            Assert.That(hit.Places.Select(p => p.Source[..3]), Is.EqualTo(new[] { "000", "001", "003" }));
            Assert.That(hit.PlaceCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void Search_SameClauseInSeveralPlans_IsOneHitThatListsEachPlan()
    {
        var hits = _search.Search(new ClauseQuery("số hóa hồ sơ"));
        var pairs = hits.SelectMany(h => h.Places.Select(p => p.Commune).Distinct().Select(commune => (commune, ClauseIdentity.Wording(h.Text)))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pairs, Is.Unique, "no (commune, clause) pair is in two hits");
            Assert.That(hits.Where(h => h.Places.Select(p => p.Commune).Distinct().Count() == 3).Select(h => h.Text), Has.Some.StartWith("Tập trung số hóa"));
        });
    }

    private static ClauseSearch SearchOf(PlanIndex index, params string[] nodes)
    {
        var plan = new PlanDocument
        {
            Source = new SourceInfo("a.txt", SourceFormat.Text, null),
            Commune = "Hà Tây",
            Outline = [.. nodes.Select((text, i) => new OutlineNode((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text, [], SourceSpan.None))],
        };
        index.Update(plan, "a.txt", "h");
        return new ClauseSearch(index);
    }

    [Test]
    public void Search_WithDiacritics_MatchesThoseDiacritics()
    {
        // Issue: "kiểm tra" gave ten hits of "tiết kiệm" in a plan without "kiểm tra".
        using var index = PlanIndex.CreateInMemory();
        var search = SearchOf(index, "Giúp tiết kiệm thời gian, chi phí", "Tra cứu hồ sơ trực tuyến", "Tăng cường kiểm tra việc thực hiện");
        Assert.Multiple(() =>
        {
            Assert.That(search.Search(new ClauseQuery("kiểm tra") { Commune = "ha tay" }).Select(h => h.Text), Is.EqualTo(new[] { "Tăng cường kiểm tra việc thực hiện" }));
            Assert.That(search.Search(new ClauseQuery("kiệm")).Select(h => h.Text), Is.EqualTo(new[] { "Giúp tiết kiệm thời gian, chi phí" }));
        });
    }

    [Test]
    public void Search_WithoutDiacritics_MatchesAnyDiacritics()
    {
        using var index = PlanIndex.CreateInMemory();
        var search = SearchOf(index, "Giúp tiết kiệm thời gian, chi phí", "Tăng cường kiểm tra việc thực hiện");
        Assert.That(search.Search(new ClauseQuery("kiem")).Select(h => h.Text), Is.EquivalentTo(new[] { "Giúp tiết kiệm thời gian, chi phí", "Tăng cường kiểm tra việc thực hiện" }));
    }

    [Test]
    public void Search_SameClauseTwiceInAPlan_IsOneHitWithBothPaths()
    {
        using var index = PlanIndex.CreateInMemory();
        var search = SearchOf(index, "Tra cứu hồ sơ trực tuyến", "Tra cứu hồ sơ trực tuyến.");
        var hit = search.Search(new ClauseQuery("tra cứu hồ sơ")).Single();
        Assert.That(hit.Places.Select(p => p.Path), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void Relevance_IsBetweenZeroAndOneAndFallsWithRank()
    {
        var hits = _search.Search(new ClauseQuery("dịch vụ công trực tuyến") { Top = 20 });
        Assert.Multiple(() =>
        {
            Assert.That(hits.Select(h => h.Relevance), Is.All.InRange(0.0, 1.0));
            Assert.That(hits.Select(h => h.Relevance), Is.Ordered.Descending);
            Assert.That(hits[0].Relevance, Is.GreaterThan(0.3));
        });
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

    [TestCase("hoà", "hòa")]
    [TestCase("thuỷ", "thủy")]
    public void Search_WithDiacritics_IgnoresTonePlacement(string oldStyle, string newStyle)
    {
        using var index = PlanIndex.CreateInMemory();
        var plan = _plans[0] with { Outline = [new OutlineNode("1", $"Hòa giải ở cơ sở và thủy lợi nội đồng", [], SourceSpan.None)], Tasks = [], Units = [], Targets = [], Tables = [] };
        index.Update(plan, "a.txt", "h");
        var search = new ClauseSearch(index);
        Assert.That(search.Search(new ClauseQuery(oldStyle)).Select(h => h.Path), Is.EqualTo(search.Search(new ClauseQuery(newStyle)).Select(h => h.Path)).And.Not.Empty);
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
        yield return new TestCaseData(new ClauseQuery("thanh toan truc tuyen") { Commune = "xa so 7" }, (Func<ClausePlace, bool>)(p => p.Commune == "Xã Số 7")).SetName("Search_FilterFewClausesPass_EqualsFilteringTheWholeRanking");
        yield return new TestCaseData(new ClauseQuery("dịch vụ công trực tuyến") { Kind = ClauseKind.Item }, (Func<ClausePlace, bool>)(p => p.Kind == ClauseKind.Item)).SetName("Search_FilterManyClausesPass_EqualsFilteringTheWholeRanking");
        yield return new TestCaseData(new ClauseQuery("dịch vụ công trực tuyến") { Year = 2025, Kind = ClauseKind.Task }, (Func<ClausePlace, bool>)(p => p.Year == 2025 && p.Kind == ClauseKind.Task)).SetName("Search_TwoFilters_EqualsFilteringTheWholeRanking");
    }

    [TestCaseSource(nameof(Filters))]
    public void Search_Filtered_EqualsTheUnfilteredRankingFiltered(ClauseQuery query, Func<ClausePlace, bool> passes)
    {
        var filtered = _search.Search(query with { Top = All, MaxPlaces = All });
        var unfiltered = _search.Search(new ClauseQuery(query.Text) { Top = All, MaxPlaces = All })
            .Select(h => (h.Text, h.Score, Places: h.Places.Where(passes).ToList())).Where(h => h.Places.Count > 0).ToList();

        Assert.That(filtered, Is.Not.Empty);
        Assert.That(filtered.Select(h => (h.Text, h.Score)), Is.EqualTo(unfiltered.Select(h => (h.Text, h.Score))));
        Assert.That(filtered.Select(h => h.Places.Length), Is.EqualTo(unfiltered.Select(h => h.Places.Count)));
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
    public void Search_OnePairMatches_FindsTheClausesWithIt()
    {
        var hits = _search.Search(new ClauseQuery("trực tuyến xyzzy"));
        Assert.That(hits.Select(h => h.Text), Is.Not.Empty.And.All.Contains("trực tuyến"));
    }

    [Test]
    public void Search_NoPairAndNotEverySyllable_FindsNothing()
    {
        // No clause has "xyzzy trực" or "xyzzy": a single syllable of a longer query ("trực") is no match by itself.
        Assert.That(_search.Search(new ClauseQuery("xyzzy trực")), Is.Empty);
    }

    [Test]
    public void Search_FewerPairMatchesThanAsked_AlsoFindsClausesWithEverySyllable()
    {
        // "tuyến trực" is no pair of any clause, but clauses hold both syllables ("trực tuyến").
        var hits = _search.Search(new ClauseQuery("tuyến trực"));
        Assert.That(hits.Select(h => h.Text), Is.Not.Empty.And.All.Contains("trực tuyến"));
    }
}
