using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using CommuneDocs.Export;
using CommuneDocs.Export.Xlsx;
using CommuneDocs.Model;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CommuneDocs.Tests.Export;

/// <summary>
/// The Excel export (issues #8 and the report issue): the fifteen corpus files (five plans, each as .docx, .pdf and .txt)
/// in one workbook, read back with the SDK and with LibreOffice.
/// </summary>
public class PlanWorkbookTests
{
    private static readonly IReadOnlyList<string> Fixed = PlanWorkbook.FixedSheets();

    private string _dir = "";
    private string _corpusBook = "";
    private List<PlanDocument> _plans = [];
    private List<PlanDocument> _standing = [];

    [OneTimeSetUp]
    public void WriteCorpusWorkbook()
    {
        _dir = Directory.CreateTempSubdirectory("communedocs-xlsx-").FullName;
        _plans = [.. Directory.EnumerateFiles(TestPaths.Corpus).Where(f => f.EndsWith(".docx") || f.EndsWith(".pdf") || f.EndsWith(".txt"))
            .Order(StringComparer.Ordinal).Select(f => PlanParser.Parse(f))];
        _standing = [.. _plans.Where(p => p.Source.Format == SourceFormat.Docx)];
        _corpusBook = Path.Combine(_dir, "plans.xlsx");
        PlanWorkbook.Write(_plans, _corpusBook);
    }

