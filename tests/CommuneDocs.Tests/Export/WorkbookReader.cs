using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CommuneDocs.Tests.Export;

/// <summary>Reads a written workbook back with the Open XML SDK: sheets by name, cells by reference, shared strings resolved.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly SharedStringItem[] _strings;

    public WorkbookReader(Stream stream)
    {
        _document = SpreadsheetDocument.Open(stream, isEditable: false);
        _strings = [.. Workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>() ?? []];
    }

    public SpreadsheetDocument Document => _document;

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public List<string> SheetNames => [.. Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    public List<Row> Rows(string sheet) => [.. Sheet(sheet).GetFirstChild<SheetData>()!.Elements<Row>()];

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    /// <summary>A cell's text: a shared string resolved, a number or date serial as stored, "" for a missing cell.</summary>
    public string Text(Cell? cell)
    {
        if (cell?.CellValue is null) return "";
        return cell.DataType?.Value == CellValues.SharedString ? _strings[int.Parse(cell.CellValue.Text)].InnerText : cell.CellValue.Text;
    }

    /// <summary>The rows of a sheet below its header as column name → cell text.</summary>
    public List<Dictionary<string, string>> Records(string sheet)
    {
        var rows = Rows(sheet);
        var header = rows[0].Elements<Cell>().ToDictionary(c => Column(c.CellReference!), c => Text(c));
        return [.. rows.Skip(1).Select(r => r.Elements<Cell>().ToDictionary(c => header[Column(c.CellReference!)], c => Text(c)))];
    }

    /// <summary>The cell format a cell points at.</summary>
    public CellFormat Format(Cell cell) =>
        Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    public Font Font(Cell cell) => Workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)(Format(cell).FontId?.Value ?? 0));

    public string? NumberFormatCode(Cell cell)
    {
        var id = Format(cell).NumberFormatId?.Value ?? 0;
        return Workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode;
    }

    public static string Column(string reference) => string.Concat(reference.TakeWhile(char.IsLetter));

    public void Dispose() => _document.Dispose();
}
