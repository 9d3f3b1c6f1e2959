using System.Collections.Immutable;
using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Indexing;

public class PlanIndexTests
{
    private static PlanDocument Plan(string file, string commune, params (string Id, string Title, string[] Items)[] tasks) => new()
    {
        Source = new SourceInfo(file, SourceFormat.Text, null),
        Kind = DocumentKind.Plan,
        Commune = commune,
        Date = new PartialDate(2025, 8, 26),
        Title = "Nâng cao chất lượng dịch vụ công trực tuyến",
        Tasks = [.. tasks.Select(t => new PlanTask(t.Id, t.Title, [.. t.Items], null, [], [], SourceSpan.None))],
    };

    private static readonly PlanDocument HaTay = Plan("000.txt", "Hà Tây",
        ("II.1", "Đẩy mạnh thanh toán trực tuyến không dùng tiền mặt", ["Tuyên truyền thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia."]),
        ("II.2", "Bảo đảm an toàn, an ninh thông tin", ["Triển khai các biện pháp bảo đảm an toàn thông tin."]));

    [Test]
    public void Update_SameHash_IsNoOp()
    {
        using var index = PlanIndex.CreateInMemory();
        Assert.That(index.Update(HaTay, "000.txt", "h1"), Is.EqualTo(IndexOutcome.Added));
        var clauses = index.ClauseCount("000.txt");
        Assert.Multiple(() =>
        {
            Assert.That(index.Update(HaTay, "000.txt", "h1"), Is.EqualTo(IndexOutcome.Unchanged));
            Assert.That(index.ClauseCount("000.txt"), Is.EqualTo(clauses));
            Assert.That(index.ContentHash("000.txt"), Is.EqualTo("h1"));
        });
    }

    [Test]
    public void Update_ChangedHash_ReplacesTheClauses()
    {
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay, "000.txt", "h1");
        var changed = HaTay with { Tasks = [HaTay.Tasks[0] with { Title = "Phát triển hạ tầng số", Items = [] }] };

