using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Finds tables drawn with ruling lines: rulings that touch each other form a grid; its distinct vertical
/// positions are the grid columns and its horizontal ones the rows; a cell spans the columns whose separating
/// ruling is missing in its row, and continues the cell above it when the ruling between them is missing (a vertically
/// merged cell: its words all go to its first row, the rows under it get an empty cell, as Word's own table model has
/// it). Words are placed in the cell that holds their centre.
/// </summary>
internal sealed class RulingGridTableDetector
{
    /// <summary>Rulings within this many points of each other touch, or lie on one grid line.</summary>
    private const double Tolerance = 2.5;

    /// <summary>A grid narrower than this many points is no table (a box around a word, a rule under a heading).</summary>
    private const double MinTableWidth = 40;

    /// <summary>A grid lower than this many points is no table (a double rule).</summary>
    private const double MinTableHeight = 10;

    /// <summary>Two horizontal grid lines closer than this many points part no row (a doubled border).</summary>
    private const double MinRowHeight = 3;

    /// <summary>A word belongs to the table when its centre lies within this many points of the grid's box.</summary>
    private const double WordSlack = 1;

    /// <summary>A page with more ruling segments than this is a drawing (a map, a chart), not a table: it is not searched for grids, which costs the square of their number.</summary>
    public const int MaxRulings = 3000;

    public static RulingGridTableDetector Instance { get; } = new();

    /// <summary>The page's ruled tables, and the words outside them.</summary>
    public (ImmutableArray<TableItem> Tables, ImmutableArray<TextWord> Others) Detect(PageContent page)
    {
        if (page.Rulings.Length > MaxRulings) return ([], page.Words);
        var tables = ImmutableArray.CreateBuilder<TableItem>();
        var used = new HashSet<TextWord>(ReferenceEqualityComparer.Instance);
        foreach (var grid in Components(page.Rulings))
        {
            var table = Build(page, grid, used);
            if (table is not null) tables.Add(table);
        }
        return (tables.ToImmutable(), [.. page.Words.Where(w => !used.Contains(w))]);
    }

    private static IEnumerable<List<Ruling>> Components(ImmutableArray<Ruling> rulings)
    {
        var n = rulings.Length;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (Touch(rulings[i], rulings[j])) parent[Find(i)] = Find(j);
            }
        }
        return Enumerable.Range(0, n).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList());
    }

    private static bool Touch(Ruling a, Ruling b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            return Math.Abs(a.Position - b.Position) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        }
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.Position >= h.From - Tolerance && v.Position <= h.To + Tolerance && h.Position >= v.From - Tolerance && h.Position <= v.To + Tolerance;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.OrderBy(v => v))
        {
            if (result.Count > 0 && v - result[^1] <= Tolerance) continue;
            result.Add(v);
        }
        return result;
    }

    private static TableItem? Build(PageContent page, List<Ruling> grid, HashSet<TextWord> used)
    {
        var xs = Cluster(grid.Where(r => !r.Horizontal).Select(r => r.Position));
        var ys = Cluster(grid.Where(r => r.Horizontal).Select(r => r.Position));
        if (xs.Count < 2 || ys.Count < 2) return null;
        var box = new Box(xs[0], ys[0], xs[^1], ys[^1]);
        if (box.Width < MinTableWidth || box.Height < MinTableHeight) return null;
        ys.Reverse();
        // The rulings on each grid line, so that a cell's four sides are looked up among a few, not all of the grid's.
        var verticalsAt = xs.Select(x => grid.Where(v => !v.Horizontal && Math.Abs(v.Position - x) <= Tolerance).ToArray()).ToArray();
        var horizontalsAt = ys.Select(y => grid.Where(h => h.Horizontal && Math.Abs(h.Position - y) <= Tolerance).ToArray()).ToArray();
        var words = page.Words.Where(w => !used.Contains(w) && box.Contains(w.Box.CenterX, w.Box.CenterY, WordSlack)).ToList();
        if (words.Count == 0) return null;
        // Each row's cells as column ranges with their words; a cell whose top ruling is missing continues the cell
        // above it (a vertically merged cell), which takes its words.
        var rows = new List<List<Segment>>();
        for (var r = 0; r + 1 < ys.Count; r++)
        {
            var top = ys[r];
            var bottom = ys[r + 1];
            if (top - bottom < MinRowHeight) continue;
            var middle = (top + bottom) / 2;
            var rowWords = words.Where(w => w.Box.CenterY <= top && w.Box.CenterY > bottom).ToList();
            var cells = new List<Segment>();
            var start = 0;
            for (var c = 1; c < xs.Count; c++)
            {
                var edge = c == xs.Count - 1 || Crosses(verticalsAt[c], middle);
                if (!edge) continue;
                var (left, right) = (xs[start], xs[c]);
                var cell = new Segment(start, c, [.. rowWords.Where(w => w.Box.CenterX >= left && w.Box.CenterX < right)]);
                if (rows.Count > 0 && !Crosses(horizontalsAt[r], (left + right) / 2) && rows[^1].Find(above => above.Start == start && above.End == c) is { } above)
                {
                    cell = cell with { Owner = above.Owner ?? above };
                    cell.Owner.Words.AddRange(cell.Words);
                    cell.Words.Clear();
                }
                cells.Add(cell);
                start = c;
            }
            rows.Add(cells);
        }
        var grouped = rows.Select(row => row.SelectMany(cell =>
            Enumerable.Repeat(new GridCell([], 0), cell.End - cell.Start - 1).Prepend(new GridCell(BaselineLineGrouper.Instance.Group(cell.Words), cell.End - cell.Start)))
            .ToImmutableArray()).ToImmutableArray();
        foreach (var w in words) used.Add(w);
        return new TableItem(page.Number, box, [.. xs], grouped);
    }

    /// <summary>Whether one of the rulings of a grid line reaches across <paramref name="at"/> along it.</summary>
    private static bool Crosses(Ruling[] line, double at)
    {
        foreach (var ruling in line)
        {
            if (ruling.From <= at + Tolerance && ruling.To >= at - Tolerance) return true;
        }
        return false;
    }

    /// <summary>A cell of one grid row: the grid columns it spans, its words, and the cell above it that it continues, if any.</summary>
    private sealed record Segment(int Start, int End, List<TextWord> Words)
    {
        public Segment? Owner { get; init; }
    }
}
