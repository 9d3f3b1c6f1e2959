using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XmlText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// Writes <see cref="SheetTable"/>s as a SpreadsheetML workbook (ECMA-376 Part 1, §18): every sheet with a bold,
/// wrapped, frozen header row, an auto-filter over its used range and column widths estimated from its text, long
/// text columns sharing what a landscape page leaves; printed on A4 landscape, fitted to one page wide (§18.3.1.65
/// fitToPage, §18.3.1.63 pageSetup fitToWidth 1, fitToHeight 0), the header row repeated on every page
/// (_xlnm.Print_Titles, §18.2.5), gridlines, and a header and footer. Rows are streamed with
/// <see cref="OpenXmlWriter"/>, so a sheet's XML is never held whole in memory.
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>The narrowest and widest column, in characters of the default font.</summary>
    internal const double MinColumnWidth = 6, MaxColumnWidth = 60;

    /// <summary>The widest a column of short values (names, ids, dates) is made; long text columns may reach <see cref="MaxColumnWidth"/>.</summary>
    internal const double MaxShortColumnWidth = 20;

    /// <summary>
    /// The widths of all columns together that an A4 landscape page holds at a readable scale (about 150 characters of
    /// 11-point Calibri at 100 %; fitting 160 to the width prints at about 94 %). Long text columns are narrowed to stay
    /// within it, never below <see cref="MinLongColumnWidth"/>.
    /// </summary>
    internal const double PageWidthBudget = 160, MinLongColumnWidth = 24;

    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3, PlainStyle = 4, DateFormatId = 164;

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
            var quoted = $"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'";
            // Excel keeps an auto-filter's range in this hidden name too, and repairs a workbook that lacks it.
            filters.Append(new DefinedName($"{quoted}!{Absolute(range)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
            // The header row printed at the top of every page.
            filters.Append(new DefinedName($"{quoted}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
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
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
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
        SetHeight(header, sheet.Header.Select((h, c) => Lines(h, widths[c] - 2, bold: true)).DefaultIfEmpty(1).Max());
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
            SetHeight(row, cells.Select((cell, c) => cell.Kind == CellKind.Text ? Lines(CellText.Clean(cell.Text), widths[c]) : 1).DefaultIfEmpty(1).Max());
            for (var c = 0; c < cells.Length; c++)
            {
                if (ToCell(cells[c], Reference(c, rowIndex), strings, widths[c]) is { } cell) row.Append(cell);
            }
            writer.WriteElement(row);
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = range });
        WritePrintSetup(writer, sheet);
        writer.WriteEndElement();
        return range;
    }

    /// <summary>The points one line of 11-point Calibri takes in a row.</summary>
    private const double LineHeight = 15;

    /// <summary>
    /// A row of wrapped text is given the height its longest cell needs: neither LibreOffice nor Excel grows a row to
    /// its wrapped text when it opens a file, so without it the text would be cut at one line, on screen and in print.
    /// </summary>
    private static void SetHeight(Row row, int lines)
    {
        if (lines <= 1) return;
        row.Height = Math.Min(409, lines * LineHeight + 2);
        row.CustomHeight = true;
    }

    /// <summary>
    /// How many lines a text takes wrapped word by word in a column <paramref name="width"/> characters wide. A column's
    /// width counts the digit '0' of the default font; letters of Vietnamese text are narrower on average, about 1.2 of
    /// them to a digit's width (measured on the corpus workbook in LibreOffice), less a character of cell padding;
    /// <paramref name="bold"/> text about a tenth wider.
    /// </summary>
    internal static int Lines(string text, double width, bool bold = false)
    {
        var perLine = Math.Max(1, (int)Math.Floor((width - 1) * (bold ? 1.1 : 1.2)));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var used = -1;
            lines++;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (used >= 0 && used + 1 + word.Length <= perLine)
                {
                    used += 1 + word.Length;
                    continue;
                }
                if (used >= 0) lines++;
                // A word longer than the line is broken over as many lines as it needs.
                lines += (word.Length - 1) / perLine;
                used = (word.Length - 1) % perLine + 1;
            }
        }
        return lines;
    }

    /// <summary>Gridlines, margins (inches), A4 landscape fitted to one page wide, and the page header and footer.</summary>
    private static void WritePrintSetup(OpenXmlWriter writer, SheetTable sheet)
    {
        writer.WriteElement(new PrintOptions { GridLines = true });
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9,
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        var headerFooter = new HeaderFooter();
        if (sheet.PrintTitle is { } title) headerFooter.Append(new OddHeader("&C&B" + HeaderText(title)));
        if (sheet.PrintFooter is { } footer) headerFooter.Append(new OddFooter("&L" + HeaderText(sheet.Name) + "&R" + footer));
        if (headerFooter.HasChildren) writer.WriteElement(headerFooter);
    }

    /// <summary>Text for a page header or footer: '&amp;' doubled (a single one starts a code), at most 200 characters.</summary>
    private static string HeaderText(string text) => CellText.Cut(CellText.Clean(text).ReplaceLineEndings(" "), 200).Replace("&", "&&", StringComparison.Ordinal);

    private static Cell? ToCell(SheetCell value, string reference, SharedStrings strings, double width)
    {
        switch (value.Kind)
        {
            case CellKind.Text:
                var text = CellText.Clean(value.Text);
                // Wrapped when it has line breaks or will not fit its column; the row grows to show it when opened.
                var wrap = text.Contains('\n') || text.Length > width;
                return TextCell(reference, strings.Index(text), wrap ? WrapStyle : PlainStyle);
            case CellKind.Number:
                return new Cell { CellReference = reference, StyleIndex = PlainStyle, CellValue = new CellValue(value.Text) };
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
    /// plus a margin, between <see cref="MinColumnWidth"/> and <see cref="MaxShortColumnWidth"/> (a long text column:
    /// <see cref="MaxColumnWidth"/>); dates as wide as "dd/mm/yyyy". When the columns together pass
    /// <see cref="PageWidthBudget"/>, the long text columns give up width in proportion, down to <see cref="MinLongColumnWidth"/>.
    /// </summary>
    internal static double[] ColumnWidths(SheetTable sheet, int columns)
    {
        var longest = new int[columns];
        // A header wraps in its own column (the header row grows), so it asks for its longest word and the filter button.
        for (var c = 0; c < sheet.Header.Count; c++) longest[c] = LongestWord(sheet.Header[c]) + 3;
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
        var widths = longest.Select((l, c) => Math.Clamp(l + 2, MinColumnWidth, sheet.LongText.Contains(c) ? MaxColumnWidth : MaxShortColumnWidth)).ToArray();
        var excess = widths.Sum() - PageWidthBudget;
        var give = sheet.LongText.Where(c => c < columns).Sum(c => Math.Max(0, widths[c] - MinLongColumnWidth));
        if (excess > 0 && give > 0)
        {
            var share = Math.Min(1, excess / give);
            foreach (var c in sheet.LongText.Where(c => c < columns)) widths[c] -= Math.Max(0, widths[c] - MinLongColumnWidth) * share;
        }
        return [.. widths.Select(w => Math.Round(w, 1))];
    }

    private static int LongestWord(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();

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

    /// <summary>
    /// Cell formats: 0 default, 1 bold wrapped header, 2 date (dd/mm/yyyy, as Vietnamese documents write dates),
    /// 3 wrapped text, 4 plain; all but the default aligned to the top of the row, where a wrapped neighbour starts.
    /// </summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true,
            }) { Count = 5 },
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
