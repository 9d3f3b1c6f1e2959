using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CommuneDocs.Reading.Markdown;

/// <summary>
/// Walks a Markdig block tree (CommonMark 4 and 5, GFM pipe tables) into paragraphs and tables in reading order:
/// a paragraph or a heading is one paragraph (a heading is bold); a list item's first paragraph starts with its
/// marker as written ("1.", "-", "+"), as a plain-text reader would see it, so the structure stage reads the same label
/// as in a .docx whose numbering was typed; thematic breaks, raw HTML blocks and link-reference definitions are not
/// text; a paragraph made only of links (a menu, a list of related documents) is site chrome and left out.
/// Iterative, so nesting depth costs no stack.
/// </summary>
internal static class MarkdownBlocks
{
    private readonly record struct Frame(Block Block, string? Marker);

    public static List<SourceBlock> Read(ContainerBlock root)
    {
        var blocks = new List<SourceBlock>();
        var stack = new Stack<Frame>();
        PushChildren(stack, root, null);
        while (stack.TryPop(out var frame))
        {
            switch (frame.Block)
            {
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
                case ListBlock list:
                    for (var i = list.Count - 1; i >= 0; i--) stack.Push(new Frame(list[i], Marker(list, list[i])));
                    break;
                case ContainerBlock container:
                    PushChildren(stack, container, frame.Marker);
                    break;
                case LeafBlock leaf:
                    if (Paragraph(leaf, frame.Marker) is { } p) blocks.Add(p);
                    break;
            }
        }
        return blocks;
    }

    /// <summary>The paragraphs of a container (a table cell): every leaf's text, tables read row by row.</summary>
    public static ImmutableArray<SourceParagraph> Paragraphs(ContainerBlock container) =>
        [.. Read(container).SelectMany(b => b is SourceParagraph p ? [p] : CellGrid.RowsAsParagraphs((SourceTable)b))];


    private static void PushChildren(Stack<Frame> stack, ContainerBlock container, string? marker)
    {
        for (var i = container.Count - 1; i >= 0; i--) stack.Push(new Frame(container[i], i == 0 ? marker : null));
    }

    private static string? Marker(ListBlock list, Block item)
    {
        if (!list.IsOrdered) return list.BulletType.ToString();
        var order = item is ListItemBlock { Order: var n } ? n : 0;
        return order.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.OrderedDelimiter;
    }

    private static SourceParagraph? Paragraph(LeafBlock leaf, string? marker)
    {
        if (leaf is not (ParagraphBlock or HeadingBlock or CodeBlock)) return null;
        InlineLine? line = leaf is CodeBlock code
            ? new InlineLine(code.Lines.ToString().Trim(), false, false, false)
            : InlineText.Read(leaf.Inline, linesAreParagraphs: false).SingleOrDefault();
        if (line is null || line.LinksOnly) return null;
        var text = marker is null ? line.Text : marker + " " + line.Text;
        return new SourceParagraph(text, null, line.Style with { Bold = line.Bold || leaf is HeadingBlock });
    }

    private static SourceTable ReadTable(Table table)
    {
        var grid = new CellGrid();
        foreach (var row in table.OfType<TableRow>())
        {
            grid.StartRow(row.IsHeader);
            foreach (var cell in row.OfType<TableCell>()) grid.AddCell(Paragraphs(cell), cell.ColumnSpan, cell.RowSpan);
        }
        return grid.Build();
    }
}