    [OneTimeTearDown]
    public void RemoveFiles() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void CorpusWorkbook_PassesTheOpenXmlValidator()
    {
        Assert.That(_plans, Has.Count.EqualTo(15));
        using var book = Open(_corpusBook);
        var errors = new OpenXmlValidator().Validate(book.Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void SameDocumentInThreeFormats_IsOnePlan_ListingItsFiles()
    {
        using var book = Open(_corpusBook);
        var plans = book.Records("Kế hoạch");
        Assert.Multiple(() =>
        {
            Assert.That(plans.Select(r => r["Xã"]), Is.EqualTo(new[] { "Hà Tây", "Đường An", "Vũ Quang", "Cẩm Giang", "Cam Hiệp" }));
            Assert.That(plans[0]["Tệp"], Is.EqualTo("000_a883dd9e56d4ab64.docx\n000_a883dd9e56d4ab64.pdf\n000_a883dd9e56d4ab64.txt"));
            Assert.That(plans.Select(r => r["Loại văn bản"]), Is.EqualTo(new[] { "Kế hoạch", "Kế hoạch", "Kế hoạch", "Kế hoạch", "Quyết định" }));
        });
    }

    [Test]
    public void CorpusWorkbook_HasTheFixedSheetsAndOneSheetPerTableOfEachPlan_NamedAfterThePlan()
    {
        using var book = Open(_corpusBook);
        var tables = _standing.SelectMany(p => p.Tables.Select((_, i) => $"{p.Commune} - Bảng {i + 1}")).ToList();
        Assert.That(tables, Is.Not.Empty, "the corpus has indicator tables");
        Assert.That(book.SheetNames, Is.EqualTo(Fixed.Concat(tables)));
        Assert.That(Fixed, Is.EqualTo(new[] { "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu", "Đơn vị thực hiện" }));
    }

    [Test]
    public void CorpusWorkbook_HasOneTaskRowPerTaskOfEachPlan_WithThePageOfThePdf()
    {
        using var book = Open(_corpusBook);
        var rows = book.Records("Nhiệm vụ");
        Assert.Multiple(() =>
        {
            foreach (var plan in _standing)
            {
                var pdf = _plans.Single(p => p.Source.File == Path.ChangeExtension(plan.Source.File, ".pdf"));
                var mine = rows.Where(r => r["Xã"] == plan.Commune).ToList();
                Assert.That(mine.Select(r => r["Mục"]), Is.EqualTo(plan.AllTasks().Select(t => t.Id)), plan.Source.File);
                Assert.That(mine.Select(r => r["Trang (PDF)"]), Is.EqualTo(pdf.AllTasks().Select(t => t.Span.Page?.ToString(CultureInfo.InvariantCulture))), plan.Source.File);
            }
        });
        Assert.That(rows, Has.Count.EqualTo(_standing.Sum(p => p.AllTasks().Count())));
    }

    [Test]
    public void EveryTargetUnitAndTableRow_HasThePageOfThePdf()
    {
        using var book = Open(_corpusBook);
        Assert.Multiple(() =>
        {
            foreach (var name in book.SheetNames.Skip(2))
            {
                var rows = book.Records(name);
                Assert.That(rows, Is.Not.Empty, name);
                Assert.That(rows.Select(r => r.GetValueOrDefault("Trang (PDF)")), Has.All.Match("^[1-9][0-9]*$"), name);
            }
        });
    }

    [Test]
    public void EverySheet_HasABoldWrappedFrozenHeaderAndAnAutoFilterOverItsRows()
    {
        using var book = Open(_corpusBook);
        Assert.Multiple(() =>
        {
            foreach (var name in book.SheetNames)
            {
                var sheet = book.Sheet(name);
                var pane = sheet.Descendants<Pane>().SingleOrDefault();
                Assert.That(pane?.State?.Value, Is.EqualTo(PaneStateValues.Frozen), name);
                Assert.That(pane?.TopLeftCell?.Value, Is.EqualTo("A2"), name);
                Assert.That(pane?.VerticalSplit?.Value, Is.EqualTo(1), name);
                var rows = book.Rows(name);
                var lastColumn = rows[0].Elements<Cell>().Last().CellReference!.Value!;
                Assert.That(sheet.GetFirstChild<AutoFilter>()?.Reference?.Value,
                    Is.EqualTo($"A1:{WorkbookReader.Column(lastColumn)}{rows.Count}"), name);
                Assert.That(rows[0].Elements<Cell>().Select(c => book.Font(c).Bold is not null), Has.All.True, name);
                Assert.That(rows[0].Elements<Cell>().Select(c => book.Format(c).Alignment?.WrapText?.Value), Has.All.True, name);
                var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
                Assert.That(widths, Is.Not.Empty.And.All.InRange(WorkbookWriter.MinColumnWidth, WorkbookWriter.MaxColumnWidth), name);
            }
        });
    }

    [Test]
    public void EverySheet_PrintsLandscapeOnA4_FittedToOnePageWide_WithItsHeaderRowOnEveryPage()
    {
        using var book = Open(_corpusBook);
        var names = book.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < book.SheetNames.Count; i++)
            {
                var name = book.SheetNames[i];
                var sheet = book.Sheet(name);
                var setup = sheet.GetFirstChild<PageSetup>();
                Assert.That(sheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value, Is.True, name);
                Assert.That(setup?.Orientation?.Value, Is.EqualTo(OrientationValues.Landscape), name);
                Assert.That((setup?.PaperSize?.Value, setup?.FitToWidth?.Value, setup?.FitToHeight?.Value), Is.EqualTo(((uint?)9, (uint?)1, (uint?)0)), name);
                Assert.That(names.Where(n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == (uint)i).Select(n => n.Text),
                    Is.EqualTo(new[] { $"'{name}'!$1:$1" }), name);
                Assert.That(sheet.GetFirstChild<HeaderFooter>()?.OddFooter?.Text, Does.Contain("&P"), name);
            }
        });
    }

    [Test]
    public void WrappedRows_AreAsTallAsTheirLongestCell()
    {
        using var book = Open(_corpusBook);
        var widths = book.Sheet("Nhiệm vụ").Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Multiple(() =>
        {
            foreach (var row in book.Rows("Nhiệm vụ").Skip(1))
            {
                var lines = row.Elements<Cell>().Max(c => WorkbookWriter.Lines(book.Text(c), widths[ColumnIndex(c)]));
                Assert.That(row.Height?.Value ?? 15, Is.GreaterThanOrEqualTo(Math.Min(409, lines * 15)), row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture));
            }
        });
    }

    [Test]
    public void FullDate_IsADateCell_AMonthOrQuarterIsTextInItsOwnColumn()
    {
        var full = Plan("full.docx") with { Date = new PartialDate(2025, 8, 26) };
        var partial = Plan("partial.docx") with
        {
            Commune = "Vũ Quang",
            Date = new PartialDate(2025, 10),
            Tasks =
            [
                Task("I.1") with { Deadline = new PartialDate(2025, quarter: 3) }, Task("I.2") with { Deadline = new PartialDate(2025, 12, 31) },
                Task("I.3") with { Recurring = true },
            ],
        };
        using var book = Open(Write(full, partial));
        var fullCell = book.Cell("Kế hoạch", "D2")!;
        var plans = book.Records("Kế hoạch");
        var tasks = book.Records("Nhiệm vụ");
        Assert.Multiple(() =>
        {
            Assert.That(fullCell.DataType, Is.Null, "a number, not a string");
            Assert.That(double.Parse(fullCell.CellValue!.Text, CultureInfo.InvariantCulture), Is.EqualTo(new DateTime(2025, 8, 26).ToOADate()));
            Assert.That(book.NumberFormatCode(fullCell), Is.EqualTo("dd/mm/yyyy"));
            Assert.That(plans[0].ContainsKey("Ngày ban hành (chưa đủ ngày)"), Is.False);
            Assert.That(plans[1].ContainsKey("Ngày ban hành"), Is.False, "no date cell for a month");
            Assert.That(plans[1]["Ngày ban hành (chưa đủ ngày)"], Is.EqualTo("10/2025"));
            Assert.That(tasks.Select(r => r.GetValueOrDefault("Thời hạn")), Is.EqualTo(new[] { null, new DateTime(2025, 12, 31).ToOADate().ToString(CultureInfo.InvariantCulture), null }));
            Assert.That(tasks.Select(r => r.GetValueOrDefault("Thời hạn (tháng, quý, năm)")), Is.EqualTo(new[] { "Quý III/2025", null, "Thường xuyên" }));
        });
    }

    [Test]
    public void TargetValueAndYear_AreNumericCells()
    {
        var plan = Plan("a.docx") with
        {
            Targets = [new Target(2025, "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 98,5%", Comparator.AtLeast, 98.5m, "%", SourceSpan.None)],
        };
        using var book = Open(Write(plan));
        var year = book.Cell("Chỉ tiêu", "B2")!;
        var value = book.Cell("Chỉ tiêu", "E2")!;
        Assert.That(new[] { year.DataType, value.DataType }, Has.All.Null);
        Assert.That(value.CellValue!.Text, Is.EqualTo("98.5"));
        Assert.That(year.CellValue!.Text, Is.EqualTo("2025"));
        Assert.That(book.Text(book.Cell("Chỉ tiêu", "D2")), Is.EqualTo("tối thiểu"));
    }

    [Test]
    public void TableSheetNames_AreUniqueShortAndValid_ForLongDuplicateAndOddPlanNames()
    {
        string?[] communes = ["Nguyễn Trung Trực Thượng Lưu Hạ", "Nguyễn Trung Trực Thượng Lưu Hạ", "Bảng: [1/2] *?\\", null, "'Kế hoạch'", "Hà Tây"];
        var plans = communes.Select((c, i) => Plan($"p{i}.docx") with
        {
            Commune = c,
            Number = i.ToString(CultureInfo.InvariantCulture),
            Tables = [new IndicatorTable("CHỈ TIÊU", ["TT", "Chỉ tiêu"], [new IndicatorRow(["I Nhóm"], ["1", "x"])]), new IndicatorTable(null, ["TT"], [])],
        }).ToArray();
        using var book = Open(Write(plans));
        var names = book.SheetNames;
        Assert.That(names, Has.Count.EqualTo(4 + 2 * communes.Length));
        Assert.That(names.Select(n => n.ToUpperInvariant()), Is.Unique);
        Assert.That(names, Has.All.Length.InRange(1, 31));
        Assert.That(names, Has.None.Matches(@"[:\\/?*\[\]]|^'|'$"));
        Assert.That(names, Does.Contain("Hà Tây - Bảng 1").And.Contain("Hà Tây - Bảng 2").And.Contain("p3 - Bảng 1"));
        Assert.That(new OpenXmlValidator().Validate(book.Document), Is.Empty);
    }

    [Test]
    public void TableSheet_HasGroupColumnsCellsAndPage_WithIntegersAsNumbers()
    {
        var plan = Plan("a.docx") with
        {
            Tables = [new IndicatorTable("CHỈ TIÊU", ["TT", "Chỉ tiêu", "Kết quả"],
                [new IndicatorRow(["A Năm 2025", "I Về số lượng"], ["1", "Hồ sơ trực tuyến", "1.000"]) { Span = new SourceSpan(40, 7) }, new IndicatorRow(["B Năm 2026"], ["02", "Khác", "60"])])],
        };
        using var book = Open(Write(plan));
        var sheet = book.SheetNames[4];
        Assert.That(sheet, Is.EqualTo("Cam Hiệp - Bảng 1"));
        Assert.That(book.Rows(sheet)[0].Elements<Cell>().Select(book.Text), Is.EqualTo(new[] { "Nhóm 1", "Nhóm 2", "TT", "Chỉ tiêu", "Kết quả", "Trang (PDF)" }));
        var records = book.Records(sheet);
        Assert.That(records[0]["Nhóm 2"], Is.EqualTo("I Về số lượng"));
        Assert.That(records[0]["Trang (PDF)"], Is.EqualTo("7"));
        Assert.That(records[1].ContainsKey("Nhóm 2"), Is.False, "a row with fewer groups leaves the deeper ones empty");
        Assert.That(book.Cell(sheet, "C2")!.DataType, Is.Null, "\"1\" is a number");
        Assert.That(book.Cell(sheet, "E2")!.DataType?.Value, Is.EqualTo(CellValues.SharedString), "\"1.000\" reads differently in Vietnamese and English");
        Assert.That(book.Cell(sheet, "C3")!.DataType?.Value, Is.EqualTo(CellValues.SharedString), "\"02\" keeps its zero");
        Assert.That(book.Cell(sheet, "E3")!.CellValue!.Text, Is.EqualTo("60"));
        Assert.That(book.Sheet(sheet).GetFirstChild<HeaderFooter>()?.OddHeader?.Text, Does.Contain("Cam Hiệp - CHỈ TIÊU"));
    }

    [Test]
    public void CellText_WithControlCharactersAndEscapes_IsWrittenSafelyAndReadsBack()
    {
        var plan = Plan("a\u0001.docx") with
        {
            Title = "Kế hoạch\u0000 cải cách\u000B hành chính\r\nnăm 2025 _x0041_ \uD800",
            Tasks = [Task("I.1") with { Items = ["a) Rà soát", "b) Công bố"] }],
        };
        using var book = Open(Write(plan));
        Assert.That(new OpenXmlValidator().Validate(book.Document), Is.Empty);
        Assert.That(book.Records("Kế hoạch")[0]["Tệp"], Is.EqualTo("a.docx"));
        Assert.That(book.Records("Kế hoạch")[0]["Trích yếu"], Is.EqualTo("Kế hoạch cải cách hành chính\nnăm 2025 _x005F_x0041_ "));
        var items = book.Cell("Nhiệm vụ", "D2")!;
        Assert.That(book.Text(items), Is.EqualTo("a) Rà soát\nb) Công bố"));
        Assert.That(book.Format(items).Alignment?.WrapText?.Value, Is.True);
    }

    [Test]
    public void EnglishWorkbook_NamesSheetsColumnsAndKindsInEnglish()
    {
        var path = Path.Combine(_dir, "en.xlsx");
        PlanWorkbook.Write([Plan("a.docx") with { Kind = DocumentKind.Decision }], path, ReportLanguage.English);
        using var book = Open(path);
        Assert.That(book.SheetNames, Is.EqualTo(PlanWorkbook.FixedSheets(ReportLanguage.English)));
        Assert.That(book.SheetNames, Is.EqualTo(new[] { "Plans", "Tasks", "Targets", "Units" }));
        Assert.That(book.Records("Plans")[0]["Kind"], Is.EqualTo("Decision"));
    }

    [Test]
    public void Write_ToAStreamThatCannotSeek_WritesTheSameWorkbook()
    {
        using var pipe = new ForwardOnlyStream();
        PlanWorkbook.Write([Plan("a.docx")], pipe);
        using var book = new WorkbookReader(new MemoryStream(pipe.Written.ToArray()));
        Assert.That(book.SheetNames, Is.EqualTo(Fixed));
    }

    [Test]
    public void Write_NoPlans_WritesHeadersOnly()
    {
        var path = Path.Combine(_dir, "empty.xlsx");
        PlanWorkbook.Write([], path);
        using var book = Open(path);
        Assert.That(book.SheetNames, Is.EqualTo(Fixed));
        Assert.That(book.Rows("Kế hoạch"), Has.Count.EqualTo(1));
        Assert.That(new OpenXmlValidator().Validate(book.Document), Is.Empty);
    }

    [Test]
    public void LibreOffice_ReadsEveryTaskIdFromTheTasksSheet()
    {
        var soffice = ExternalProgram.FindOnPath("soffice", "libreoffice");
        if (soffice is null) Assert.Ignore("LibreOffice not installed; .ci/run installs libreoffice-calc-nogui");
        // CSV filter options: comma, double quote, UTF-8 (76), from line 1, ..., and the 12th token: export sheet 2 (Nhiệm vụ).
        var csv = Convert(soffice!, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "csv");
        var lines = ParseCsv(File.ReadAllText(csv));
        Assert.That(lines[0], Is.EqualTo(new[] { "Xã", "Mục", "Nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Thời hạn (tháng, quý, năm)", "Trang (PDF)" }));
        var read = lines.Skip(1).Select(l => (l[0], l[1])).ToList();
        Assert.That(read, Is.EquivalentTo(_standing.SelectMany(p => p.AllTasks().Select(t => (p.Commune!, t.Id)))));
    }

    [Test]
    public void LibreOffice_PrintsTheCorpusWorkbook_InAThirdOfThePagesItTookBefore()
    {
        // Measured in docs/reports.md: 106 pages before (the plans sheet split four columns at a time), 35 now.
        var soffice = ExternalProgram.FindOnPath("soffice", "libreoffice");
        if (soffice is null) Assert.Ignore("LibreOffice not installed; .ci/run installs libreoffice-calc-nogui");
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Convert(soffice!, "pdf", "pdf")));
        var pages = System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page\b(?!s)");
        TestContext.Out.WriteLine($"{pages} pages");
        Assert.That(pages, Is.InRange(20, 45));
    }

    private string Convert(string soffice, string filter, string extension)
    {
        var outDir = Path.Combine(_dir, extension);
        Directory.CreateDirectory(outDir);
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList =
            {
                "-env:UserInstallation=file://" + Path.Combine(_dir, "lo-profile"), "--headless",
                "--convert-to", filter, "--outdir", outDir, _corpusBook,
            },
        };
        var result = ExternalProgram.Run(start, TimeSpan.FromMinutes(3));
        TestContext.Out.WriteLine(result.Stdout + result.Stderr);
        var file = Directory.EnumerateFiles(outDir, "*." + extension).SingleOrDefault();
        Assert.That(file, Is.Not.Null, $"LibreOffice wrote no {extension}");
        return file!;
    }

    private static int ColumnIndex(Cell cell) => WorkbookReader.Column(cell.CellReference!).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;

    private string Write(params PlanDocument[] plans)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".xlsx");
        PlanWorkbook.Write(plans, path);
        return path;
    }

    private static WorkbookReader Open(string path) => new(new MemoryStream(File.ReadAllBytes(path)));

    /// <summary>A plan of its own: the title tells it from the others, as <see cref="Semantics.DocumentIdentity"/> tells documents apart.</summary>
    private static PlanDocument Plan(string file) =>
        new() { Source = new SourceInfo(file, SourceFormat.Docx, null), Commune = "Cam Hiệp", Title = "Kế hoạch của tệp " + file };

    private static PlanTask Task(string id) => new(id, "Nhiệm vụ " + id, [], null, ["Văn phòng HĐND và UBND xã"], [], SourceSpan.None);

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add([.. fields]); }
        return records;
    }

    /// <summary>A write-only stream that cannot seek, as standard output.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
