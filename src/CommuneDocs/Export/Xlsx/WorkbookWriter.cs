using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XmlText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// Writes <see cref="SheetTable"/>s as a SpreadsheetML workbook (ECMA-376 Part 1, §18): every sheet with a bold,
/// frozen header row, an auto-filter over its used range and column widths estimated from its text. Rows are streamed
/// with <see cref="OpenXmlWriter"/>, so a sheet's XML is never held whole in memory.
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>The narrowest and widest column, in characters of the default font.</summary>
    internal const double MinColumnWidth = 6, MaxColumnWidth = 60;

    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3, DateFormatId = 164;

    public static void Write(IReadOnlyList<SheetTable> sheets, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var strings = new SharedStrings();
        var sheetList = new Sheets();
        var filters = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var range = WriteSheet(part, sheet, strings, selected: i == 0);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            // Excel keeps an auto-filter's range in this hidden name too, and repairs a workbook that lacks it.
            filters.Append(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(range)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
        }
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheetList, filters);
        var stringPart = workbookPart.AddNewPart<SharedStringTablePart>();
        stringPart.SharedStringTable = strings.ToTable();
    }

    /// <summary>Writes one worksheet and returns the range of its auto-filter ("A1:H42").</summary>
    private static string WriteSheet(WorksheetPart part, SheetTable sheet, SharedStrings strings, bool selected)
    {
        var columns = Math.Max(1, sheet.ColumnCount);
        var widths = ColumnWidths(sheet, columns);
        var range = $"A1:{ColumnName(columns - 1)}{sheet.Rows.Count + 1}";
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            header.Append(TextCell(Reference(c, 1), strings.Index(CellText.Clean(sheet.Header[c])), HeaderStyle));
        }
        writer.WriteElement(header);
        uint rowIndex = 1;
        foreach (var cells in sheet.Rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < cells.Length; c++)
            {
                if (ToCell(cells[c], Reference(c, rowIndex), strings, widths[c]) is { } cell) row.Append(cell);
            }
            writer.WriteElement(row);
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = range });
        writer.WriteEndElement();
        return range;
    }

    private static Cell? ToCell(SheetCell value, string reference, SharedStrings strings, double width)
    {
        switch (value.Kind)
        {
            case CellKind.Text:
                var text = CellText.Clean(value.Text);
                // Wrapped when it has line breaks or will not fit its column; the row grows to show it when opened.
                var wrap = text.Contains('\n') || text.Length > width;
                return TextCell(reference, strings.Index(text), wrap ? WrapStyle : null);
            case CellKind.Number:
                return new Cell { CellReference = reference, CellValue = new CellValue(value.Text) };
            case CellKind.Date:
                return new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(value.Number.ToString(CultureInfo.InvariantCulture)) };
            default:
                return null;
        }
    }

    private static Cell TextCell(string reference, int index, uint? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        StyleIndex = style is { } s ? s : null,
        CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>
    /// Column widths in characters: the longest line of any cell (header included, with room for the filter button),
    /// plus a margin, between <see cref="MinColumnWidth"/> and <see cref="MaxColumnWidth"/>; dates as wide as "dd/mm/yyyy".
    /// </summary>
    internal static double[] ColumnWidths(SheetTable sheet, int columns)
    {
        var longest = new int[columns];
        for (var c = 0; c < sheet.Header.Count; c++) longest[c] = LongestLine(sheet.Header[c]) + 3;
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var length = row[c].Kind switch
                {
                    CellKind.Date => "dd/mm/yyyy".Length,
                    CellKind.Empty => 0,
                    _ => LongestLine(row[c].Text),
                };
                if (length > longest[c]) longest[c] = length;
            }
        }
        return [.. longest.Select(l => Math.Clamp(l + 2, MinColumnWidth, MaxColumnWidth))];
    }

    private static int LongestLine(string text)
    {
        int longest = 0, start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            longest = Math.Max(longest, i - start);
            start = i + 1;
        }
        return longest;
    }

    /// <summary>The column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r => "$" + string.Concat(r.TakeWhile(char.IsLetter)) + "$" + string.Concat(r.SkipWhile(char.IsLetter))));

    /// <summary>Cell formats: 0 plain, 1 bold header, 2 date (dd/mm/yyyy, as Vietnamese documents write dates), 3 wrapped text at the top.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            }) { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The shared string table: each distinct text stored once, cells pointing at it by index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];
        private int _references;

        public int Index(string text)
        {
            _references++;
            if (_index.TryGetValue(text, out var i)) return i;
            _index[text] = _texts.Count;
            _texts.Add(text);
            return _texts.Count - 1;
        }

        public SharedStringTable ToTable() => new(_texts.Select(t => new SharedStringItem(new XmlText(t)
        {
            Space = t.Length > 0 && (char.IsWhiteSpace(t[0]) || char.IsWhiteSpace(t[^1]) || t.Contains('\n')) ? SpaceProcessingModeValues.Preserve : null,
        })))
        {
            Count = (uint)_references,
            UniqueCount = (uint)_texts.Count,
        };
    }
}