        Assert.That(index.Update(changed, "000.txt", "h2"), Is.EqualTo(IndexOutcome.Replaced));
        var search = new ClauseSearch(index);
        Assert.Multiple(() =>
        {
            Assert.That(index.ClauseCount("000.txt"), Is.EqualTo(1));
            Assert.That(index.ContentHash("000.txt"), Is.EqualTo("h2"));
            Assert.That(search.Search(new ClauseQuery("an ninh thông tin")), Is.Empty);
            Assert.That(search.Search(new ClauseQuery("hạ tầng số")).Single().Path, Is.EqualTo("II.1"));
        });
    }

    [Test]
    public void UpdateAll_OneCommit_GivesEachPlanTheOutcomeOfItsOwnUpdate()
    {
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay, "000.txt", "h1");
        var other = HaTay with { Source = new SourceInfo("001.txt", SourceFormat.Text, null), Commune = "Đường An" };
        var changed = HaTay with { Tasks = [HaTay.Tasks[0]] };

        var outcomes = index.UpdateAll([(HaTay, "000.txt", "h1"), (other, "001.txt", "h1"), (other, "001.txt", "h1"), (changed, "000.txt", "h2")]);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Is.EqualTo(new[] { IndexOutcome.Unchanged, IndexOutcome.Added, IndexOutcome.Unchanged, IndexOutcome.Replaced }));
            Assert.That(index.SourceKeys, Is.EqualTo(new[] { "000.txt", "001.txt" }));
            Assert.That(index.ContentHash("000.txt"), Is.EqualTo("h2"));
            Assert.That(index.ClauseCount("000.txt"), Is.EqualTo(index.ClauseCount("001.txt") - 2));
        });
    }

    [Test]
    public void Remove_DropsEveryClauseOfThePlanOnly()
    {
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay, "000.txt", "h1");
        index.Update(HaTay with { Source = new SourceInfo("001.txt", SourceFormat.Text, null), Commune = "Đường An" }, "001.txt", "h1");

        Assert.Multiple(() =>
        {
            Assert.That(index.Remove("000.txt"), Is.True);
            Assert.That(index.Remove("000.txt"), Is.False);
            Assert.That(index.ClauseCount("000.txt"), Is.Zero);
            Assert.That(index.ContentHash("000.txt"), Is.Null);
            Assert.That(index.SourceKeys, Is.EqualTo(new[] { "001.txt" }));
            Assert.That(new ClauseSearch(index).Search(new ClauseQuery("thanh toán")).Select(h => h.Source), Is.All.EqualTo("001.txt"));
        });
    }

    [Test]
    public void Open_Folder_KeepsPlansAcrossSessions()
    {
        var folder = Path.Combine(Path.GetTempPath(), "communedocs-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = PlanIndex.Open(folder)) index.Update(HaTay, "000.txt", "h1");
            using (var index = PlanIndex.Open(folder))
            {
                Assert.That(index.Update(HaTay, "000.txt", "h1"), Is.EqualTo(IndexOutcome.Unchanged));
                Assert.That(new ClauseSearch(index).Search(new ClauseQuery("thanh toán")), Is.Not.Empty);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Index_HoldsClausesOfEveryKind()
    {
        var plan = HaTay with
        {
            Outline = [new OutlineNode("I", "MỤC TIÊU", [], SourceSpan.None)],
            Targets = [new Target(2025, "Tỷ lệ hồ sơ trực tuyến đạt 80%", Comparator.Equal, 80, "%", SourceSpan.None)],
            Units = [new ResponsibleUnit("Công an xã", "Công an xã", ["Chủ trì bảo đảm an ninh mạng"])],
            Tables = [new IndicatorTable(null, ["STT", "Nhiệm vụ"], [new IndicatorRow([], ["1", "Số hóa hồ sơ"])])],
        };
        using var index = PlanIndex.CreateInMemory();
        index.Update(plan, "000.txt", "h1");
        var search = new ClauseSearch(index);

        Assert.Multiple(() =>
        {
            foreach (var (kind, text) in new[] { (ClauseKind.Node, "mục tiêu"), (ClauseKind.Task, "an ninh"), (ClauseKind.Item, "biện pháp"),
                         (ClauseKind.Target, "tỷ lệ hồ sơ"), (ClauseKind.Duty, "an ninh mạng"), (ClauseKind.Row, "số hóa") })
                Assert.That(search.Search(new ClauseQuery(text) { Kind = kind }), Is.Not.Empty, kind.ToString());
        });
    }

    [Test]
    public void Index_LeavesOutOutlineNodesThatRepeatATask()
    {
        var plan = HaTay with
        {
            Outline = [new OutlineNode("II", "NHIỆM VỤ, GIẢI PHÁP", [new OutlineNode("1", HaTay.Tasks[0].Title, [], SourceSpan.None)], SourceSpan.None)],
        };
        using var index = PlanIndex.CreateInMemory();
        index.Update(plan, "000.txt", "h1");
        var hits = new ClauseSearch(index).Search(new ClauseQuery("thanh toán trực tuyến không dùng tiền mặt"));
        Assert.That(hits.Where(h => h.Path == "II.1").Select(h => h.Kind), Is.EqualTo(new[] { ClauseKind.Task }));
    }

    [Test]
    public void Search_WhileAnotherThreadUpdates_NeverFails()
    {
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay, "000.txt", "h0");
        var search = new ClauseSearch(index);
        var writer = Task.Run(() =>
        {
            for (var i = 1; i <= 20; i++) index.Update(HaTay, "000.txt", "h" + i);
        });
        var searches = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!writer.IsCompleted) Assert.That(search.Search(new ClauseQuery("thanh toán")), Is.Not.Empty);
        })).ToArray();
        Assert.DoesNotThrowAsync(async () => await Task.WhenAll([writer, .. searches]));
    }

    private static PlanDocument InFormat(PlanDocument plan, string file, SourceFormat format, int? pages) =>
        plan with { Source = new SourceInfo(file, format, pages) };

    private static PlanDocument WithPages(PlanDocument plan, int page) =>
        plan with { Tasks = [.. plan.Tasks.Select(t => t with { Span = new SourceSpan(0, page) })] };

    [Test]
    public void UpdateAll_DocumentInThreeFiles_IsIndexedOnceWithEveryFileAndThePdfsPages()
    {
        var docx = InFormat(HaTay, "000.docx", SourceFormat.Docx, null);
        var pdf = WithPages(InFormat(HaTay, "000.pdf", SourceFormat.Pdf, 3), 2);
        var txt = InFormat(HaTay, "000.txt", SourceFormat.Text, null);
        using var index = PlanIndex.CreateInMemory();

        index.UpdateAll([new IndexEntry(docx, "000.docx", "h") { OtherFiles = [pdf, txt], Identity = "doc-000" }]);

        var hits = new ClauseSearch(index).Search(new ClauseQuery("thanh toán trực tuyến không dùng tiền mặt"));
        Assert.Multiple(() =>
        {
            Assert.That(index.SourceKeys, Is.EqualTo(new[] { "000.docx" }));
            Assert.That(hits[0].Places, Has.Length.EqualTo(1));
            Assert.That(hits[0].Places[0].Files, Is.EqualTo(new[] { "000.docx", "000.pdf", "000.txt" }));
            Assert.That(hits[0].Places[0].Page, Is.EqualTo(2), "the Word file has no pages: the PDF's are taken");
        });
    }

    [Test]
    public void UpdateAll_SameIdentityOrAnOtherFilesKey_ReplacesTheEntryIndexedBefore()
    {
        var docx = InFormat(HaTay, "000.docx", SourceFormat.Docx, null);
        var pdf = InFormat(HaTay, "000.pdf", SourceFormat.Pdf, 3);
        var txt = InFormat(HaTay, "000.txt", SourceFormat.Text, null);
        using var index = PlanIndex.CreateInMemory();
        index.Update(txt, "000.txt", "t");
        index.UpdateAll([new IndexEntry(pdf, "000.pdf", "p") { Identity = "doc-000" }]);

        var outcome = index.UpdateAll([new IndexEntry(docx, "000.docx", "dpt") { OtherFiles = [pdf, txt], Identity = "doc-000" }]);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(new[] { IndexOutcome.Replaced }));
            Assert.That(index.SourceKeys, Is.EqualTo(new[] { "000.docx" }));
            Assert.That(index.ClauseCount(), Is.EqualTo(index.ClauseCount("000.docx")));
        });
    }

    [Test]
    public void UpdateAll_SameIdentityOnly_ReplacesTheClausesOfTheEntryIndexedBefore()
    {
        var pdf = InFormat(HaTay, "000.pdf", SourceFormat.Pdf, 3);
        var docx = InFormat(HaTay, "ban-chinh-thuc.docx", SourceFormat.Docx, null);
        using var index = PlanIndex.CreateInMemory();
        index.UpdateAll([new IndexEntry(pdf, "000.pdf", "p") { Identity = "doc-000" }]);

        index.UpdateAll([new IndexEntry(docx, "ban-chinh-thuc.docx", "d") { Identity = "doc-000" }]);

        Assert.Multiple(() =>
        {
            Assert.That(index.SourceKeys, Is.EqualTo(new[] { "ban-chinh-thuc.docx" }));
            Assert.That(index.ClauseCount("000.pdf"), Is.Zero);
            Assert.That(index.ClauseCount(), Is.EqualTo(index.ClauseCount("ban-chinh-thuc.docx")));
        });
    }

    [Test]
    public void Search_ProvincialPlan_IsPlacedInItsProvince()
    {
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay with { Commune = null, Province = "Lâm Đồng" }, "lamdong.docx", "h");
        var place = new ClauseSearch(index).Search(new ClauseQuery("an ninh thông tin"))[0].Places[0];
        Assert.That((place.Commune, place.Place), Is.EqualTo(((string?)null, "Lâm Đồng")));
    }

    [Test]
    public void Index_HoldsSubtasksAtEveryDepthButNotItemsThatRepeatThem()
    {
        var subtask = new PlanTask("II.1.1", "Tuyên truyền về thanh toán không dùng tiền mặt", [], null, [], [], SourceSpan.None);
        var group = HaTay.Tasks[0] with { Items = [subtask.Title, "Hướng dẫn người dân thanh toán"], Subtasks = [subtask] };
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay with { Tasks = [group] }, "000.txt", "h");

        var hit = new ClauseSearch(index).Search(new ClauseQuery("tuyên truyền về thanh toán không dùng tiền mặt"))[0];
        Assert.That(hit.Places.Select(p => (p.Path, p.Kind)), Is.EqualTo(new[] { ("II.1.1", ClauseKind.Task) }));
    }

    [Test]
    public void Open_IndexOfAnEarlierFormat_ThrowsAndCreateMakesItAnew()
    {
        var folder = Path.Combine(Path.GetTempPath(), "communedocs-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            OldIndex.Write(folder);
            var error = Assert.Throws<IndexFormatException>(() => PlanIndex.Open(folder).Dispose())!;
            using (var index = PlanIndex.Create(folder)) index.Update(HaTay, "000.txt", "h1");
            using (var index = PlanIndex.Open(folder))
            {
                Assert.Multiple(() =>
                {
                    Assert.That(error.Found, Is.EqualTo(1));
                    Assert.That(error.Message, Does.Contain("earlier version"));
                    Assert.That(index.SourceKeys, Is.EqualTo(new[] { "000.txt" }));
                });
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase(null)]
    [TestCase(ClauseKind.Task)]
    public void Search_AfterAReplacement_ListsNoPlaceOfTheReplacedPlan(ClauseKind? kind)
    {
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay, "000.txt", "h1");
        index.Update(HaTay with { Title = "Kế hoạch sửa đổi" }, "000.txt", "h2");

        var hit = new ClauseSearch(index).Search(new ClauseQuery("an ninh thông tin") { Kind = kind }).First(h => h.Kind == ClauseKind.Task);
        Assert.That((hit.PlaceCount, hit.Places.Length), Is.EqualTo((1, 1)));
    }

    [Test]
    public void ClausesOfOnePlan_EachKeepsItsOwnYearKindAndPath()
    {
        // A plan's clause documents share their fields; a clause without a year must not take the one before it.
        var plan = HaTay with
        {
            Date = null,
            Tasks = [HaTay.Tasks[0] with { Deadline = new PartialDate(2026, 6, null) }, HaTay.Tasks[1]],
            Targets = [new Target(null, "100% hồ sơ được số hóa", Comparator.AtLeast, 100, "%", SourceSpan.None)],
        };
        using var index = PlanIndex.CreateInMemory();
        index.Update(plan, "000.txt", "h1");
        var search = new ClauseSearch(index);

        Assert.Multiple(() =>
        {
            Assert.That(search.Search(new ClauseQuery("thanh toán trực tuyến") { Year = 2026 }).Select(h => (h.Kind, h.Path)),
                Is.EquivalentTo(new[] { (ClauseKind.Task, "II.1"), (ClauseKind.Item, "II.1 #1") }));
            Assert.That(search.Search(new ClauseQuery("an ninh thông tin") { Year = 2026 }), Is.Empty);
            Assert.That(search.Search(new ClauseQuery("hồ sơ số hóa") { Year = 2026 }), Is.Empty);
            Assert.That(search.Search(new ClauseQuery("hồ sơ số hóa")).Single().Path, Is.EqualTo("target 1"));
        });
    }

    [Test]
    public void TextFields_KeepFrequenciesButNoPositions()
    {
        // Search scores terms (syllables and pairs) and never phrases: positions would only cost indexing time.
        using var index = PlanIndex.CreateInMemory();
        index.Update(HaTay, "000.txt", "h1");
        var options = index.WithSearcher(searcher => Lucene.Net.Index.MultiFields.GetMergedFieldInfos(searcher.IndexReader)
            .Where(f => f.Name is ClauseFields.Text or ClauseFields.TextFolded or ClauseFields.TaskBodyFolded)
            .Select(f => (f.Name, f.IndexOptions, f.HasNorms)).ToList());

        Assert.That(options, Is.EquivalentTo(new[]
        {
            (ClauseFields.Text, Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, true),
            (ClauseFields.TextFolded, Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, true),
            (ClauseFields.TaskBodyFolded, Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, true),
        }));
    }
}
