using System.Text;
using System.Text.RegularExpressions;
using CommuneDocs.Comparison;
using CommuneDocs.Export;
using CommuneDocs.Export.Html;
using CommuneDocs.Model;

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
            new("F1", Script, [new("a.txt", "II.1", "Nhiệm vụ <b>1</b>", 0.9) { Page = 3 }, new("b.txt", "II.2", "Nhiệm vụ 2", 0.9)]),
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
            Assert.That(html, Does.Contain("Không so sánh: không có kế hoạch cùng nhóm").And.Contain(">Cam Hiệp<"));
        });
    }

    [Test]
    public void MissingCell_OpensTheSiblingsTasks_AndThePartialTask()
    {
        var html = GapReportHtml.ToHtml(Report);
        var cell = Regex.Match(html, "<td class=\"partial\" data-state=\"missing\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(cell, Does.Contain("<details>").And.Contain("◐ <span class=\"word\">Có một phần</span> <span class=\"tid\">II.9</span>")
            .And.Contain("2 trên 2 kế hoạch khác trong nhóm có nhiệm vụ này").And.Contain("Vũ Quang thiếu nhiệm vụ F1")
            .And.Contain(">Hà Tây</b> II.1 <span class=\"file\">a.txt, trang 3</span>").And.Contain(">Đường An</b> II.2").And.Contain("Rà soát một phần"));
    }

    [Test]
    public void Page_IsVietnameseByDefault_AndEnglishWhenAsked()
    {
        var vi = GapReportHtml.ToHtml(Report);
        var en = GapReportHtml.ToHtml(Report, ReportLanguage.English);
        Assert.Multiple(() =>
        {
            Assert.That(vi, Does.Contain("<html lang=\"vi\">").And.Contain("<title>Nhiệm vụ còn thiếu so với kế hoạch của các xã cùng thực hiện</title>"));
            Assert.That(vi, Does.Contain("● <span class=\"word\">Có</span>").And.Contain("✗ <span class=\"word\">Thiếu</span>")
                .And.Contain("– <span class=\"word\">Ít xã có</span>").And.Contain("<option value=\"missing\">thiếu nhiều trước</option>"));
            Assert.That(vi, Does.Not.Contain("missing in").And.Not.Contain(">has<").And.Not.Contain("Sibling group"));
            Assert.That(en, Does.Contain("<html lang=\"en\">").And.Contain("✗ <span class=\"word\">Missing</span>").And.Contain("missing in 1/3 communes"));
            Assert.That(GapPageCells.Read(en), Is.EqualTo(GapPageCells.Read(vi)), "the same cells in either language");
        });
    }

    [Test]
    public void Page_ShowsTheMatrixFirst_TheLegendAndCountsBelowIt()
    {
        var html = GapReportHtml.ToHtml(Report);
        var matrix = html.IndexOf("<table class=\"matrix\">", StringComparison.Ordinal);
        Assert.That(matrix, Is.GreaterThan(0));
        Assert.That(new[] { "class=\"legend\"", "class=\"summary\"", "class=\"commitments\"" }.Select(m => html.IndexOf(m, StringComparison.Ordinal)),
            Has.All.GreaterThan(matrix));
    }

    [TestCase("Đường An", "Đ.An")]
    [TestCase("Nguyễn Trung Trực", "N.T.Trực")]
    [TestCase("Hà Tây", "H.Tây")]
    [TestCase("Quảng", "Quảng")]
    public void CommuneName_IsShortenedToInitialsAndItsLastWord(string name, string shortName) =>
        Assert.That(GapReportHtml.ShortName(name), Is.EqualTo(shortName));

    [Test]
    public void ColumnHead_ShowsTheShortNameOnAPhone_AndOpensTheFullNameAndFile()
    {
        var html = GapReportHtml.ToHtml(Report);
        var head = Regex.Match(html, "<th scope=\"col\" data-order=\"1\"[^>]*>(.*?)</th>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(head, Does.Contain("<span class=\"full\" lang=\"vi\">Đường An</span><span class=\"short\" lang=\"vi\" aria-hidden=\"true\">Đ.An</span>"));
            Assert.That(head, Does.Contain("<h3 lang=\"vi\">Đường An</h3>").And.Contain("b.txt"));
            Assert.That(html, Does.Match(@"@media \(max-width: 600px\) \{[^@]*\.full \{ display: none; \}[^@]*\.short \{ display: inline; \}"));
            Assert.That(html, Does.Match(@"@media \(max-width: 600px\) \{[^@]*\.word \{ position: absolute;"), "the state's word stays for screen readers");
        });
    }

    [Test]
    public void CommitmentSection_ListsEachCommunesLaterDeadlinesAndWeakerTargets_WithTheSiblingsAndPages()
    {
        var target = new Target(2025, "70% hồ sơ TTHC được tiếp nhận và xử lý trực tuyến", Comparator.Equal, 70, "%", new SourceSpan(12, 2));
        var report = Report with
        {
            WeakerTargets = [new WeakerTarget("c.txt", target, [new SiblingTarget("a.txt", target with { Value = 90, Comparator = Comparator.AtLeast, Span = new SourceSpan(9, 3) })])],
            LaterDeadlines = [new LaterDeadline(new DatedWork("c.txt", null, "Rà soát TTHC trước ngày 31/12/2025.", new PartialDate(2025, 12, 31)),
                null, [new DatedWork("b.txt", "II.1", "Hoàn thành rà soát. Thời gian hoàn thành tháng 8/2025;", new PartialDate(2025, 8)) { Span = new SourceSpan(30, 4) }])],
        };
        var html = GapReportHtml.ToHtml(report);
        var section = Regex.Match(html, "<section class=\"commitments\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain("<h3 lang=\"vi\" data-source=\"c.txt\">Vũ Quang</h3>"));
            Assert.That(section, Does.Contain("Chỉ tiêu thấp hơn năm 2025:</b> <span class=\"value\">70%</span> <span class=\"file\">(trang 2)</span>"));
            Assert.That(section, Does.Contain(">Hà Tây</b> <span class=\"value\">tối thiểu 90%</span> <span class=\"file\">(trang 3)</span>"));
            Assert.That(section, Does.Contain("Thời hạn muộn hơn:</b> <span class=\"value\">31/12/2025</span>"));
            Assert.That(section, Does.Contain(">Đường An</b> <span class=\"value\">08/2025</span> <span class=\"file\">(II.1, trang 4)</span>"));
            Assert.That(GapReportHtml.ToHtml(Report), Does.Contain("Không có chỉ tiêu thấp hơn hay thời hạn muộn hơn các xã khác."));
        });
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
