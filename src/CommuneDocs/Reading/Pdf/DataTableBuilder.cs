using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Builds a source table from a table found on the page (<see cref="RulingGridTableDetector"/>,
/// <see cref="ColumnAlignmentTableDetector"/>), joined across pages (<see cref="CrossPageTableJoiner"/>): each cell's
/// lines become paragraphs within its column edges; a first row set all in bold is the header row.
/// </summary>
internal sealed class DataTableBuilder
{
    /// <summary>Points a cell's text keeps clear of its column edges (the ruling line and the cell's margin).</summary>
    private const double CellPadding = 2;

    public static DataTableBuilder Instance { get; } = new();

    /// <summary>The table's rows, each with the page it starts on.</summary>
    public SourceTable Build(TableItem table)
    {
        var rows = ImmutableArray.CreateBuilder<SourceRow>();
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var cells = ImmutableArray.CreateBuilder<SourceCell>();
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                if (cell.ColumnSpan == 0 || cell.Lines.Length == 0)
                {
                    cells.Add(new SourceCell([], cell.ColumnSpan));
                    continue;
                }
                var left = table.ColumnEdges[Math.Min(c, table.ColumnEdges.Length - 1)];
                var right = table.ColumnEdges[Math.Min(c + cell.ColumnSpan, table.ColumnEdges.Length - 1)];
                var placed = cell.Lines.Select(l => new PlacedLine(l, table.Page, left + CellPadding, right - CellPadding)).ToList();
                cells.Add(new SourceCell(GapIndentParagraphBuilder.Instance.Build(placed), cell.ColumnSpan));
            }
            rows.Add(new SourceRow(cells.ToImmutable()) { Page = table.RowPage(r) });
        }
        var built = rows.ToImmutable();
        if (built.Length > 1 && built[0].Cells.Any(c => c.Paragraphs.Length > 0) && built[0].Cells.All(c => c.Paragraphs.All(p => p.Style.Bold)))
        {
            built = built.SetItem(0, built[0] with { IsHeader = true });
        }
        return new SourceTable(built) { Page = table.Page };
    }
}
