using System.Globalization;
using CommuneDocs.Model;

namespace CommuneDocs.Export.Xlsx;

/// <summary>What a cell holds, which decides how it is written and styled.</summary>
internal enum CellKind
{
    /// <summary>No value: the cell is left out.</summary>
    Empty,
    /// <summary>A string, written as a shared string.</summary>
    Text,
    /// <summary>A number, written as a numeric cell.</summary>
    Number,
    /// <summary>A full calendar date, written as a date serial number with a date format.</summary>
    Date,
}

/// <summary>One cell value of a sheet before it is written: a string, a number or a date.</summary>
internal readonly record struct SheetCell(CellKind Kind, string Text, double Number)
{
    public static SheetCell Empty { get; } = new(CellKind.Empty, "", 0);

    public static SheetCell Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new(CellKind.Text, text, 0);

    public static SheetCell Of(int number) => new(CellKind.Number, number.ToString(CultureInfo.InvariantCulture), number);

    public static SheetCell Of(int? number) => number is { } n ? Of(n) : Empty;

    public static SheetCell Of(decimal number) => new(CellKind.Number, number.ToString(CultureInfo.InvariantCulture), (double)number);

    /// <summary>A date known to the day as a date cell; anything less (a month, a quarter, a year) leaves the cell empty.</summary>
    public static SheetCell FullDate(PartialDate? date)
    {
        if (date is not { Month: { } m, Day: { } day } d) return Empty;
        var serial = (new DateTime(d.Year, m, day) - SerialEpoch).TotalDays;
        return new(CellKind.Date, d.ToString(), serial);
    }

    /// <summary>
    /// A date not known to the day as text ("10/2025", "Quý III/2025", "2025"), for the column beside the date
    /// column, since a spreadsheet date would invent a day; a full date leaves the cell empty.
    /// </summary>
    public static SheetCell PartialDate(PartialDate? date, ReportLabels labels) =>
        date is { } d && d.Day is null ? Of(labels.Date(d)) : Empty;

    /// <summary>
    /// A table cell: a plain integer ("12", "60") becomes a number so that it sorts and sums; anything else, including
    /// "1.000" and "98,5" whose separators Vietnamese and English read differently, stays text as written.
    /// </summary>
    public static SheetCell FromTableText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Empty;
        var t = text.AsSpan().Trim();
        var digits = t.StartsWith("-") ? t[1..] : t;
        if (digits.Length is > 0 and <= 15 && (digits[0] != '0' || digits.Length == 1) && IsAsciiDigits(digits)
            && long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return new(CellKind.Number, n.ToString(CultureInfo.InvariantCulture), n);
        }
        return Of(text);
    }

    /// <summary>Day zero of the 1900 date system as spreadsheets count it (serial 1 is 1900-01-01, past Excel's phantom 29 February 1900).</summary>
    private static readonly DateTime SerialEpoch = new(1899, 12, 30);

    private static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }
}

/// <summary>
/// A sheet before it is written: its name, header and rows of cells; which columns hold long text (they take the width
/// the page leaves and wrap); what a printed page shows above the sheet.
/// </summary>
internal sealed class SheetTable(string name, IReadOnlyList<string> header, IReadOnlyCollection<int>? longText = null)
{
    private readonly List<SheetCell[]> _rows = [];

    public string Name { get; } = name;

    public IReadOnlyList<string> Header { get; } = header;

    /// <summary>The columns (zero-based) of long text: titles, items, duties.</summary>
    public IReadOnlyCollection<int> LongText { get; } = longText ?? [];

    /// <summary>The text printed at the top of every page (the plan and the table's caption), or null.</summary>
    public string? PrintTitle { get; init; }

    /// <summary>The page footer ("Trang &amp;P/&amp;N"), in the language of the workbook.</summary>
    public string? PrintFooter { get; init; }

    public IReadOnlyList<SheetCell[]> Rows => _rows;

    /// <summary>The number of columns: the header's, or the widest row's when a row is wider.</summary>
    public int ColumnCount => _rows.Count == 0 ? Header.Count : Math.Max(Header.Count, _rows.Max(r => r.Length));

    public void Add(params SheetCell[] row) => _rows.Add(row);
}
