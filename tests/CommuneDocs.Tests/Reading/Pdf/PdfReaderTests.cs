using System.Diagnostics;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Writer;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Reading.Pdf;

/// <summary>The PDF reader over small PDFs made in code (issue #5). Standard fonts cannot show Vietnamese letters, so the text is unaccented.</summary>
internal sealed class PdfReaderTests
{
    private const string Body = "Thuc hien ke hoach cua uy ban nhan dan xa ve cong tac cai cach hanh chinh nam nay";

    private static SourceDocument Read(byte[] pdf, string name = "test.pdf") =>
        PdfReader.Instance.Read(new MemoryStream(pdf), name, PlanParser.LimitsOf(ParseOptions.Default));

    private static void BodyLines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top, int count)
    {
        for (var i = 0; i < count; i++) page.AddText(Body, 11, new PdfPoint(85, top - i * 16), font);
    }

    [Test]
    public void TwoColumnHeader_IsOneLayoutTable_ColumnsNotInterleaved()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("UY BAN NHAN DAN", 10, new PdfPoint(90, 790), font);
        page.AddText("CONG HOA XA HOI CHU NGHIA VIET NAM", 9, new PdfPoint(330, 790), font);
        page.AddText("XA AN BINH", 10, new PdfPoint(110, 776), font);
        page.AddText("Doc lap - Tu do - Hanh phuc", 9, new PdfPoint(350, 776), font);
        page.AddText("So: 12/KH-UBND", 10, new PdfPoint(100, 756), font);
        page.AddText("An Binh, ngay 2 thang 8 nam 2025", 9, new PdfPoint(345, 756), font);
        page.AddText("KE HOACH", 14, new PdfPoint(270, 700), font);
        BodyLines(page, font, 670, 4);

        var doc = Read(builder.Build());

        Assert.That(doc.Blocks[0], Is.TypeOf<SourceTable>());
        var table = (SourceTable)doc.Blocks[0];
        Assert.Multiple(() =>
        {
            Assert.That(table.Rows, Has.Length.EqualTo(1));
            Assert.That(table.Rows[0].Cells, Has.Length.EqualTo(2));
            Assert.That(table.Rows[0].Cells[0].Text, Is.EqualTo("UY BAN NHAN DAN XA AN BINH So: 12/KH-UBND"));
            Assert.That(table.Rows[0].Cells[1].Paragraphs.Select(p => p.Text), Is.EqualTo(new[]
            {
                "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc", "An Binh, ngay 2 thang 8 nam 2025",
            }));
            Assert.That(doc.Blocks[1], Is.TypeOf<SourceParagraph>().With.Property(nameof(SourceParagraph.Text)).EqualTo("KE HOACH"));
            Assert.That(doc.Blocks.All(b => b.Page == 1), Is.True);
        });
    }

    private static void RuledGrid(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top, string[][] rows)
    {
        double[] xs = [80, 130, 380, 520];
        const double rowHeight = 22;
        var bottom = top - rows.Length * rowHeight;
        foreach (var x in xs) page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, bottom), 0.5);
        for (var r = 0; r <= rows.Length; r++) page.DrawLine(new PdfPoint(xs[0], top - r * rowHeight), new PdfPoint(xs[^1], top - r * rowHeight), 0.5);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c].Length > 0) page.AddText(rows[r][c], 10, new PdfPoint(xs[c] + 4, top - r * rowHeight - 15), font);
            }
        }
    }

    /// <summary>Fills an outline drawn with straight segments (m l l l l h f), as LibreOffice paints paragraph shading.</summary>
    private static void FilledOutline(PdfPageBuilder page, double left, double bottom, double right, double top, double grey)
    {
        var ops = page.CurrentStream.Operations;
        ops.Add(new SetNonStrokeColorDeviceRgb(grey, grey, grey));
        ops.Add(new BeginNewSubpath(left, top));
        ops.Add(new AppendStraightLineSegment(right, top));
        ops.Add(new AppendStraightLineSegment(right, bottom));
        ops.Add(new AppendStraightLineSegment(left, bottom));
        ops.Add(new AppendStraightLineSegment(left, top));
        ops.Add(CloseSubpath.Value);
        ops.Add(FillPathNonZeroWinding.Value);
        ops.Add(new SetNonStrokeColorDeviceRgb(0, 0, 0));
    }

    [TestCase(1.0, TestName = "ShadedParagraphs_WhiteFillBehindText_AreNotATable")]
    [TestCase(0.9, TestName = "ShadedParagraphs_GreyFillBehindText_AreNotATable")]
    public void ShadedParagraphs_FilledOutlinesBehindText_AreNotATable(double grey)
    {
        // Each paragraph's shading is a filled box; stacked, their edges would make a one-column grid of five rows.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var k = 0; k < 5; k++) FilledOutline(page, 80, 600 - 40 * k, 520, 640 - 40 * k, grey);
        for (var k = 0; k < 5; k++)
        {
            page.AddText("- Tuyen truyen nang cao nhan thuc cua nguoi dan ve dich vu cong truc tuyen", 11, new PdfPoint(85, 624 - 40 * k), font);
            page.AddText("va thanh toan truc tuyen tren Cong Dich vu cong quoc gia.", 11, new PdfPoint(85, 608 - 40 * k), font);
        }

        var doc = Read(builder.Build());

        Assert.That(doc.Blocks.OfType<SourceTable>(), Is.Empty);
        Assert.That(doc.Blocks.OfType<SourceParagraph>().Select(p => p.Text), Has.Exactly(5).StartsWith("- Tuyen truyen"));
    }

    [Test]
    public void RuledTable_ContinuedOnNextPage_IsJoinedWithoutRepeatedHeader()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[] header = ["STT", "Nhiem vu", "Chu tri"];
        var first = builder.AddPage(PageSize.A4);
        BodyLines(first, font, 780, 3);
        RuledGrid(first, font, 300, [header, ["1", "Ra soat thu tuc", "Van phong"], ["2", "Cong khai ket qua", "Cong an xa"]]);
        var second = builder.AddPage(PageSize.A4);
        RuledGrid(second, font, 790, [header, ["", "va bao cao", ""], ["", "Bao cao quy", "Van phong"], ["3", "Tong hop bao cao", "Van phong"]]);
        BodyLines(second, font, 650, 3);

        var doc = Read(builder.Build());

        var tables = doc.Blocks.OfType<SourceTable>().ToList();
        Assert.That(tables, Has.Count.EqualTo(1));
        var rows = tables[0].Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        // The row the page broke goes on in lower case and is joined to its start; the next one is a row of its own.
        Assert.That(rows, Is.EqualTo(new[]
        {
            "STT|Nhiem vu|Chu tri", "1|Ra soat thu tuc|Van phong", "2|Cong khai ket qua va bao cao|Cong an xa", "|Bao cao quy|Van phong", "3|Tong hop bao cao|Van phong",
        }));
        Assert.That(doc.Blocks.OfType<SourceParagraph>().Count(), Is.EqualTo(2), "the body before and after the table");
    }

    [TestCase(90)]
    [TestCase(180)]
    [TestCase(270)]
    public void RotatedPage_TableAndTextAreStillRead(int degrees)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        BodyLines(page, font, 780, 3);
        RuledGrid(page, font, 600, [["STT", "Nhiem vu", "Chu tri"], ["1", "Ra soat thu tuc", "Van phong"]]);
        var dir = Directory.CreateTempSubdirectory("communedocs-pdf-");
        try
        {
            var plain = Path.Combine(dir.FullName, "plain.pdf");
            var rotated = Path.Combine(dir.FullName, "rotated.pdf");
            File.WriteAllBytes(plain, builder.Build());
            if (!Qpdf($"--rotate=+{degrees} \"{plain}\" \"{rotated}\"")) Assert.Ignore("qpdf is not installed: no way to rotate a page here.");

            var doc = Read(File.ReadAllBytes(rotated), "rotated.pdf");

            var table = doc.Blocks.OfType<SourceTable>().Single();
            Assert.That(table.Rows[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "1", "Ra soat thu tuc", "Van phong" }));
            Assert.That(doc.Blocks.OfType<SourceParagraph>().First().Text, Does.StartWith("Thuc hien"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public void RuledTable_CellSpanningColumns_IsFollowedByEmptyCoveredCells()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        BodyLines(page, font, 780, 2);
        foreach (var y in new[] { 600.0, 578, 556 }) page.DrawLine(new PdfPoint(80, y), new PdfPoint(520, y), 0.5);
        page.DrawLine(new PdfPoint(80, 600), new PdfPoint(80, 556), 0.5);
        page.DrawLine(new PdfPoint(520, 600), new PdfPoint(520, 556), 0.5);
        page.DrawLine(new PdfPoint(130, 578), new PdfPoint(130, 556), 0.5);
        page.DrawLine(new PdfPoint(380, 578), new PdfPoint(380, 556), 0.5);
        page.AddText("A Nam 2025", 10, new PdfPoint(84, 585), font);
        page.AddText("1", 10, new PdfPoint(84, 563), font);
        page.AddText("Ra soat", 10, new PdfPoint(134, 563), font);
        page.AddText("Van phong", 10, new PdfPoint(384, 563), font);

        var table = Read(builder.Build()).Blocks.OfType<SourceTable>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows[0].Cells.Select(c => c.ColumnSpan), Is.EqualTo(new[] { 3, 0, 0 }));
            Assert.That(table.Rows[0].Cells[0].Text, Is.EqualTo("A Nam 2025"));
            Assert.That(table.Rows[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "1", "Ra soat", "Van phong" }));
        });
    }

    [Test]
    public void RuledTable_CellMergedDownTwoRows_HoldsAllItsTextInItsFirstRow()
    {
        // The number and task cells span two rows (no ruling between them there): Word centres the number, so it is
        // drawn in the second row, and the task's text runs over both.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        BodyLines(page, font, 780, 2);
        double[] xs = [80, 130, 380, 520];
        foreach (var x in xs) page.DrawLine(new PdfPoint(x, 600), new PdfPoint(x, 534), 0.5);
        foreach (var y in new[] { 600.0, 534 }) page.DrawLine(new PdfPoint(80, y), new PdfPoint(520, y), 0.5);
        page.DrawLine(new PdfPoint(80, 578), new PdfPoint(520, 578), 0.5);
        page.DrawLine(new PdfPoint(380, 556), new PdfPoint(520, 556), 0.5);
        page.AddText("STT", 10, new PdfPoint(84, 585), font);
        page.AddText("Nhiem vu", 10, new PdfPoint(134, 585), font);
        page.AddText("San pham", 10, new PdfPoint(384, 585), font);
        page.AddText("Ra soat thu tuc hanh chinh", 10, new PdfPoint(134, 563), font);
        page.AddText("2", 10, new PdfPoint(84, 552), font);
        page.AddText("va cong khai", 10, new PdfPoint(134, 541), font);
        page.AddText("Bao cao", 10, new PdfPoint(384, 563), font);
        page.AddText("Danh muc", 10, new PdfPoint(384, 541), font);

        var table = Read(builder.Build()).Blocks.OfType<SourceTable>().Single();

        Assert.That(table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))), Is.EqualTo(new[]
        {
            "STT|Nhiem vu|San pham", "2|Ra soat thu tuc hanh chinh va cong khai|Bao cao", "||Danh muc",
        }));
    }

    [Test]
    public void TableWithoutRulings_IsRebuiltFromColumnAlignment()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        BodyLines(page, font, 780, 2);
        string[][] rows = [["STT", "Nhiem vu", "Chu tri"], ["1", "Ra soat thu tuc", "Van phong"], ["2", "Cong khai ket qua", "Cong an xa"], ["3", "Tong hop", "Van phong"]];
        for (var r = 0; r < rows.Length; r++)
        {
            page.AddText(rows[r][0], 10, new PdfPoint(90, 700 - r * 18), font);
            page.AddText(rows[r][1], 10, new PdfPoint(150, 700 - r * 18), font);
            page.AddText(rows[r][2], 10, new PdfPoint(400, 700 - r * 18), font);
        }
        page.AddText("va bao cao", 10, new PdfPoint(150, 700 - 4 * 18), font);
        BodyLines(page, font, 560, 2);

        var doc = Read(builder.Build());

        var table = doc.Blocks.OfType<SourceTable>().Single();
        Assert.That(table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))), Is.EqualTo(new[]
        {
            "STT|Nhiem vu|Chu tri", "1|Ra soat thu tuc|Van phong", "2|Cong khai ket qua|Cong an xa", "3|Tong hop va bao cao|Van phong",
        }));
    }

    [Test]
    public void WrappedLine_StartingWithArticleWord_ContinuesTheSentence()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Thuc hien ke hoach cua uy ban nhan dan xa theo dung quy dinh tai khoan 3", 12, new PdfPoint(85, 760), font);
        page.AddText("Thuc hien ke hoach cua uy ban nhan dan xa ve cong tac cai cach hanh chinh tai", 12, new PdfPoint(85, 744), font);
        page.AddText("Dieu 35 Nghi dinh so 126/2024/ND-CP.", 12, new PdfPoint(85, 728), font);
        page.AddText("Thuc hien ke hoach cua uy ban nhan dan xa ve cong tac cai cach hanh chinh nam", 12, new PdfPoint(120, 700), font);

        var paragraphs = Read(builder.Build()).Blocks.OfType<SourceParagraph>().ToList();

        Assert.That(paragraphs[0].Text, Does.EndWith("tai Dieu 35 Nghi dinh so 126/2024/ND-CP."));
    }

    [Test]
    public void BlankFirstPage_LaterPagesReadAsWithoutIt()
    {
        static byte[] Plan(bool blankFirst)
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            if (blankFirst) builder.AddPage(PageSize.A4);
            foreach (var _ in Enumerable.Range(0, 2))
            {
                var page = builder.AddPage(PageSize.A4);
                page.AddText("Thuc hien ke hoach cua uy ban nhan dan xa theo dung quy dinh tai khoan 3", 12, new PdfPoint(85, 760), font);
                page.AddText("Thuc hien ke hoach cua uy ban nhan dan xa ve cong tac cai cach hanh chinh tai", 12, new PdfPoint(85, 744), font);
                page.AddText("Dieu 35 Nghi dinh so 126/2024/ND-CP.", 12, new PdfPoint(85, 728), font);
                page.AddText("Thuc hien ke hoach cua uy ban nhan dan xa ve cong tac cai cach hanh chinh nam", 12, new PdfPoint(120, 700), font);
            }
            return builder.Build();
        }

        static List<string> Paragraphs(byte[] pdf) => [.. Read(pdf).Blocks.OfType<SourceParagraph>().Select(p => p.Text)];

        Assert.That(Paragraphs(Plan(blankFirst: true)), Is.EqualTo(Paragraphs(Plan(blankFirst: false))));
    }

    [Test]
    public void Footnote_AtThePageFoot_IsANoteAndTheParagraphGoesOnOverThePage()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(PageSize.A4);
        BodyLines(first, font, 780, 6);
        first.AddText("1 Ap dung Quyet dinh so 01/2025/QD-UBND cua UBND tinh", 8, new PdfPoint(85, 70), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("cho den khi co quy dinh moi.", 11, new PdfPoint(85, 780), font);

        var doc = Read(builder.Build());

        Assert.Multiple(() =>
        {
            Assert.That(doc.Notes.Select(n => n.Text), Is.EqualTo(new[] { "1 Ap dung Quyet dinh so 01/2025/QD-UBND cua UBND tinh" }));
            Assert.That(doc.Blocks.OfType<SourceParagraph>().Last().Text, Does.EndWith(Body + " cho den khi co quy dinh moi."));
            Assert.That(doc.Blocks.OfType<SourceParagraph>().Any(p => p.Text.Contains("Quyet dinh so 01")), Is.False);
        });
    }

    [Test]
    public void LettersInAnotherFontSetAgainstAWord_StayInTheWord()
    {
        // "... tren dia ban tinh" in italics and its ":" upright right after it: PdfPig's extractor parts them.
        var builder = new PdfDocumentBuilder();
        var italic = builder.AddStandard14Font(Standard14Font.HelveticaOblique);
        var upright = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var letters = page.AddText("Doi voi cac co quan dong tren dia ban tinh", 12, new PdfPoint(85, 700), italic);
        var end = letters[^1].EndBaseLine.X;
        page.AddText(": Co ket qua danh gia", 12, new PdfPoint(end + 0.5, 700), upright);

        var paragraph = Read(builder.Build()).Blocks.OfType<SourceParagraph>().Single();

        Assert.That(paragraph.Text, Is.EqualTo("Doi voi cac co quan dong tren dia ban tinh: Co ket qua danh gia"));
    }

    [Test]
    public void SmallerTypeSetAgainstAWordBelowItsBaseline_IsInTheWord_ARaisedFootnoteMarkIsDropped()
    {
        // The drafter's initials after "Lưu: VT, NC." set smaller and a point lower; a footnote mark set raised (its
        // note is read from the page foot).
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var stored = page.AddText("- Luu: VT, NC.", 11, new PdfPoint(85, 700), font);
        page.AddText("Chau", 6.4, new PdfPoint(stored[^1].EndBaseLine.X + 0.1, 699), font);
        var noted = page.AddText("- Cac xa, phuong tren dia ban tinh", 11, new PdfPoint(85, 640), font);
        page.AddText("1", 7, new PdfPoint(noted[^1].EndBaseLine.X + 0.1, 644), font);

        var texts = Read(builder.Build()).Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();

        Assert.That(texts, Is.EqualTo(new[] { "- Luu: VT, NC.Chau", "- Cac xa, phuong tren dia ban tinh" }));
    }

    [Test]
    public void FootnoteMarkInAParagraph_DoesNotSplitIt_AnExponentAfterAUnitStays()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var marked = page.AddText("Can cu Quyet dinh so 12/2025/QD-UBND cua UBND tinh quy dinh ve thi dua tren dia ban", 12, new PdfPoint(85, 700), font);
        page.AddText("1", 7, new PdfPoint(marked[^1].EndBaseLine.X + 0.2, 704), font);
        var unit = page.AddText("tinh ve cong tac khen thuong nam 2026, dien tich san 120 m", 12, new PdfPoint(85, 684), font);
        page.AddText("2", 7, new PdfPoint(unit[^1].EndBaseLine.X + 0.2, 688), font);

        var texts = Read(builder.Build()).Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();

        Assert.That(texts, Has.Some.StartsWith("Can cu Quyet dinh so 12/2025/QD-UBND cua UBND tinh quy dinh ve thi dua tren dia ban tinh ve"));
        Assert.That(string.Join(" ", texts).Split(' '), Has.Some.Matches<string>(t => t is "2" or "m2"), "the exponent of m² is kept");
    }

    [Test]
    public void Footnote_TwoPointsSmallerThanTheBody_WithItsRaisedNumber_IsOneNote()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < 6; i++) page.AddText(Body, 14, new PdfPoint(85, 780 - i * 20), font);
        var mark = page.AddText("1", 7, new PdfPoint(85, 76), font);
        page.AddText("Theo Quyet dinh so 01/2025/QD-UBND cua UBND tinh", 12, new PdfPoint(mark[^1].EndBaseLine.X + 1, 70), font);

        var doc = Read(builder.Build());

        Assert.Multiple(() =>
        {
            Assert.That(doc.Notes.Select(n => n.Text), Is.EqualTo(new[] { "1 Theo Quyet dinh so 01/2025/QD-UBND cua UBND tinh" }));
            Assert.That(doc.Blocks.OfType<SourceParagraph>().Select(p => p.Text), Has.None.Contain("Quyet dinh so 01"));
        });
    }

    [Test]
    public void PageNumbers_AtTopCentre_AreRemoved()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (p > 1) page.AddText(p.ToString(System.Globalization.CultureInfo.InvariantCulture), 11, new PdfPoint(295, 810), font);
            page.AddText("Trang tin dien tu xa An Binh", 9, new PdfPoint(85, 30), font);
            BodyLines(page, font, 760, 5);
        }

        var doc = Read(builder.Build());

        var texts = doc.Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.None.EqualTo("2").And.None.EqualTo("3"));
            Assert.That(texts, Has.None.Contains("Trang tin dien tu"), "a footer repeated on every page");
            Assert.That(texts, Has.Some.Contains("Thuc hien ke hoach"));
            Assert.That(doc.Pages, Is.EqualTo(3));
        });
    }

    [Test]
    public void PagesPastMaxPages_AreSkippedWithADiagnostic()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < 3; p++) BodyLines(builder.AddPage(PageSize.A4), font, 760, 4);

        var doc = PdfReader.Instance.Read(new MemoryStream(builder.Build()), "long.pdf", PlanParser.LimitsOf(ParseOptions.Default with { MaxPages = 1 }));

        Assert.Multiple(() =>
        {
            Assert.That(doc.Pages, Is.EqualTo(3));
            Assert.That(doc.Blocks.All(b => b.Page == 1), Is.True);
            Assert.That(doc.Diagnostics.Select(d => d.Code), Has.Member(CommuneDocs.Model.DiagnosticCode.LimitReached));
        });
    }

    [Test, CancelAfter(30_000)]
    public void PageOfTensOfThousandsOfRulings_IsReadWithoutGridSearch()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        BodyLines(page, font, 780, 3);
        for (var i = 0; i < 20_000; i++)
        {
            var x = 50 + i % 100 * 5;
            var y = 100 + i / 100 * 2;
            page.DrawLine(new PdfPoint(x, y), new PdfPoint(x + 4, y), 0.2);
        }

        var doc = Read(builder.Build(), "drawing.pdf");

        Assert.That(doc.Blocks.OfType<SourceParagraph>().First().Text, Does.StartWith("Thuc hien"));
    }

    // A 1×1 grey PNG: a page that is only an image, as a scanner makes it.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");

    [Test]
    public void ScannedPages_WithoutLetters_ThrowNoText()
    {
        var builder = new PdfDocumentBuilder();
        for (var p = 0; p < 2; p++) builder.AddPage(PageSize.A4).AddPng(Png, new PdfRectangle(0, 0, 595, 842));

        var ex = Assert.Throws<DocumentFormatException>(() => Read(builder.Build(), "scan.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo(DocumentError.NoText));
            Assert.That(ex.Message, Does.Contain("'scan.pdf' has no text layer").And.Contain("2 pages").And.Contain("OCR"));
        });
    }

    [Test]
    public void TruncatedFile_ThrowsCorrupt()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        BodyLines(builder.AddPage(PageSize.A4), font, 760, 10);
        var pdf = builder.Build();

        var ex = Assert.Throws<DocumentFormatException>(() => Read(pdf[..(pdf.Length / 2)], "cut.pdf"));

        Assert.That(ex!.Error, Is.EqualTo(DocumentError.Corrupt));
    }

    [Test]
    public void Garbage_AfterPdfHeader_ThrowsCorruptWithoutHanging()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 20000).Select(i => (byte)(i * 7919 % 251))).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var ex = Assert.Throws<DocumentFormatException>(() => Read(bytes, "garbage.pdf"));

        Assert.That(ex!.Error, Is.AnyOf(DocumentError.Corrupt, DocumentError.NoText));
    }

    [Test]
    public void EncryptedFile_WithUserPassword_ThrowsEncrypted_AndWithEmptyPassword_Opens()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        BodyLines(builder.AddPage(PageSize.A4), font, 760, 4);
        var dir = Directory.CreateTempSubdirectory("communedocs-pdf-");
        try
        {
            var plain = Path.Combine(dir.FullName, "plain.pdf");
            File.WriteAllBytes(plain, builder.Build());
            var locked = Path.Combine(dir.FullName, "locked.pdf");
            var open = Path.Combine(dir.FullName, "open.pdf");
            if (!Qpdf($"--encrypt secret owner 256 -- \"{plain}\" \"{locked}\"") || !Qpdf($"--encrypt \"\" owner 256 -- \"{plain}\" \"{open}\""))
            {
                Assert.Ignore("qpdf is not installed: PdfPig's builder cannot encrypt, so there is no encrypted file to read.");
            }

            var ex = Assert.Throws<DocumentEncryptedException>(() => Read(File.ReadAllBytes(locked), "locked.pdf"));
            Assert.That(ex!.Error, Is.EqualTo(DocumentError.Encrypted));
            Assert.That(Read(File.ReadAllBytes(open), "open.pdf").Blocks.OfType<SourceParagraph>().First().Text, Does.StartWith("Thuc hien"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static bool Qpdf(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", arguments) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is null) return false;
            process.WaitForExit(30_000);
            return process.HasExited && process.ExitCode is 0 or 3;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
