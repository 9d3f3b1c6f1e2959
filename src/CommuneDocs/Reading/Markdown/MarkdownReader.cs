using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Text;
using Markdig;
using Markdig.Parsers;

namespace CommuneDocs.Reading.Markdown;

/// <summary>
/// Reads Markdown (.md, .markdown) with Markdig: CommonMark with GFM pipe tables and grid tables, and the pseudo pipe
/// tables of pages a legal portal converted to Markdown (<see cref="PseudoPipeTable"/>), whose header block comes out
/// as the same two-column layout table Word gives. Emphasis the converter left unclosed is repaired first
/// (<see cref="EmphasisRepair"/>); an indented line is text, not code. A page's site chrome before the document's
/// header is dropped (<see cref="DocumentSigns.StartOf"/>), footnotes written out at the end ("[1] ...") become
/// notes, and a file without an administrative document in it (a README, a news article) is refused with
/// <see cref="DocumentError.NotADocument"/>.
/// </summary>
internal sealed class MarkdownReader : IDocumentReader
{
    public static MarkdownReader Instance { get; } = new();

    /// <summary>Markdig's pipeline: immutable once built, shared by every parse.</summary>
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>For a pseudo pipe table's cell: paragraphs only, so "- Bộ Công an;" or "1." in a cell is text, not a list.</summary>
    private static readonly MarkdownPipeline CellPipeline = BuildCellPipeline();

    public SourceDocument Read(Stream stream, string fileName, ReadLimits options)
    {
        using var buffer = StreamBuffer.CopyToMemory(stream, options.MaxFileBytes, fileName);
        var diagnostics = new List<Diagnostic>();
        var text = VietnameseText.Clean(TextDecoder.Decode(buffer.ToArray(), fileName, diagnostics));
        var blocks = new List<SourceBlock>();
        foreach (var segment in MarkdownSegments.Split(text))
        {
            if (segment.TableLines is { } lines) blocks.Add(ReadPseudoTable(lines));
            else blocks.AddRange(ReadMarkdown(segment.Markdown!, diagnostics));
        }
        blocks.RemoveAll(b => b is SourceTable { Rows.Length: 0 });
        if (!DocumentSigns.HoldDocument(blocks)) throw new DocumentFormatException(DocumentError.NotADocument, Messages.NotADocument(fileName, "a Markdown file"));
        var (body, notes) = WrittenFootnotes.Extract(blocks.Skip(DocumentSigns.StartOf(blocks)).ToList());
        return new SourceDocument(fileName, SourceFormat.Markdown, null, [.. body.Select((b, i) => b with { Index = i })], [.. diagnostics])
        {
            // Notes follow the body, as the .docx reader numbers them.
            Notes = [.. notes.Select(n => n with { Index = body.Count })],
        };
    }

    /// <summary>
    /// Markdig's blocks for a stretch of Markdown; past Markdig's nesting limit (it refuses such input with an
    /// ArgumentException) the stretch is read as plain paragraphs, one per run of non-blank lines, with a warning.
    /// </summary>
    private static IEnumerable<SourceBlock> ReadMarkdown(string markdown, List<Diagnostic> diagnostics)
    {
        try
        {
            return MarkdownBlocks.Read(Markdig.Markdown.Parse(EmphasisRepair.Repair(markdown), Pipeline));
        }
        catch (ArgumentException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.LimitReached, Messages.MarkdownTooDeep(), SourceSpan.None));
            return markdown.Split("\n\n").Select(VietnameseText.CollapseSpaces).Where(t => t.Length > 0).Select(t => new SourceParagraph(t));
        }
    }

    private static SourceTable ReadPseudoTable(IReadOnlyList<string> lines)
    {
        var grid = new CellGrid();
        foreach (var row in PseudoPipeTable.Rows(lines))
        {
            grid.StartRow(false);
            foreach (var cell in row) grid.AddCell(CellParagraphs(cell));
        }
        return grid.Build();
    }

    /// <summary>A cell's lines, each a paragraph unless an emphasis span joins them; rule lines ("-------") are drawings, not text.</summary>
    private static ImmutableArray<SourceParagraph> CellParagraphs(string cell)
    {
        var kept = cell.Split('\n').Where(l => !IsRule(l));
        var document = Markdig.Markdown.Parse(EmphasisRepair.Repair(string.Join('\n', kept)), CellPipeline);
        return [.. document.OfType<Markdig.Syntax.LeafBlock>()
            .SelectMany(b => InlineText.Read(b.Inline, linesAreParagraphs: true))
            .Select(l => new SourceParagraph(l.Text, null, l.Style))];
    }

    private static bool IsRule(string line)
    {
        var t = line.Trim();
        return t.Length >= 3 && t.All(c => c is '-' or '_' or '=' or '*' or ' ');
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables();
        builder.BlockParsers.RemoveAll(p => p is IndentedCodeBlockParser);
        return builder.Build();
    }

    private static MarkdownPipeline BuildCellPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(p => p is not ParagraphBlockParser);
        return builder.Build();
    }
}
