using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Joins a table that continues on the next page: the next page begins with a table whose column edges are the
/// same, with no text between. A header row repeated at the top of the continuation is dropped. A first row with an
/// empty first cell whose text goes on in lower case ("thực hiện đầy đủ …": a row the page broke, Word's default) is
/// joined to the last row before the break, cell by cell; one that starts its cells with capitals (a row of its own
/// whose number cell is merged with the one above) stays a row. Each row keeps the page it starts on.
/// </summary>
internal sealed class CrossPageTableJoiner
{
    /// <summary>The two parts' column edges may differ by this many points and still be the same columns.</summary>
    private const double EdgeTolerance = 3;

    public static CrossPageTableJoiner Instance { get; } = new();

    public bool TryJoin(TableItem previous, TableItem next, out TableItem joined)
    {
        joined = previous;
        if (next.Page != previous.Page + 1 || previous.ColumnEdges.Length != next.ColumnEdges.Length) return false;
        for (var i = 0; i < previous.ColumnEdges.Length; i++)
        {
            if (Math.Abs(previous.ColumnEdges[i] - next.ColumnEdges[i]) > EdgeTolerance) return false;
        }
        var rows = next.Rows;
        if (rows.Length > 0 && previous.Rows.Length > 0 && RowText(rows[0]) == RowText(previous.Rows[0])) rows = rows.RemoveAt(0);
        var before = previous.Rows;
        if (rows.Length > 0 && before.Length > 0 && ContinuesRow(before[^1], rows[0]))
        {
            before = before.SetItem(before.Length - 1, [.. before[^1].Zip(rows[0], (a, b) => a with { Lines = a.Lines.AddRange(b.Lines) })]);
            rows = rows.RemoveAt(0);
        }
        var pages = Enumerable.Range(0, before.Length).Select(previous.RowPage).Concat(Enumerable.Repeat(next.Page, rows.Length));
        joined = previous with { Rows = before.AddRange(rows), RowPages = [.. pages] };
        return true;
    }

    private static bool ContinuesRow(ImmutableArray<GridCell> last, ImmutableArray<GridCell> first) =>
        first.Length == last.Length && first[0].Lines.IsEmpty
        && first.Select(c => c.ColumnSpan).SequenceEqual(last.Select(c => c.ColumnSpan))
        && first.Any(c => !c.Lines.IsEmpty && c.Lines[0].Text.Length > 0 && char.IsLower(c.Lines[0].Text[0]));

    private static string RowText(ImmutableArray<GridCell> row) =>
        string.Join("|", row.Select(c => string.Join(" ", c.Lines.Select(l => l.Text))));
}
