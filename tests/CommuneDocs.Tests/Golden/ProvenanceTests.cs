using CommuneDocs.Model;

namespace CommuneDocs.Tests.Golden;

/// <summary>
/// Provenance (the contract's page and block): every task, target, unit, reference, table and table row parsed from a
/// corpus PDF carries the page it is on, so a reader can check it against the signed document.
/// </summary>
public class ProvenanceTests
{
    private static IEnumerable<string> CorpusPdfs() => Directory.EnumerateFiles(TestPaths.Corpus, "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(CorpusPdfs))]
    public void EveryItemParsedFromACorpusPdf_HasItsPageAndBlock(string file)
    {
        var plan = PlanParser.Parse(Path.Combine(TestPaths.Corpus, file));
        var spans = plan.AllTasks().Select(t => ($"task {t.Id}", t.Span))
            .Concat(plan.Targets.Select((t, i) => ($"target {i + 1}", t.Span)))
            .Concat(plan.Units.Select(u => ($"unit {u.Name}", u.Span)))
            .Concat(plan.References.Select(r => ($"reference {r.Number ?? r.Title}", r.Span)))
            .Concat(plan.Tables.Select((t, i) => ($"table {i + 1}", t.Span)))
            .Concat(plan.Tables.SelectMany((t, i) => t.Rows.Select((r, j) => ($"table {i + 1} row {j + 1}", r.Span))))
            .ToList();
        Assert.That(spans, Is.Not.Empty);
        Assert.That(spans.Where(s => s.Span.Page is not (>= 1) || s.Span.Page > plan.Source.Pages || s.Span.Block < 0).Select(s => s.Item1), Is.Empty);
    }

    [Test]
    public void RowsOfATableContinuedOverPages_CarryThePageEachStartsOn()
    {
        // Hà Tây's Phụ lục I runs from page 8 to page 11 of its PDF; read by hand (pdftotext -f N -l N): rows 1-2 on page 8
        // ("Duy trì và thực hiện có hiệu quả 25 dịch vụ ...", "Thực hiện dịch vụ công trực tuyến toàn trình ..."), 3-5 on 9,
        // 6-8 on 10 (from "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng ..."), 9-10 on 11.
        var plan = PlanParser.Parse(Path.Combine(TestPaths.Corpus, "000_a883dd9e56d4ab64.pdf"));
        var table = plan.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Span.Page, Is.EqualTo(8), "the table starts where its first part is");
            Assert.That(table.Rows.Select(r => r.Span.Page), Is.EqualTo(new int?[] { 8, 8, 9, 9, 9, 10, 10, 10, 11, 11 }));
        });
    }
}
