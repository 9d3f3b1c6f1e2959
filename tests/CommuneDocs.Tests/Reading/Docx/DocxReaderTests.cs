using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Docx;
using static CommuneDocs.Tests.Reading.Docx.DocxBuilder;

namespace CommuneDocs.Tests.Reading.Docx;

// Issue #4: paragraphs, styles, tables, text boxes and tracked changes of .docx bodies.
public class DocxReaderTests
{
    private static List<string> Texts(string body) => Paragraphs(body).Select(p => p.Text).ToList();

    private static SourceTable Table(string rows, string grid = "") =>
        Read($"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>").Blocks.OfType<SourceTable>().Single();

    private static string Cell(string text, string properties = "") => $"<w:tc><w:tcPr>{properties}</w:tcPr>{P(text)}</w:tc>";

    private static string Grid(int columns) => string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1000\"/>", columns));

    [Test]
    public void Read_BlocksInBodyOrder_WithTheirIndexes()
    {
        var document = Read(P("Trước") + $"<w:tbl><w:tblGrid>{Grid(1)}</w:tblGrid><w:tr>{Cell("Ô")}</w:tr></w:tbl>" + P("Sau"));
        Assert.Multiple(() =>
        {
            Assert.That(document.Format, Is.EqualTo(SourceFormat.Docx));
            Assert.That(document.Pages, Is.Null);
            Assert.That(document.Blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { "SourceParagraph", "SourceTable", "SourceParagraph" }));
            Assert.That(document.Blocks.Select(b => b.Index), Is.EqualTo(new[] { 0, 1, 2 }));
        });
    }

    [Test]
    public void Paragraph_TabsAndBreaks_AreKept() =>
        Assert.That(Texts("<w:p><w:r><w:t>Số: 12</w:t><w:tab/><w:t>Hà Nội</w:t><w:br/><w:t>ngày 5</w:t><w:cr/><w:t>tháng 9</w:t></w:r></w:p>"),
            Is.EqualTo(new[] { "Số: 12\tHà Nội\nngày 5\ntháng 9" }));

    [Test]
    public void Paragraph_Empty_IsSkipped() =>
        Assert.That(Texts("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>" + P("Có chữ")), Is.EqualTo(new[] { "Có chữ" }));

    [Test]
    public void Paragraph_Text_IsNfcWithoutOddSpaces() =>
        Assert.That(Texts(P("Ho\u0300a\u00A0Bi\u0300nh\u200B")), Is.EqualTo(new[] { "Hòa Bình" }));

    [Test]
    public void Style_BoldWhenMostCharactersAreBold_FromRunsStylesAndDefaults()
    {
        const string styles = """
            <w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:styleId="Base"><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Base"/><w:pPr><w:jc w:val="center"/><w:ind w:left="200" w:firstLine="567"/></w:pPr></w:style>
            """;
        const string body = """
            <w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr><w:r><w:t>MỤC ĐÍCH</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/><w:i w:val="0"/></w:rPr><w:t>Đậm phần lớn</w:t></w:r><w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t>ít</w:t></w:r></w:p>
            <w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>ít</w:t></w:r><w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t>Thường phần lớn</w:t></w:r></w:p>
            """;
        var styled = Paragraphs(body, styles: styles).Select(p => p.Style).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(styled[0], Is.EqualTo(new BlockStyle(true, true, Alignment.Center, (200 + 567) / 20.0)));
            Assert.That(styled[1], Is.EqualTo(new BlockStyle(true, false)));
            Assert.That(styled[2], Is.EqualTo(new BlockStyle(false, false, Alignment.Justify)));
        });
    }

    [Test]
    public void Style_HiddenText_IsDropped() =>
        Assert.That(Texts("<w:p><w:r><w:t>Hiện</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>"), Is.EqualTo(new[] { "Hiện" }));

    [Test]
    public void TrackedChanges_InsertKept_DeleteAndMoveFromDropped()
    {
        const string body = """
            <w:p>
              <w:r><w:t xml:space="preserve">Giữ </w:t></w:r>
              <w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">thêm </w:t></w:r></w:ins>
              <w:del w:id="2" w:author="a"><w:r><w:delText xml:space="preserve">xóa </w:delText></w:r></w:del>
              <w:moveFrom w:id="3" w:author="a"><w:r><w:t xml:space="preserve">chuyển đi </w:t></w:r></w:moveFrom>
              <w:moveTo w:id="4" w:author="a"><w:r><w:t>chuyển đến</w:t></w:r></w:moveTo>
            </w:p>
            """;
        Assert.That(Texts(body), Is.EqualTo(new[] { "Giữ thêm chuyển đến" }));
    }

    [Test]
    public void TrackedChanges_DeletedParagraphMark_RunsOnIntoTheNextParagraph()
    {
        const string deletedMark = "<w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"a\"/></w:rPr></w:pPr>";
        var body = $"<w:p>{deletedMark}<w:r><w:t>Nửa đầu</w:t></w:r></w:p>" + P("nửa sau") + P("Đoạn khác");
        Assert.That(Texts(body), Is.EqualTo(new[] { "Nửa đầu nửa sau", "Đoạn khác" }));
    }

    [Test]
    public void TrackedChanges_WhollyDeletedNumberedParagraph_IsNotCounted()
    {
        const string deleted = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del w:id=\"9\" w:author=\"a\"/></w:rPr></w:pPr>"
                               + "<w:del w:id=\"8\" w:author=\"a\"><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>";
        var labels = Paragraphs(P("một", 1) + deleted + P("hai", 1), List(0, Level(0, "decimal", "%1."), 1)).Select(p => p.DisplayText);
        Assert.That(labels, Is.EqualTo(new[] { "1. một", "2. hai" }));
    }

    [Test]
    public void Field_CodeDropped_ResultKept()
    {
        const string body = """
            <w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r>
              <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
              <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
              <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/9</w:t></w:r></w:fldSimple>
            </w:p>
            """;
        Assert.That(Texts(body), Is.EqualTo(new[] { "Trang 3/9" }));
    }

    [Test]
    public void TextBox_ReadInPlace_FromOneBranchOfAlternateContent()
    {
        const string body = """
            <w:p><w:r><w:t>Trước</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent>
              <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>
                <w:p><w:r><w:t>Trong khung</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
              <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Trong khung</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            <w:p><w:r><w:t>Sau</w:t></w:r></w:p>
            """;
        Assert.That(Texts(body), Is.EqualTo(new[] { "Trước", "Trong khung", "Sau" }));
    }

    [Test]
    public void ContentControl_ReadInPlace() =>
        Assert.That(Texts(P("Một") + "<w:sdt><w:sdtPr/><w:sdtContent>" + P("Trong ô nhập") + "</w:sdtContent></w:sdt>"
                          + "<w:p><w:sdt><w:sdtContent><w:r><w:t>Nội tuyến</w:t></w:r></w:sdtContent></w:sdt></w:p>"),
            Is.EqualTo(new[] { "Một", "Trong ô nhập", "Nội tuyến" }));

    [Test]
    public void HeadersAndFooters_AreNotMixedIntoTheBody()
    {
        var stream = Build(P("Thân"), header: P("Đầu trang"));
        var document = DocxReader.Instance.Read(stream, "h.docx", PlanParser.LimitsOf(ParseOptions.Default));
        Assert.That(document.Blocks.OfType<SourceParagraph>().Select(p => p.Text), Is.EqualTo(new[] { "Thân" }));
    }

    [Test]
    public void Footnotes_AreTheDocumentsNotes_NotPartOfTheBody()
    {
        const string separators = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                  + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
        var stream = Build(P("Thân") + P("Tiếp"), footnotes: separators
            + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Áp dụng Quyết định số 01/2025/QĐ-UBND.</w:t></w:r></w:p></w:footnote>");

        var document = DocxReader.Instance.Read(stream, "f.docx", PlanParser.LimitsOf(ParseOptions.Default));

        Assert.Multiple(() =>
        {
            Assert.That(document.Blocks.OfType<SourceParagraph>().Select(p => p.Text), Is.EqualTo(new[] { "Thân", "Tiếp" }));
            Assert.That(document.Notes.Select(p => p.Text), Is.EqualTo(new[] { "Áp dụng Quyết định số 01/2025/QĐ-UBND." }));
        });
    }

    [Test]
    public void Table_GridSpan_EmitsPlaceholderCells()
    {
        var table = Table($"<w:tr>{Cell("A Năm 2025", "<w:gridSpan w:val=\"3\"/>")}</w:tr><w:tr>{Cell("1")}{Cell("2")}{Cell("3")}</w:tr>", Grid(3));
        var first = table.Rows[0].Cells;
        Assert.Multiple(() =>
        {
            Assert.That(first.Select(c => c.ColumnSpan), Is.EqualTo(new[] { 3, 0, 0 }));
            Assert.That(first.Select(c => c.Text), Is.EqualTo(new[] { "A Năm 2025", "", "" }));
            Assert.That(table.Rows[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "1", "2", "3" }));
        });
    }

    [Test]
    public void Table_VMergeContinuation_IsEmpty()
    {
        var table = Table($"<w:tr>{Cell("Chủ trì", "<w:vMerge w:val=\"restart\"/>")}{Cell("x")}</w:tr><w:tr>{Cell("Chủ trì", "<w:vMerge/>")}{Cell("y")}</w:tr>", Grid(2));
        Assert.That(table.Rows.Select(r => r.Cells[0].Text), Is.EqualTo(new[] { "Chủ trì", "" }));
    }

    [Test]
    public void Table_GridBeforeAndAfter_BecomeEmptyCells()
    {
        var table = Table($"<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/></w:trPr>{Cell("giữa")}</w:tr>", Grid(3));
        Assert.That(table.Rows[0].Cells.Select(c => c.Text), Is.EqualTo(new[] { "", "giữa", "" }));
    }

    [Test]
    public void Table_TblHeaderRows_AreHeaderRows()
    {
        var table = Table($"<w:tr><w:trPr><w:tblHeader/></w:trPr>{Cell("STT")}</w:tr><w:tr>{Cell("1")}</w:tr>", Grid(1));
        Assert.That(table.Rows.Select(r => r.IsHeader), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Table_CellParagraphs_KeepTheirListLabels()
    {
        var document = Read($"<w:tbl><w:tblGrid>{Grid(1)}</w:tblGrid><w:tr><w:tc>{P("một", 1)}{P("hai", 1)}</w:tc></w:tr></w:tbl>",
            List(0, Level(0, "bullet", "-"), 1));
        var cell = document.Blocks.OfType<SourceTable>().Single().Rows[0].Cells[0];
        Assert.That(cell.Paragraphs.Select(p => p.DisplayText), Is.EqualTo(new[] { "- một", "- hai" }));
    }

    [Test]
    public void Table_NestedTable_BecomesParagraphsOfTheCell()
    {
        var nested = $"<w:tbl><w:tblGrid>{Grid(2)}</w:tblGrid><w:tr>{Cell("a")}{Cell("b")}</w:tr><w:tr>{Cell("c")}{Cell("d")}</w:tr></w:tbl>";
        var table = Table($"<w:tr><w:tc>{P("trên")}{nested}<w:p/></w:tc></w:tr>", Grid(1));
        Assert.That(table.Rows[0].Cells[0].Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "trên", "a | b", "c | d" }));
    }

    [Test]
    public void Table_TrackedDeletedRow_IsDropped()
    {
        var table = Table($"<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>{Cell("xóa")}</w:tr><w:tr>{Cell("giữ")}</w:tr>", Grid(1));
        Assert.That(table.Rows.Select(r => r.Cells[0].Text), Is.EqualTo(new[] { "giữ" }));
    }

    [Test]
    public void AltChunk_IsReportedNotRead()
    {
        var document = Read(P("Thân") + "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rIdX\"/>");
        Assert.That(document.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCode.Other }));
    }
}
