using System.Collections.Immutable;

namespace CommuneDocs.Reading;

/// <summary>
/// Lays cells that span rows and columns (HTML rowspan/colspan, Markdown grid tables) out in the table model the
/// .docx reader builds from w:gridSpan and w:vMerge: one <see cref="SourceCell"/> per grid column, a cell spanning n
/// columns followed by n-1 empty placeholders with ColumnSpan 0, a cell covered by a row span left empty (its text
/// stays in the span's first cell), and every row padded to the table's width.
/// </summary>
internal sealed class CellGrid
{
    /// <summary>Widest or tallest span honoured for one cell; larger values are corrupt.</summary>
    public const int MaxSpan = 64;

    private readonly List<(List<SourceCell> Cells, bool Header)> _rows = [];

    // Columns still covered by a cell of an earlier row: column -> (rows left, columns the spanning cell covers).
    private readonly Dictionary<int, (int Rows, int Columns)> _covered = [];

    public void StartRow(bool isHeader)
    {
        if (_rows.Count > 0) CoverRest(_rows[^1].Cells);
        _rows.Add(([], isHeader));
        SkipCovered();
    }

    public void AddCell(ImmutableArray<SourceParagraph> paragraphs, int columnSpan = 1, int rowSpan = 1)
    {
        if (_rows.Count == 0) StartRow(false);
        var cells = _rows[^1].Cells;
        var columns = Math.Clamp(columnSpan, 1, MaxSpan);
        var rows = Math.Clamp(rowSpan, 1, MaxSpan);
        if (rows > 1) _covered[cells.Count] = (rows - 1, columns);
        cells.Add(new SourceCell(paragraphs, columns));
        for (var i = 1; i < columns; i++) cells.Add(new SourceCell([], 0));
        SkipCovered();
    }

    public SourceTable Build()
    {
        if (_rows.Count > 0) CoverRest(_rows[^1].Cells);
        var width = _rows.Count == 0 ? 0 : _rows.Max(r => r.Cells.Count);
        var rows = _rows.Where(r => r.Cells.Count > 0).Select(r =>
        {
            while (r.Cells.Count < width) r.Cells.Add(new SourceCell([]));
            return new SourceRow([.. r.Cells], r.Header);
        });
        return new SourceTable([.. rows]);
    }

    /// <summary>A table nested in a cell, as the .docx reader reads it: one paragraph per row, its cells joined by " | ".</summary>
    public static IEnumerable<SourceParagraph> RowsAsParagraphs(SourceTable table) =>
        table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text).Where(t => t.Length > 0))).Where(t => t.Length > 0).Select(t => new SourceParagraph(t));

    /// <summary>Fills the columns a cell of an earlier row still covers at the row's current end.</summary>
    private void SkipCovered()
    {
        var cells = _rows[^1].Cells;
        while (_covered.TryGetValue(cells.Count, out var span))
        {
            Consume(cells.Count, span);
            cells.Add(new SourceCell([], span.Columns));
            for (var i = 1; i < span.Columns; i++) cells.Add(new SourceCell([], 0));
        }
    }

    /// <summary>At a row's end, the covered columns past its last cell still count as one row of their spans.</summary>
    private void CoverRest(List<SourceCell> cells)
    {
        foreach (var column in _covered.Keys.Where(c => c > cells.Count).Order().ToList())
        {
            while (cells.Count < column) cells.Add(new SourceCell([]));
            SkipCovered();
        }
    }

    private void Consume(int column, (int Rows, int Columns) span)
    {
        if (span.Rows <= 1) _covered.Remove(column);
        else _covered[column] = (span.Rows - 1, span.Columns);
    }
}
