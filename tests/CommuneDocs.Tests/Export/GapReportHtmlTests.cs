using System.Text;
using System.Text.RegularExpressions;
using CommuneDocs.Comparison;
using CommuneDocs.Export.Html;

namespace CommuneDocs.Tests.Export;

/// <summary>The HTML page of a gap report (issue #8), read as text; GapReportHtmlBrowserTests loads it in Chromium.</summary>
public class GapReportHtmlTests
{
    private const string Script = "<script>alert('x')</script> & Đẩy mạnh";

    /// <summary>
    /// Three sibling plans and one without siblings. F1 and F4 are gaps of c.txt (F1 covered in part by its II.9);
    /// F2 only a.txt has, too few for a gap.
    /// </summary>
    private static readonly GapReport Report = new(
        [new("a.txt", "Hà Tây", 1), new("b.txt", "Đường An", 1), new("c.txt", "Vũ Quang", 1), new("d.txt", "Cam Hiệp", null)],
        [
            new("F1", Script, [new("a.txt", "II.1", "Nhiệm vụ <b>1</b>", 0.9), new("b.txt", "II.2", "Nhiệm vụ 2", 0.9)]),
            new("F2", "Cập nhật hệ thống", [new("a.txt", "II.3", "Cập nhật hệ thống", 1)]),
            new("F3", "Đào tạo nhân lực số", [new("a.txt", "II.4", "Đào tạo", 0.8), new("b.txt", "II.4", "Đào tạo", 0.8), new("c.txt", "II.1", "Đào tạo", 0.8)]),
            new("F4", "Bảo đảm an toàn, an ninh thông tin", [new("a.txt", "II.5", "An toàn", 0.7), new("b.txt", "II.6", "An ninh", 0.7)]),
        ],
        [
            new("a.txt", []),
            new("b.txt", []),
            new("c.txt", [new("F1", 2, 2, new PartialMatch("II.9", "Rà soát một phần", 0.41)), new("F4", 2, 2, null)]),
        ]);

    [Test]
    public void Cells_AreOnePerFamilyAndSiblingPlan_WithTheStateTheReportGives()
    {
        var cells = GapPageCells.Read(GapReportHtml.ToHtml(Report)).Select(c => $"{c.Family} {c.Source} {c.State} {c.CssClass}");
        Assert.That(cells, Is.EqualTo(new[]
        {
            "F1 a.txt has has", "F1 b.txt has has", "F1 c.txt missing partial",
            "F2 a.txt has has", "F2 b.txt unshared unshared", "F2 c.txt unshared unshared",
            "F3 a.txt has has", "F3 b.txt has has", "F3 c.txt has has",
            "F4 a.txt has has", "F4 b.txt has has", "F4 c.txt missing missing",
        }));
    }

    [Test]
    public void MissingCells_AreExactlyTheGaps_AndNothingElseIsMarkedMissing()
    {
        var html = GapReportHtml.ToHtml(Report);
        var gaps = Report.Gaps.SelectMany(g => g.Missing.Select(m => (g.Source, m.Family))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(html, "data-state=\"missing\""), Is.EqualTo(gaps.Count));
            Assert.That(GapPageCells.Read(html).Where(c => c.State == "missing").Select(c => (c.Source, c.Family)), Is.EquivalentTo(gaps));
        });
    }

    [Test]
    public void Page_IsUtf8WithVietnameseAsWritten_AndEncodesMarkupInTaskText()
    {
        using var stream = new MemoryStream();
        GapReportHtml.Write(Report, stream);
        var bytes = stream.ToArray();
        var html = Encoding.UTF8.GetString(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.Not.EqualTo(Encoding.UTF8.Preamble.ToArray()), "no byte order mark");
            Assert.That(html, Does.Contain("<meta charset=\"utf-8\">"));
            Assert.That(html, Does.Contain(">Hà Tây<").And.Contain("data-commune=\"Đường An\"").And.Contain("Đào tạo nhân lực số"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Đẩy mạnh"));
            Assert.That(html, Does.Contain("Nhiệm vụ &lt;b&gt;1&lt;/b&gt;").And.Not.Contain("<b>1</b>"));
            Assert.That(Regex.Count(html, "<script"), Is.EqualTo(1), "the page's own script only");
            Assert.That(html, Is.EqualTo(GapReportHtml.ToHtml(Report)));
        });
    }

    [Test]
    public void Page_FetchesNothing()
    {
        var html = GapReportHtml.ToHtml(Report);
        Assert.That(new[] { "http:", "https:", "src=", "href=", "<link", "@import", "url(", "@font-face" }.Where(html.Contains), Is.Empty);
    }

    [Test]
    public void Page_FitsAPhone()
    {
        var html = GapReportHtml.ToHtml(Report);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
            Assert.That(html, Does.Contain(".scroll { overflow-x: auto;"));
            Assert.That(html, Does.Match(@"th\[scope=""row""\], \.corner \{ position: sticky; left: 0;"));
        });
    }

    [Test]
    public void PlanWithoutSiblings_IsListedAsNotCompared_WithoutCells()
    {
        var html = GapReportHtml.ToHtml(Report);
        Assert.Multiple(() =>
        {
            Assert.That(GapPageCells.Read(html).Select(c => c.Source), Has.None.EqualTo("d.txt"));
            Assert.That(html, Does.Contain("Not compared").And.Contain(">Cam Hiệp<"));
        });
    }

    [Test]
    public void MissingCell_OpensTheSiblingsTasks_AndThePartialTask()
    {
        var html = GapReportHtml.ToHtml(Report);
        var cell = Regex.Match(html, "<td class=\"partial\" data-state=\"missing\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(cell, Does.Contain("<details>").And.Contain("◐ partial II.9").And.Contain("2 of its 2 sibling plans have it")
            .And.Contain(">Hà Tây</b> II.1").And.Contain(">Đường An</b> II.2").And.Contain("Rà soát một phần"));
    }

    [Test]
    public void CorpusPage_HasOneMissingCellPerGapOfThe1565Report()
    {
        var report = PlanComparer.Compare(GoldFiles.Plans(GoldFiles.Siblings1565));
        var gaps = report.Gaps.SelectMany(g => g.Missing.Select(m => (g.Source, m.Family))).ToList();
        var cells = GapPageCells.Read(GapReportHtml.ToHtml(report));
        Assert.Multiple(() =>
        {
            Assert.That(gaps, Is.Not.Empty);
            Assert.That(cells.Where(c => c.State == "missing").Select(c => (c.Source, c.Family)), Is.EquivalentTo(gaps));
            Assert.That(cells, Has.Count.EqualTo(report.Families.Length * GoldFiles.Siblings1565.Length));
        });
    }
}
