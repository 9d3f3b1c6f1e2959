using System.Text.RegularExpressions;
using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>
/// Turns a data table into header, group rows and data rows: a row that only names a group ("A Năm 2025",
/// "I Về số lượng") sets the groups of the rows under it; a row with an empty number cell and few filled cells
/// continues the row above (a row broken across pages or lines); header rows repeated on later pages are dropped.
/// </summary>
internal static partial class TableShaper
{
    private static readonly string[] NumberHeaders = ["tt", "stt", "so tt", "so thu tu"];

    public static TableShape Shape(SourceTable table, string? caption)
    {
        var rows = table.Rows.Select(r => r.Cells.Select(c => VietnameseText.CollapseSpaces(c.Text)).ToList()).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        foreach (var r in rows)
        {
            while (r.Count < width) r.Add("");
        }
        var headerCount = HeaderRowCount(table, rows);
        var columns = headerCount == 0 ? [] : MergeHeader(rows.Take(headerCount).ToList());
        if (columns.Length > 1 && NumberHeaders.Contains(VietnameseText.Fold(columns[0]).Trim('.', ' ')))
        {
            foreach (var row in rows.Skip(headerCount)) RestoreMergedNumberCell(row);
        }
        var data = ImmutableArray.CreateBuilder<IndicatorRow>();
        var grid = ImmutableArray.CreateBuilder<IndicatorRow>();
        grid.AddRange(rows.Take(headerCount).Select((h, i) => new IndicatorRow([], [.. h]) { Kind = TableRowKind.Header, Span = RowSpan(table, i) }));
        var groups = new List<(GroupStyle Style, string Name)>();
        List<string>? previous = null;
        for (var r = headerCount; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(c => c.Length == 0) || IsColumnNumberRow(row) || (columns.Length > 0 && row.SequenceEqual(columns)))
            {
                continue;
            }
            var filled = row.Count(c => c.Length > 0);
            if (filled == 1 && width > 1 && row[0].Length > 0 && GroupLabelOf(row[0]) is { } merged)
            {
                // A group row written as one cell across the table ("A. Năm 2025", "II. Về chất lượng"); a table of
                // one column (a framed box of text) has no second cell to hold the text, so its rows stay as written.
                row[0] = merged.Label;
                row[1] = merged.Text;
                filled = 2;
            }
            if (row[0].Length > 0 && filled <= 2 && GroupStyleOf(row[0]) is { } style && (filled == 1 || row.Skip(1).Count(c => c.Length > 0) == 1 && row[1].Length > 0))
            {
                var level = groups.FindIndex(g => g.Style == style);
                if (level >= 0) groups.RemoveRange(level, groups.Count - level);
                grid.Add(new IndicatorRow([.. groups.Select(g => g.Name)], [.. row]) { Kind = TableRowKind.Group, Span = RowSpan(table, r) });
                groups.Add((style, string.Join(" ", row.Where(c => c.Length > 0))));
                previous = null;
                continue;
            }
            if (row[0].Length == 0 && previous is not null && filled <= Math.Max(1, width / 2 - 1) && GoesOn(previous, row))
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i].Length > 0) previous[i] = previous[i].Length == 0 ? row[i] : previous[i] + " " + row[i];
                }
                data[^1] = data[^1] with { Cells = [.. previous] };
                grid[^1] = data[^1];
                continue;
            }
            previous = [.. row];
            data.Add(new IndicatorRow([.. groups.Select(g => g.Name)], [.. row]) { Span = RowSpan(table, r) });
            grid.Add(data[^1]);
        }
        return new TableShape(caption, columns, data.ToImmutable(), table.Span) { Grid = grid.ToImmutable() };
    }

    /// <summary>
    /// Whether a row without a number goes on the row above (a row a page broke): it does unless it starts anew, in
    /// capitals, in two cells or more that are filled above, as a second task of a number merged down over it does
    /// (its own text and its own lead); a page breaks one long cell, whose text may go on with a new sentence.
    /// </summary>
    private static bool GoesOn(List<string> previous, List<string> row)
    {
        var fresh = 0;
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i].Length == 0 || previous[i].Length == 0) continue;
            var first = row[i].FirstOrDefault(char.IsLetter);
            if (first != default && char.IsUpper(first)) fresh++;
        }
        return fresh < 2;
    }

    /// <summary>
    /// A row whose number cell was merged down from the row above and dropped by a conversion that flattens merged
    /// cells (a web page turned into text): its first cell holds text, not a number, and its last is empty. Its cells
    /// move one column right, under the headers they belong to.
    /// </summary>
    private static void RestoreMergedNumberCell(List<string> row)
    {
        if (row.Count < 2 || row[^1].Length > 0 || row[0].Length <= MaxNumberLength || !row[0].Contains(' ')) return;
        // A group row written across the table ("A. Năm 2025") holds text in its first cell, and nothing else.
        if (row.Count(c => c.Length > 0) < 2 || GroupLabelOf(row[0]) is not null) return;
        row.Insert(0, "");
        row.RemoveAt(row.Count - 1);
    }

    /// <summary>The longest number cell ("12", "IV.", "1.2.3"): a longer first cell holding a space is text.</summary>
    private const int MaxNumberLength = 8;

    /// <summary>A row's provenance: its table's block, and the page the row starts on when the reader knows it.</summary>
    private static SourceSpan RowSpan(SourceTable table, int row) => table.Span with { Page = table.Rows[row].Page ?? table.Span.Page };

    private enum GroupStyle
    {
        Letter,
        Roman,
    }

    /// <summary>"A Năm 2025" or "II. Về chất lượng" in one cell: the group label and its text.</summary>
    private static (string Label, string Text)? GroupLabelOf(string cell)
    {
        var m = GroupLabel().Match(cell);
        return m.Success && GroupStyleOf(m.Groups["label"].Value) is not null ? (m.Groups["label"].Value, m.Groups["text"].Value) : null;
    }

    private static GroupStyle? GroupStyleOf(string cell)
    {
        var c = cell.Trim().TrimEnd('.');
        if (RomanNumeral.Parse(c) > 0 && c.All(char.IsUpper)) return GroupStyle.Roman;
        if (c.Length == 1 && char.IsAsciiLetterUpper(c[0])) return GroupStyle.Letter;
        return null;
    }

    private static int HeaderRowCount(SourceTable table, List<List<string>> rows)
    {
        if (rows.Count == 0) return 0;
        var flagged = table.Rows.TakeWhile(r => r.IsHeader).Count();
        if (flagged > 0) return Math.Min(flagged, rows.Count);
        var first = VietnameseText.Fold(rows[0][0]).Trim('.', ' ');
        if (NumberHeaders.Contains(first)) return 1;
        // A first row of short labels with no number in its first cell reads as a header.
        return rows[0].All(c => c.Length is > 0 and < 60) && !rows[0][0].Any(char.IsDigit) ? 1 : 0;
    }

    private static ImmutableArray<string> MergeHeader(List<List<string>> headerRows)
    {
        if (headerRows.Count == 1) return [.. headerRows[0]];
        var width = headerRows[0].Count;
        return [.. Enumerable.Range(0, width).Select(i => string.Join(" ", headerRows.Select(r => r[i]).Where(t => t.Length > 0).Distinct()))];
    }

    /// <summary>"(1) (2) (3)" or "1 2 3 4": a row that only numbers the columns.</summary>
    private static bool IsColumnNumberRow(List<string> row)
    {
        if (row.Count < 3) return false;
        for (var i = 0; i < row.Count; i++)
        {
            var t = row[i].Trim('(', ')', ' ');
            if (t != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
        }
        return true;
    }

    /// <summary>A group label (a capital letter or a Roman numeral) and the group's text in one cell.</summary>
    [GeneratedRegex(@"^(?<label>[A-Z]|[IVXL]{1,5})[.)]?\s+(?<text>\S.*)$")]
    private static partial Regex GroupLabel();
}
