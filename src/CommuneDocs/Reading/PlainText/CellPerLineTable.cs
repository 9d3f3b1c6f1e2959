using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.PlainText;

/// <summary>
/// Rebuilds a table that text extraction spread one cell per line (each wrapped cell line on a line of its own):
/// the header starts with "TT"/"STT" and its headings separated by runs of spaces; a row starts with a bare
/// number (STT) or a group label ("A  Năm 2025", "II  Về chất lượng"); the lines of a row are cut into cells by
/// how text wraps: inside a cell a line breaks only where the next word would not have fitted the column, a
/// line that starts in lower case continues its cell, and a column is about as wide in every row. Text written from
/// the table itself rather than from its page (LibreOffice's text export) has one line per cell, a blank line for an
/// empty cell and a group row on one line ("I Về số lượng"); it is read so when every row so read has its number one
/// more than the row before (or 1 after a group).
/// </summary>
internal static partial class CellPerLineTable
{
    [GeneratedRegex(@"^\s*(?:S?TT|Số\s+TT)(?:\s{2,}\S.*|\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderStart();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRow();

    [GeneratedRegex(@"^\s*(?<label>[A-Z]|[IVXL]{1,5})\.?\s+(?<text>\S.*?)\s{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupRow();

    /// <summary>A group row written as one line without the page's spacing ("A Năm 2025", "II Về chất lượng"); a row only when a row starts after it.</summary>
    [GeneratedRegex(@"^\s*(?<label>[A-H]|[IVX]{1,5})\.?\s+(?<text>\p{Lu}.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OneLineGroupRow();

    /// <summary>A group label alone: a Roman numeral or one of the first capitals, as group rows number themselves.</summary>
    [GeneratedRegex(@"^\s*(?:[A-H]|[IVX]{1,4})\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareGroupLabel();

    [GeneratedRegex(@"^\s*(?:[IVXL]{1,5}\.\s|\d{1,2}\.\s|[a-zđ]\)\s|N[ơo]i\s+nh[ậa]n|Ph[ụu]\s+l[ụu]c|PH[ỤU]\s+L[ỤU]C|(?:TM|KT)\s*\.)", RegexOptions.CultureInvariant)]
    private static partial Regex EndsTable();

    /// <summary>The most lines one row may spread over; cutting a row costs the square of its lines.</summary>
    internal const int MaxLinesPerRow = 80;

    public static bool IsHeader(string line) => HeaderStart().IsMatch(line);

    /// <summary>Reads the table that starts at <paramref name="start"/>; <paramref name="end"/> is the first line after it.</summary>
    public static SourceTable? TryRead(string[] lines, int start, out int end)
    {
        end = start;
        var i = start;
        var header = WideGap().Split(lines[i].Trim()).Where(c => c.Length > 0).ToList();
        for (i++; i < lines.Length && !IsRowStart(lines, i); i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0) continue;
            if (EndsTable().IsMatch(lines[i]) || header.Count > 12) return null;
            if (char.IsLower(t[0]) && header.Count > 0) header[^1] += " " + t;
            else header.AddRange(WideGap().Split(t).Where(c => c.Length > 0));
        }
        if (header.Count < 3 || i >= lines.Length) return null;
        if (LinePerCell(lines, i, header, out end) is { } written) return written;

        var raw = new List<(string First, string? Group, List<string> Lines)>();
        var closedByGap = new HashSet<int>();
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            var t = line.Trim();
            if (t.Length == 0) continue;
            if (HeaderStart().IsMatch(line) && raw.Count > 0)
            {
                // The header again, at the top of the next page; the bare number just before it was the page's number.
                if (raw[^1].Group is null && raw[^1].Lines.Count == 0) raw.RemoveAt(raw.Count - 1);
                i = RepeatedHeaderEnd(lines, i, header) - 1;
                continue;
            }
            if (NumberRow().IsMatch(line)) raw.Add((t, null, []));
            else if (GroupRow().Match(line) is { Success: true } g) raw.Add((g.Groups["label"].Value, g.Groups["text"].Value.Trim(), []));
            else if (GroupLabelAlone(lines, i) is { } after)
            {
                raw.Add((t.TrimEnd('.'), lines[after].Trim(), []));
                i = after;
            }
            else if (OneLineGroupRow().Match(line) is { Success: true } one && NextRowStarts(lines, i + 1))
            {
                raw.Add((one.Groups["label"].Value, one.Groups["text"].Value, []));
            }
            else if (EndsTable().IsMatch(line) || raw.Count == 0) break;
            else
            {
                raw[^1].Lines.Add(t);
                // A run of trailing spaces after a row's last text closes its remaining cells empty.
                if (TrailingGap().IsMatch(line)) closedByGap.Add(raw.Count - 1); else closedByGap.Remove(raw.Count - 1);
            }
        }
        end = i;
        // A "row" of hundreds of lines is not a table row: leave such text to the paragraph reader (and keep the cutting cheap).
        if (raw.Count == 0 || raw.Any(r => r.Lines.Count > MaxLinesPerRow)) return null;

        var cellCount = header.Count - 1;
        var dataRows = raw.Select((r, index) => (r.Lines, Group: r.Group, Gap: closedByGap.Contains(index))).Where(r => r.Group is null).ToList();
        // First pass without column widths, then again with the widths the first pass measured.
        var widths = new double[cellCount];
        var cut = dataRows.Select(r => Segment(r.Lines, cellCount, null, r.Gap)).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < cellCount; c++)
            {
                var lengths = cut.Select(cells => cells[c].Count == 0 ? 0 : cells[c].Max(l => l.Length)).Where(n => n > 0).OrderBy(n => n).ToList();
                widths[c] = lengths.Count == 0 ? 0 : lengths[lengths.Count / 2];
            }
            cut = dataRows.Select(r => Segment(r.Lines, cellCount, widths, r.Gap)).ToList();
        }

        var rows = ImmutableArray.CreateBuilder<SourceRow>();
        rows.Add(new SourceRow([.. header.Select(SourceCell.FromText)], IsHeader: true));
        var next = 0;
        foreach (var r in raw)
        {
            if (r.Group is not null)
            {
                rows.Add(new SourceRow([SourceCell.FromText(r.First), SourceCell.FromText(r.Group), .. Enumerable.Repeat(SourceCell.FromText(""), cellCount - 1)]));
                continue;
            }
            var cells = cut[next++];
            rows.Add(new SourceRow([SourceCell.FromText(r.First), .. cells.Select(c => SourceCell.FromText(string.Join(" ", c)))]));
        }
        return new SourceTable(rows.ToImmutable());
    }

    /// <summary>
    /// The first line after a repeated header that starts at <paramref name="at"/>: the lines after its "STT" are its
    /// headings, each whole or a wrapped part of one ("Thời gian" / "hoàn thành").
    /// </summary>
    private static int RepeatedHeaderEnd(string[] lines, int at, List<string> header)
    {
        var j = at + 1;
        for (; j < lines.Length; j++)
        {
            var t = VietnameseText.CollapseSpaces(lines[j]);
            if (t.Length > 0 && !header.Any(h => h.Contains(t, StringComparison.Ordinal))) break;
        }
        return j;
    }

    /// <summary>How many one-line group rows may stand one above the other ("A Năm 2025", "I Về số lượng", "1. …").</summary>
    private const int MaxNestedGroups = 4;

    private static bool IsRowStart(string[] lines, int at, int groupsAbove = 0) =>
        NumberRow().IsMatch(lines[at]) || GroupRow().IsMatch(lines[at]) || GroupLabelAlone(lines, at) is not null
        || (groupsAbove < MaxNestedGroups && OneLineGroupRow().IsMatch(lines[at]) && NextRowStarts(lines, at + 1, groupsAbove + 1));

    /// <summary>Whether the next non-blank line from <paramref name="from"/> starts a row (a one-line group row only when a row follows it in turn).</summary>
    private static bool NextRowStarts(string[] lines, int from, int groupsAbove = 0)
    {
        for (var j = from; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length > 0) return IsRowStart(lines, j, groupsAbove);
        }
        return false;
    }

    /// <summary>
    /// A row whose number cell is empty (a blank line where the number stands): its cells, when some are filled and the
    /// next row, numbered <paramref name="expected"/> or a group, starts right after them.
    /// </summary>
    private static List<string>? UnnumberedRow(string[] lines, int at, int cellCount, int expected)
    {
        var next = at + cellCount + 1;
        if (next >= lines.Length) return null;
        var cells = CellsAfter(lines, at, cellCount);
        if (cells.All(c => c.Length == 0) || cells.Any(c => NumberRow().IsMatch(c) || OneLineGroup(c) is not null)) return null;
        var after = lines[next].Trim();
        return after == expected.ToString(CultureInfo.InvariantCulture) || OneLineGroup(lines[next]) is not null ? cells : null;
    }

    /// <summary>The <paramref name="cellCount"/> lines after the row's first (number) line, one per cell.</summary>
    private static List<string> CellsAfter(string[] lines, int at, int cellCount) =>
        [.. lines.Skip(at + 1).Take(cellCount).Select(VietnameseText.CollapseSpaces)];

    /// <summary>A group row on one line, with the page's spacing after it or without.</summary>
    private static Match? OneLineGroup(string line) =>
        GroupRow().Match(line) is { Success: true } spaced ? spaced : OneLineGroupRow().Match(line) is { Success: true } plain ? plain : null;

    /// <summary>
    /// The rows from <paramref name="start"/> read one line per cell: a number line and then exactly one line (blank
    /// when empty) for each cell after it, or a group row on one line; null unless at least two rows read so, each
    /// numbered one more than the row before or 1 after a group (a value cell that is a bare number, "60", is not
    /// taken for a row's number then), and the reading ends where the table does, not at a row number out of sequence.
    /// </summary>
    private static SourceTable? LinePerCell(string[] lines, int start, List<string> header, out int end)
    {
        end = start;
        var cellCount = header.Count - 1;
        var rows = ImmutableArray.CreateBuilder<SourceRow>();
        rows.Add(new SourceRow([.. header.Select(SourceCell.FromText)], IsHeader: true));
        var numbered = 0;
        var expected = 1;
        var i = start;
        while (i < lines.Length)
        {
            var t = lines[i].Trim();
            if (NumberRow().IsMatch(t) && int.Parse(t, CultureInfo.InvariantCulture) == expected && i + cellCount < lines.Length)
            {
                var cells = CellsAfter(lines, i, cellCount);
                if (cells.Any(c => EndsTable().IsMatch(c) || HeaderStart().IsMatch(c))) return null;
                rows.Add(new SourceRow([SourceCell.FromText(t), .. cells.Select(SourceCell.FromText)]));
                numbered++;
                expected++;
                i += cellCount + 1;
            }
            else if (t.Length == 0 && UnnumberedRow(lines, i, cellCount, expected) is { } unnumbered)
            {
                rows.Add(new SourceRow([SourceCell.FromText(""), .. unnumbered.Select(SourceCell.FromText)]));
                i += cellCount + 1;
            }
            else if (OneLineGroup(lines[i]) is { } g && i + 1 < lines.Length && (NumberRow().IsMatch(lines[i + 1]) || OneLineGroup(lines[i + 1]) is not null || lines[i + 1].Trim().Length == 0))
            {
                rows.Add(new SourceRow([SourceCell.FromText(g.Groups["label"].Value), SourceCell.FromText(g.Groups["text"].Value.Trim()), .. Enumerable.Repeat(SourceCell.FromText(""), cellCount - 1)]));
                expected = 1;
                i++;
            }
            else break;
        }
        // Read so to its end, or not at all: a row number where the reading stopped means rows of other lengths.
        if (numbered < 2 || (i < lines.Length && (NumberRow().IsMatch(lines[i]) || OneLineGroup(lines[i]) is not null))) return null;
        end = i;
        return new SourceTable(rows.ToImmutable());
    }

    /// <summary>
    /// A group label on a line of its own ("I", then "Cơ quan chuyên môn cấp tỉnh"), as pdftotext writes a group row's
    /// two cells: the index of the line with the group's text, which starts with a capital and is not a row number.
    /// </summary>
    private static int? GroupLabelAlone(string[] lines, int at)
    {
        if (!BareGroupLabel().IsMatch(lines[at])) return null;
        for (var j = at + 1; j < lines.Length; j++)
        {
            var t = lines[j].Trim();
            if (t.Length == 0) continue;
            return char.IsUpper(t[0]) && !NumberRow().IsMatch(t) && !BareGroupLabel().IsMatch(t) ? j : null;
        }
        return null;
    }

    /// <summary>Cuts a row's lines into exactly <paramref name="cells"/> cells at the least cost (dynamic programming).</summary>
    private static List<List<string>> Segment(List<string> lines, int cells, double[]? widths, bool closedByGap)
    {
        var n = lines.Count;
        var facts = new LineFacts(lines);
        var best = new double[n + 1, cells + 1];
        var from = new int[n + 1, cells + 1];
        for (var i = 0; i <= n; i++)
        for (var c = 0; c <= cells; c++) best[i, c] = double.PositiveInfinity;
        best[0, 0] = 0;
        for (var c = 1; c <= cells; c++)
        {
            for (var j = 0; j <= n; j++)
            {
                for (var i = 0; i <= j; i++)
                {
                    if (double.IsPositiveInfinity(best[i, c - 1])) continue;
                    // Empty cells are likelier last (a missing product or note); a run of trailing spaces confirms them.
                    var cost = best[i, c - 1] + (i == j && j == n ? (closedByGap ? 0 : 1.2) : CellCost(facts, i, j, widths?[c - 1]));
                    if (cost < best[j, c])
                    {
                        best[j, c] = cost;
                        from[j, c] = i;
                    }
                }
            }
        }
        var result = new List<List<string>>();
        for (int c = cells, j = n; c > 0; c--)
        {
            var i = from[j, c];
            result.Insert(0, lines.GetRange(i, j - i));
            j = i;
        }
        return result;
    }

    /// <summary>A line that ends in a hyphen, a comma or a linking word is not the end of its cell ("Phòng Văn hóa -").</summary>
    private static bool EndsOpen(string line)
    {
        var t = line.TrimEnd();
        if (t.Length == 0) return false;
        if (t[^1] is '-' or '–' or ',' or '&' or '(' or '/') return true;
        var last = t[(t.LastIndexOf(' ') + 1)..];
        return last is "và" or "của" or "các" or "với" or "cho" or "trên" or "thuộc";
    }

    /// <summary>How unlikely lines [i, j) are as one cell of a column about <paramref name="width"/> characters wide.</summary>
    private static double CellCost(LineFacts lines, int i, int j, double? width)
    {
        if (i == j) return 1.5;
        var cost = 0.0;
        if (lines.StartsLower[i]) cost += 4;
        if (i > 0 && lines.EndsOpen[i - 1]) cost += 2;
        double widest = width ?? 0;
        for (var k = i; k < j; k++) widest = Math.Max(widest, lines.Length[k]);
        for (var k = i; k + 1 < j; k++)
        {
            if (lines.StartsLower[k + 1]) continue;
            var ratio = (lines.Length[k] + 1 + lines.FirstWordLength[k + 1]) / widest;
            // A break where the next word could not have fitted is how a cell wraps: it speaks for one cell.
            // Character counts only approximate widths in a proportional font, hence the margin around 1.
            cost += ratio > 1.15 ? -0.5 : ratio > 0.95 ? 0.5 : 3.0;
        }
        if (width is > 0)
        {
            for (var k = i; k < j; k++)
            {
                if (lines.Length[k] > width.Value * 1.25 + 2) cost += 2;
            }
        }
        return cost;
    }

    /// <summary>What <see cref="CellCost"/> asks of each line of a row, worked out once per row rather than once per candidate cell.</summary>
    private sealed class LineFacts(List<string> lines)
    {
        public int[] Length { get; } = [.. lines.Select(l => l.Length)];

        public bool[] StartsLower { get; } = [.. lines.Select(l => l.Length > 0 && char.IsLower(l[0]))];

        public int[] FirstWordLength { get; } = [.. lines.Select(l => l.IndexOf(' ') is var space and >= 0 ? space : l.Length)];

        public bool[] EndsOpen { get; } = [.. lines.Select(CellPerLineTable.EndsOpen)];
    }

    /// <summary>Two or more spaces: what parts the cells of a line.</summary>
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WideGap();

    /// <summary>Text followed by a run of spaces at the end of the line.</summary>
    [GeneratedRegex(@"\S\s{2,}$")]
    private static partial Regex TrailingGap();
}
