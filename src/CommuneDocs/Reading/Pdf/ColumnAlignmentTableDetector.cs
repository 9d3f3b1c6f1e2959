using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Finds tables drawn without ruling lines from the alignment of their text: a run of at least three lines that each
/// fall into three or more segments parted by wide gaps, the segments starting at the same few x-positions. Each such
/// line starts a row; the lines between them whose segments start at those positions continue the row's cells.
/// </summary>
internal sealed class ColumnAlignmentTableDetector
{
    /// <summary>A table has at least this many lines that start a row.</summary>
    private const int MinRows = 3;

    /// <summary>A line that starts a row falls into at least this many segments.</summary>
    private const int MinColumns = 3;

    /// <summary>Segments that start within this many points of each other start at the same x-position (a column).</summary>
    private const double Tolerance = 6;

    /// <summary>A gap between words at least this many points wide (<see cref="MinSegmentGapSizes"/> font sizes on larger type) parts two segments of a line.</summary>
    private const double MinSegmentGap = 12;

    /// <summary>A gap between words at least this many times the font size wide (and <see cref="MinSegmentGap"/> points) parts two segments of a line.</summary>
    private const double MinSegmentGapSizes = 1.2;

    /// <summary>A column's edge lies this many points left of where its segments start; the table's right edge as far right of its longest line.</summary>
    private const double EdgeMargin = 2;

    public static ColumnAlignmentTableDetector Instance { get; } = new();

    /// <summary>The page's aligned tables, and the lines outside them.</summary>
    public (ImmutableArray<TableItem> Tables, ImmutableArray<TextLine> Others) Detect(int page, IReadOnlyList<TextLine> lines)
    {
        var tables = ImmutableArray.CreateBuilder<TableItem>();
        var taken = new bool[lines.Count];
        var segments = lines.Select(Segments).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            if (segments[i].Count < MinColumns)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < lines.Count && (segments[end].Count >= MinColumns || segments[end].Count >= 1 && end + 1 < lines.Count && segments[end + 1].Count >= MinColumns)) end++;
            var run = Enumerable.Range(i, end - i).ToList();
            var table = Build(page, run, lines, segments);
            if (table is not null)
            {
                // Lines after the last row whose segments all start at a later column continue that row's cells.
                while (end < lines.Count && segments[end].Count > 0 && segments[end].All(g => table.ColumnEdges.Skip(1).SkipLast(1).Any(e => Math.Abs(g[0].Box.Left - EdgeMargin - e) <= Tolerance)))
                {
                    end++;
                }
                run = Enumerable.Range(i, end - i).ToList();
                table = Build(page, run, lines, segments);
            }
            if (table is not null)
            {
                tables.Add(table);
                foreach (var k in run) taken[k] = true;
            }
            i = end;
        }
        return (tables.ToImmutable(), [.. lines.Where((_, k) => !taken[k])]);
    }

    private static List<List<TextWord>> Segments(TextLine line)
    {
        var result = new List<List<TextWord>>();
        foreach (var word in line.Words)
        {
            if (result.Count == 0 || word.Box.Left - result[^1][^1].Box.Right >= Math.Max(MinSegmentGap, MinSegmentGapSizes * word.FontSize)) result.Add([]);
            result[^1].Add(word);
        }
        return result;
    }

    private static TableItem? Build(int page, List<int> run, IReadOnlyList<TextLine> lines, List<List<List<TextWord>>> segments)
    {
        var rowStarts = run.Where(k => segments[k].Count >= MinColumns).ToList();
        if (rowStarts.Count < MinRows) return null;
        var starts = new List<(double X, int Count)>();
        foreach (var segment in rowStarts.SelectMany(k => segments[k]))
        {
            var x = segment[0].Box.Left;
            var at = starts.FindIndex(s => Math.Abs(s.X - x) <= Tolerance);
            if (at < 0) starts.Add((x, 1));
            else starts[at] = (starts[at].X, starts[at].Count + 1);
        }
        // A column is a start that at least half the rows share.
        var columns = starts.Where(s => s.Count * 2 >= rowStarts.Count).Select(s => s.X).OrderBy(x => x).ToList();
        if (columns.Count < MinColumns) return null;
        var right = run.Max(k => lines[k].Box.Right);
        var edges = columns.Select(x => x - EdgeMargin).Append(right + EdgeMargin).ToImmutableArray();
        var rows = new List<List<List<TextWord>>>();
        foreach (var k in run)
        {
            if (segments[k].Count >= MinColumns) rows.Add([.. Enumerable.Range(0, columns.Count).Select(_ => new List<TextWord>())]);
            if (rows.Count == 0) return null;
            foreach (var word in lines[k].Words)
            {
                var column = edges.Take(columns.Count).Select((e, c) => (e, c)).Last(p => p.c == 0 || word.Box.Left >= p.e).c;
                rows[^1][column].Add(word);
            }
        }
        var grid = rows.Select(r => r.Select(words => new GridCell(BaselineLineGrouper.Instance.Group(words), 1)).ToImmutableArray()).ToImmutableArray();
        return new TableItem(page, Box.Union(run.Select(k => lines[k].Box)), edges, grid);
    }
}
