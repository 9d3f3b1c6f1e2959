using System.Text;
using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Html;

namespace CommuneDocs.Tests.Reading.Html;

/// <summary>The HTML reader's rules, each on a small inline page (issue 15).</summary>
public class HtmlReaderTests
{
    private const string Header = """
        <table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ AN BÌNH</p><p>Số: 12/KH-UBND</p></td>
        <td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>
        <p align=center><b>KẾ HOẠCH</b></p>
        """;

    internal static SourceDocument Read(string html, Encoding? encoding = null) =>
        HtmlReader.Instance.Read(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(html)), "page.html", PlanParser.LimitsOf(ParseOptions.Default));

    private static SourceDocument Page(string body) => Read("<!DOCTYPE html><html><head><meta charset=utf-8></head><body>" + Header + body + "</body></html>");

    private static List<SourceParagraph> Paragraphs(SourceDocument doc) => doc.Blocks.OfType<SourceParagraph>().ToList();

    [Test]
    public void Paragraphs_AreBoundedByBlocksWithBreaksKeptAndSpacesCollapsed()
    {
        var texts = Paragraphs(Page("<div>Căn cứ   Luật\nTổ chức;<br>Căn cứ Nghị định</div><p>Thực hiện <span>Kế</span> hoạch</p>")).Select(p => p.Text);

        Assert.That(texts, Is.EqualTo(new[] { "KẾ HOẠCH", "Căn cứ Luật Tổ chức;\nCăn cứ Nghị định", "Thực hiện Kế hoạch" }));
    }

    [Test]
    public void BoldItalicAndAlignment_AreStyleHints()
    {
        var p = Paragraphs(Page("<p style='text-align:justify'><strong>I. MỤC ĐÍCH</strong></p><p><i>Căn cứ</i> <span style='font-weight:bold'>x</span></p>"));

        Assert.Multiple(() =>
        {
            Assert.That((p[1].Style.Bold, p[1].Style.Alignment), Is.EqualTo((true, Alignment.Justify)));
            Assert.That((p[2].Style.Bold, p[2].Style.Italic), Is.EqualTo((false, true)));
            Assert.That(p[0].Style.Alignment, Is.EqualTo(Alignment.Center));
        });
    }

    [Test]
    public void Headings_AreBold()
    {
        var p = Paragraphs(Page("<h2>I. NHIỆM VỤ</h2>")).Last();

        Assert.That((p.Text, p.Style.Bold), Is.EqualTo(("I. NHIỆM VỤ", true)));
    }

    [Test]
    public void Lists_GetTheLabelsTheListShows()
    {
        var p = Paragraphs(Page("<ol start=2><li>Rà soát</li><li><p>Tổ chức</p></li></ol><ol type=a><li>Nhiệm vụ</li></ol><ul><li>Sở Nội vụ</li></ul>"));

        Assert.That(p.Skip(1).Select(x => (x.ListLabel, x.Text)), Is.EqualTo(new[] { ("2.", "Rà soát"), ("3.", "Tổ chức"), ("a)", "Nhiệm vụ"), ("-", "Sở Nội vụ") }));
    }

    [Test]
    public void WordListLabelWrittenOut_IsTheListLabel()
    {
        var p = Paragraphs(Page("<p class=MsoListParagraph><![if !supportLists]><b><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></b><![endif]><b>Mục đích</b></p>"
            + "<p><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>Tuyên truyền</p>")).Skip(1).ToList();

        Assert.That(p.Select(x => (x.ListLabel, x.Text)), Is.EqualTo(new[] { ("1.", "Mục đích"), ("•", "Tuyên truyền") }));
    }

    [Test]
    public void RowAndColumnSpans_MapToTheDocxTableModel()
    {
        var table = Page("<table><thead><tr><th>STT</th><th colspan=2>Nội dung</th></tr></thead>"
                         + "<tr><td rowspan=2>1</td><td>Rà soát</td><td>Quý I</td></tr><tr><td>Số hóa</td><td>Quý II</td></tr></table>")
            .Blocks.OfType<SourceTable>().Last();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(r => r.IsHeader), Is.EqualTo(new[] { true, false, false }));
            Assert.That(table.Rows[0].Cells.Select(c => (c.Text, c.ColumnSpan)), Is.EqualTo(new[] { ("STT", 1), ("Nội dung", 2), ("", 0) }));
            Assert.That(table.Rows[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "1", "Rà soát", "Quý I" }));
            Assert.That(table.Rows[2].Cells.Select(c => c.Text), Is.EqualTo(new[] { "", "Số hóa", "Quý II" }), "a row span's continuation is empty");
        });
    }

    [Test]
    public void NestedTable_BecomesOneParagraphPerRowOfItsCell()
    {
        var cell = Page("<table><tr><td>Ngoài<table><tr><td>a</td><td>b</td></tr></table></td><td>x</td></tr></table>")
            .Blocks.OfType<SourceTable>().Last().Rows.Single().Cells[0];

        Assert.That(cell.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Ngoài", "a | b" }));
    }

    [Test]
    public void WordHeaderFooterDrawingsAndNoteMarks_DoNotReachTheDocument()
    {
        var doc = Read("<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>"
                       + "<div style='mso-element:header' id=h1><p>Trang 1</p></div>" + Header
                       + "<p>Thực hiện Chỉ thị<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\">[1]</a> của Bộ Chính trị"
                       + "<span style='mso-ignore:vglayout'><table><tr><td><img src=x.png></td></tr></table></span></p>"
                       + "<br style='mso-ignore:vglayout' clear=ALL>"
                       + "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>"
                       + "<a style='mso-footnote-id:ftn1' href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> Chỉ thị số 46-CT/TW.</p></div></div></body></html>");

        Assert.Multiple(() =>
        {
            Assert.That(Paragraphs(doc).Select(p => p.Text), Is.EqualTo(new[] { "KẾ HOẠCH", "Thực hiện Chỉ thị của Bộ Chính trị" }));
            Assert.That(doc.Blocks.OfType<SourceTable>().Count(), Is.EqualTo(1), "the drawing's fallback table is not a table");
            Assert.That(doc.Notes.Select(n => n.Text), Is.EqualTo(new[] { "Chỉ thị số 46-CT/TW." }));
        });
    }

    [Test]
    public void Windows1252WithCharacterReferences_IsDecodedAsWordWritesIt()
    {
        var latin = Encoding.Latin1;
        var doc = Read("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body>"
                       + "<p>C&#7896;NG H\u00d2A X\u00c3 H&#7896;I CH&#7910; NGH&#296;A VI&#7878;T NAM</p><p><b>K&#7870; HO&#7840;CH</b></p>"
                       + "<p>Ph\u00e1t huy \u0093d\u00e2n ch&#7911;\u0094</p></body></html>", latin);

        Assert.That(Paragraphs(doc).Select(p => p.Text), Is.EqualTo(new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "Phát huy “dân chủ”" }));
    }

    [TestCase("utf-8 meta", "<meta charset=utf-8>")]
    [TestCase("BOM", "\uFEFF")]
    public void DeclaredOrMarkedUtf8_IsHonoured(string what, string prefix)
    {
        var doc = Read(prefix + "<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p></body></html>");

        Assert.That(Paragraphs(doc).Last().Text, Is.EqualTo("KẾ HOẠCH"), what);
    }

    [Test]
    public void PortalPage_DocumentIsPickedOutOfItsSiteChrome()
    {
        var doc = Read("<!DOCTYPE html><html><body><header><p>Cổng thông tin</p></header><nav><a href=/>Trang chủ</a></nav>"
                       + "<div id=page><div class=tabs><p>Lưu trữ</p><p>Ghi chú</p><p>CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN</p></div>"
                       + "<div class=content>" + Header + "<p><b>I. MỤC ĐÍCH</b></p><p>1. Rà soát thủ tục.</p><p><b>II. NHIỆM VỤ</b></p></div>"
                       + "<div class=related><p>Văn bản liên quan</p><ul><li><a href=/a>Kế hoạch 1</a></li><li><a href=/b>Kế hoạch 2</a></li></ul></div></div>"
                       + "<aside><p>Quảng cáo</p></aside><footer>Bản quyền</footer></body></html>");

        Assert.Multiple(() =>
        {
            Assert.That(doc.Blocks[0], Is.TypeOf<SourceTable>(), "the document starts at its header block");
            Assert.That(Paragraphs(doc).Select(p => p.Text), Is.EqualTo(new[] { "KẾ HOẠCH", "I. MỤC ĐÍCH", "1. Rà soát thủ tục.", "II. NHIỆM VỤ" }));
        });
    }

    [Test]
    public void PageWithoutDocument_IsNotADocument()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => Read("<html><body><nav><a href=/>Trang chủ</a></nav><h1>Tin tức</h1><p>Giá vàng hôm nay tăng.</p></body></html>"));

        Assert.That(ex!.Error, Is.EqualTo(DocumentError.NotADocument));
    }

    [Test]
    public void Parse_HtmlPlan_SourceFormatIsHtml()
    {
        var plan = PlanParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes("<html><body>" + Header + "<p><b>I. MỤC ĐÍCH</b></p></body></html>")), "ke-hoach.htm");

        Assert.Multiple(() =>
        {
            Assert.That(plan.Source.Format, Is.EqualTo(SourceFormat.Html));
            Assert.That((plan.Kind, plan.Number, plan.Symbol), Is.EqualTo((DocumentKind.Plan, "12", "KH-UBND")));
        });
    }
}
