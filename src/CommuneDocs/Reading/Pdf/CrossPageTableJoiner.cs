using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Joins a table that continues on the next page: the next page begins with a table whose column edges are the
/// same, with no text between. A header row repeated at the top of the continuation is dropped; a first row with an
/// empty first cell (a row broken by the page) stays a row of its own, which the structure stage merges.
/// </summary>
internal sealed class CrossPageTableJoiner
{
    public static CrossPageTableJoiner Instance { get; } = new();

    public bool TryJoin(TableItem previous, TableItem next, out TableItem joined)
    {
        joined = previous;
        if (next.Page != previous.Page + 1 || previous.ColumnEdges.Length != next.ColumnEdges.Length) return false;
        for (var i = 0; i < previous.ColumnEdges.Length; i++)
        {
            if (Math.Abs(previous.ColumnEdges[i] - next.ColumnEdges[i]) > 3) return false;
        }
        var rows = next.Rows;
        if (rows.Length > 0 && previous.Rows.Length > 0 && RowText(rows[0]) == RowText(previous.Rows[0])) rows = rows.RemoveAt(0);
        joined = previous with { Rows = previous.Rows.AddRange(rows) };
        return true;
    }

    private static string RowText(ImmutableArray<GridCell> row) =>
        string.Join("|", row.Select(c => string.Join(" ", c.Lines.Select(l => l.Text))));
}
