using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Reading.Docx;

/// <summary>
/// Reads a w:tbl faithfully, one <see cref="SourceCell"/> per grid column (ECMA-376 Part 1, 17.4): a cell spanning n
/// columns (w:gridSpan, or a legacy w:hMerge run) is followed by n-1 empty placeholders with ColumnSpan 0; w:gridBefore
/// and w:gridAfter become empty cells; a w:vMerge continuation is empty, its text staying in the first cell of the merge;
/// w:tblHeader rows are header rows; rows deleted as tracked changes are dropped. Whether the table is layout or data is
/// left to the structure stage.
/// </summary>
internal sealed class WordTableReader
{
    /// <summary>Widest span honoured for one cell; larger values are corrupt.</summary>
    public const int MaxColumnSpan = 64;

    private readonly DocxReadContext _context;
    private readonly WordBlockReader _blocks;

    public WordTableReader(DocxReadContext context, WordBlockReader blocks)
    {
        _context = context;
        _blocks = blocks;
    }

    public SourceTable Read(Table table, int depth)
    {
        var gridWidth = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        var rows = ImmutableArray.CreateBuilder<SourceRow>();
        foreach (var row in Rows(table))
        {
            var properties = row.TableRowProperties;
            if (properties?.GetFirstChild<Deleted>() is not null) continue;
            var cells = new List<SourceCell>();
            AddEmpty(cells, Count(properties?.GetFirstChild<GridBefore>()?.Val?.Value));
            var lastStart = -1;
            foreach (var cell in Cells(row))
            {
                var cellProperties = cell.TableCellProperties;
                var span = Math.Clamp(cellProperties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumnSpan);
                if (cellProperties?.HorizontalMerge is { } h && h.Val?.Value != MergedCellValues.Restart && lastStart >= 0)
                {
                    // A legacy horizontal merge: the cell joins the one that started the merge.
                    cells[lastStart] = cells[lastStart] with { ColumnSpan = cells[lastStart].ColumnSpan + span };
                    AddEmpty(cells, span, 0);
                    continue;
                }
                var continuesMerge = cellProperties?.VerticalMerge is { } v && v.Val?.Value != MergedCellValues.Restart;
                var paragraphs = continuesMerge ? [] : _blocks.ReadCell(cell, depth);
                lastStart = cells.Count;
                cells.Add(new SourceCell(paragraphs, span));
                AddEmpty(cells, span - 1, 0);
            }
            AddEmpty(cells, Count(properties?.GetFirstChild<GridAfter>()?.Val?.Value));
            AddEmpty(cells, gridWidth - cells.Count);
            var header = properties?.GetFirstChild<TableHeader>() is { } th && (th.Val?.Value ?? OnOffOnlyValues.On) == OnOffOnlyValues.On;
            rows.Add(new SourceRow([.. cells], header));
        }
        return new SourceTable(rows.ToImmutable()) { Index = _context.BlockIndex };
    }

    private static int Count(int? value) => Math.Clamp(value ?? 0, 0, MaxColumnSpan);

    private static void AddEmpty(List<SourceCell> cells, int count, int span = 1)
    {
        for (var i = 0; i < count; i++) cells.Add(new SourceCell([], span));
    }

    /// <summary>The rows of a table, also those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case TableRow row:
                    yield return row;
                    break;
                case SdtRow sdt when sdt.SdtContentRow is { } content:
                    foreach (var r in Rows(content)) yield return r;
                    break;
                case CustomXmlRow custom:
                    foreach (var r in Rows(custom)) yield return r;
                    break;
            }
        }
    }

    /// <summary>The cells of a row, also those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<TableCell> Cells(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell sdt when sdt.SdtContentCell is { } content:
                    foreach (var c in Cells(content)) yield return c;
                    break;
                case CustomXmlCell custom:
                    foreach (var c in Cells(custom)) yield return c;
                    break;
            }
        }
    }
}
