using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using CommuneDocs.Export.Xlsx;
using CommuneDocs.Model;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CommuneDocs.Tests.Export;

/// <summary>The Excel export of issue #8: the five corpus plans in one workbook, read back with the SDK and with LibreOffice.</summary>
public class PlanWorkbookTests
{
    private string _dir = "";
    private string _corpusBook = "";
    private List<PlanDocument> _plans = [];

    [OneTimeSetUp]
    public void WriteCorpusWorkbook()
    {
        _dir = Directory.CreateTempSubdirectory("communedocs-xlsx-").FullName;
        _plans = [.. Directory.EnumerateFiles(TestPaths.Corpus, "*.docx").Order(StringComparer.Ordinal).Select(f => PlanParser.Parse(f))];
        _corpusBook = Path.Combine(_dir, "plans.xlsx");
        PlanWorkbook.Write(_plans, _corpusBook);
    }

    [OneTimeTearDown]
    public void RemoveFiles() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void CorpusWorkbook_PassesTheOpenXmlValidator()
    {
        Assert.That(_plans, Has.Count.EqualTo(5));
        using var book = Open(_corpusBook);
        var errors = new OpenXmlValidator().Validate(book.Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void CorpusWorkbook_HasTheFixedSheetsAndOneSheetPerTable()
    {
        using var book = Open(_corpusBook);
        var tables = _plans.Sum(p => p.Tables.Length);
        Assert.That(tables, Is.GreaterThan(0), "the corpus has indicator tables");
        Assert.That(book.SheetNames.Take(4), Is.EqualTo(PlanWorkbook.FixedSheets));
        Assert.That(book.SheetNames, Has.Count.EqualTo(4 + tables));
        Assert.That(book.SheetNames.Skip(4), Has.All.StartWith("T"));
        Assert.That(book.Records("Plans").Select(r => r["File"]), Is.EqualTo(_plans.Select(p => p.Source.File)));
    }

    [Test]
    public void CorpusWorkbook_HasOneTaskRowPerTaskOfEachPlan()
    {
        using var book = Open(_corpusBook);
        var rows = book.Records("Tasks");
        Assert.Multiple(() =>
        {
            foreach (var plan in _plans)
            {
                var ids = rows.Where(r => r["File"] == plan.Source.File).Select(r => r["Id"]);
                Assert.That(ids, Is.EqualTo(plan.Tasks.Select(t => t.Id)), plan.Source.File);
            }
        });
        Assert.That(rows, Has.Count.EqualTo(_plans.Sum(p => p.Tasks.Length)));
    }

    [Test]
    public void EverySheet_HasABoldFrozenHeaderAndAnAutoFilterOverItsRows()
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
                var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
                Assert.That(widths, Is.Not.Empty.And.All.InRange(WorkbookWriter.MinColumnWidth, WorkbookWriter.MaxColumnWidth), name);
            }
        });
    }

    [Test]
    public void FullDate_IsANumericDateCell_PartialDateStaysText()
    {
        var full = Plan("full.docx") with { Date = new PartialDate(2025, 8, 26) };
        var partial = Plan("partial.docx") with
        {
            Date = new PartialDate(2025, 8),
            Tasks = [Task("I.1") with { Deadline = new PartialDate(2025, quarter: 3) }, Task("I.2") with { Deadline = new PartialDate(2025, 12, 31) }],
        };
        using var book = Open(Write(full, partial));
        var fullCell = book.Cell("Plans", "J2")!;
        Assert.That(fullCell.DataType, Is.Null, "a number, not a string");
        Assert.That(double.Parse(fullCell.CellValue!.Text, CultureInfo.InvariantCulture), Is.EqualTo(new DateTime(2025, 8, 26).ToOADate()));
        Assert.That(book.NumberFormatCode(fullCell), Is.EqualTo("dd/mm/yyyy"));
        Assert.That(book.Text(book.Cell("Plans", "J3")), Is.EqualTo("2025-08"));
        Assert.That(book.Cell("Plans", "J3")!.DataType?.Value, Is.EqualTo(CellValues.SharedString));
        var deadlines = book.Records("Tasks").Select(r => r["Deadline"]).ToList();
        Assert.That(deadlines, Is.EqualTo(new[] { "2025-Q3", new DateTime(2025, 12, 31).ToOADate().ToString(CultureInfo.InvariantCulture) }));
    }

    [Test]
    public void TargetValueAndYear_AreNumericCells()
    {
        var plan = Plan("a.docx") with
        {
            Targets = [new Target(2025, "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 98,5%", Comparator.AtLeast, 98.5m, "%", SourceSpan.None)],
        };
        using var book = Open(Write(plan));
        var year = book.Cell("Targets", "C2")!;
        var value = book.Cell("Targets", "E2")!;
        Assert.That(new[] { year.DataType, value.DataType }, Has.All.Null);
        Assert.That(value.CellValue!.Text, Is.EqualTo("98.5"));
        Assert.That(year.CellValue!.Text, Is.EqualTo("2025"));
        Assert.That(book.Text(book.Cell("Targets", "D2")), Is.EqualTo(">="));
    }

    [Test]
    public void TableSheetNames_AreUniqueShortAndValid_ForLongDuplicateAndOddCaptions()
    {
        const string Long = "CHỈ TIÊU THỰC HIỆN NĂM 2025 VÀ 2026 CỦA ỦY BAN NHÂN DÂN XÃ";
        string?[] captions = [Long, Long, Long.ToLowerInvariant(), "Bảng: chỉ tiêu [1/2] *?\\", null, "", "'Plans'", "T7 clash", "T7 clash"];
        var plan = Plan("a.docx") with
        {
            Tables = [.. captions.Select(c => new IndicatorTable(c, ["TT", "Chỉ tiêu"], [new IndicatorRow(["I Nhóm"], ["1", "x"])]))],
        };
        var path = Write(plan);
        using var book = Open(path);
        var names = book.SheetNames;
        Assert.That(names, Has.Count.EqualTo(4 + captions.Length));
        Assert.That(names.Select(n => n.ToUpperInvariant()), Is.Unique);
        Assert.That(names, Has.All.Length.InRange(1, 31));
        Assert.That(names, Has.None.Matches(@"[:\\/?*\[\]]|^'|'$"));
        Assert.That(names[4], Does.StartWith("T1 CHỈ TIÊU THỰC HIỆN").And.EndWith("…"));
        Assert.That(new OpenXmlValidator().Validate(book.Document), Is.Empty);
    }

    [Test]
    public void TableSheet_HasFileGroupColumnsAndCells_WithIntegersAsNumbers()
    {
        var plan = Plan("a.docx") with
        {
            Tables = [new IndicatorTable("CHỈ TIÊU", ["TT", "Chỉ tiêu", "Kết quả"],
                [new IndicatorRow(["A Năm 2025", "I Về số lượng"], ["1", "Hồ sơ trực tuyến", "1.000"]), new IndicatorRow(["B Năm 2026"], ["02", "Khác", "60"])])],
        };
        using var book = Open(Write(plan));
        var sheet = book.SheetNames[4];
        Assert.That(book.Rows(sheet)[0].Elements<Cell>().Select(book.Text), Is.EqualTo(new[] { "File", "Group 1", "Group 2", "TT", "Chỉ tiêu", "Kết quả" }));
        var records = book.Records(sheet);
        Assert.That(records[0]["Group 2"], Is.EqualTo("I Về số lượng"));
        Assert.That(records[1].ContainsKey("Group 2"), Is.False, "a row with fewer groups leaves the deeper ones empty");
        Assert.That(book.Cell(sheet, "D2")!.DataType, Is.Null, "\"1\" is a number");
        Assert.That(book.Cell(sheet, "F2")!.DataType?.Value, Is.EqualTo(CellValues.SharedString), "\"1.000\" reads differently in Vietnamese and English");
        Assert.That(book.Cell(sheet, "D3")!.DataType?.Value, Is.EqualTo(CellValues.SharedString), "\"02\" keeps its zero");
        Assert.That(book.Cell(sheet, "F3")!.CellValue!.Text, Is.EqualTo("60"));
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
        Assert.That(book.Text(book.Cell("Plans", "A2")), Is.EqualTo("a.docx"));
        Assert.That(book.Text(book.Cell("Plans", "K2")), Is.EqualTo("Kế hoạch cải cách hành chính\nnăm 2025 _x005F_x0041_ "));
        var items = book.Cell("Tasks", "E2")!;
        Assert.That(book.Text(items), Is.EqualTo("a) Rà soát\nb) Công bố"));
        Assert.That(book.Format(items).Alignment?.WrapText?.Value, Is.True);
    }

    [Test]
    public void Write_ToAStreamThatCannotSeek_WritesTheSameWorkbook()
    {
        using var pipe = new ForwardOnlyStream();
        PlanWorkbook.Write([Plan("a.docx")], pipe);
        using var book = new WorkbookReader(new MemoryStream(pipe.Written.ToArray()));
        Assert.That(book.SheetNames, Is.EqualTo(PlanWorkbook.FixedSheets));
    }

    [Test]
    public void Write_NoPlans_WritesHeadersOnly()
    {
        var path = Path.Combine(_dir, "empty.xlsx");
        PlanWorkbook.Write([], path);
        using var book = Open(path);
        Assert.That(book.SheetNames, Is.EqualTo(PlanWorkbook.FixedSheets));
        Assert.That(book.Rows("Plans"), Has.Count.EqualTo(1));
        Assert.That(new OpenXmlValidator().Validate(book.Document), Is.Empty);
    }

    [Test]
    public void LibreOffice_ReadsEveryTaskIdFromTheTasksSheet()
    {
        var soffice = ExternalProgram.FindOnPath("soffice", "libreoffice");
        if (soffice is null) Assert.Ignore("LibreOffice not installed; .ci/run installs libreoffice-calc-nogui");
        var outDir = Path.Combine(_dir, "csv");
        Directory.CreateDirectory(outDir);
        // CSV filter options: comma, double quote, UTF-8 (76), from line 1, ..., and the 12th token: export sheet 2 (Tasks).
        var start = new ProcessStartInfo(soffice!)
        {
            ArgumentList =
            {
                "-env:UserInstallation=file://" + Path.Combine(_dir, "lo-profile"), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir", outDir, _corpusBook,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "LibreOffice did not finish in 3 minutes");
            TestContext.Out.WriteLine(stdout.Result + stderr.Result);
        }
        var csv = Directory.EnumerateFiles(outDir, "*.csv").SingleOrDefault();
        Assert.That(csv, Is.Not.Null, "LibreOffice wrote no CSV");
        var lines = ParseCsv(File.ReadAllText(csv!));
        Assert.That(lines[0], Is.EqualTo(new[] { "File", "Commune", "Id", "Title", "Items", "Deadline", "Lead", "Support" }));
        var read = lines.Skip(1).Select(l => (l[0], l[2])).ToList();
        Assert.That(read, Is.EquivalentTo(_plans.SelectMany(p => p.Tasks.Select(t => (p.Source.File, t.Id)))));
    }

    private string Write(params PlanDocument[] plans)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".xlsx");
        PlanWorkbook.Write(plans, path);
        return path;
    }

    private static WorkbookReader Open(string path) => new(new MemoryStream(File.ReadAllBytes(path)));

    private static PlanDocument Plan(string file) => new() { Source = new SourceInfo(file, SourceFormat.Docx, null), Commune = "Cam Hiệp" };

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
