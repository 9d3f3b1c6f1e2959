using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Turns the document's page items, in reading order, into its blocks: runs of body lines into paragraphs
/// (<see cref="GapIndentParagraphBuilder"/>), two-column blocks into layout tables (<see cref="LayoutTableBuilder"/>),
/// found tables into data tables (<see cref="DataTableBuilder"/>), a table that goes on at the top of the next page
/// joined to the one before it (<see cref="CrossPageTableJoiner"/>).
/// </summary>
internal sealed class BlockAssembler
{
    public static BlockAssembler Instance { get; } = new();

    /// <summary>The blocks, numbered in order; <paramref name="columns"/> gives each page's text column.</summary>
    public ImmutableArray<SourceBlock> Assemble(IReadOnlyList<PageItem> items, BodyColumns columns)
    {
        var blocks = new List<SourceBlock>();
        var pending = new List<PlacedLine>();
        TableItem? lastTable = null;
        var lastTableAt = -1;
        var lastTableFirstPage = 0;
        var joinedTables = new Dictionary<int, TableItem>();
        PageItem? previous = null;

        void Flush()
        {
            if (pending.Count == 0) return;
            blocks.AddRange(GapIndentParagraphBuilder.Instance.Build(pending));
            pending.Clear();
        }

        foreach (var item in items)
        {
            switch (item)
            {
                case LineItem line:
                    pending.Add(columns.Place(line.Line, line.Page));
                    break;
                case ColumnsItem block:
                    Flush();
                    blocks.Add(LayoutTableBuilder.Instance.Build(block, columns.Of(block.Page)));
                    break;
                case TableItem table:
                    Flush();
                    var continues = previous is TableItem && previous.Page == table.Page - 1 && lastTable is not null;
                    if (continues && CrossPageTableJoiner.Instance.TryJoin(lastTable!, table, out var joined))
                    {
                        // Rebuilt once, after the last page it continues on: a table of many pages costs its rows once.
                        lastTable = joined with { Page = table.Page };
                        // The table starts on the page its first part is on (joined carries the page of the part before).
                        joinedTables[lastTableAt] = joined with { Page = lastTableFirstPage };
                    }
                    else
                    {
                        lastTable = table;
                        lastTableFirstPage = table.Page;
                        lastTableAt = blocks.Count;
                        blocks.Add(DataTableBuilder.Instance.Build(table));
                    }
                    break;
            }
            previous = item;
        }
        Flush();
        foreach (var (at, joined) in joinedTables) blocks[at] = DataTableBuilder.Instance.Build(joined);
        return [.. blocks.Select((b, i) => b with { Index = i })];
    }
}
