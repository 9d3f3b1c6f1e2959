using System.Collections.Immutable;
using CommuneDocs.Model;

namespace CommuneDocs.Reading;

/// <summary>Horizontal alignment of a paragraph, as far as the format tells it.</summary>
internal enum Alignment
{
    Unknown,
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>Layout hints a reader keeps for the structure stage.</summary>
/// <param name="Bold">Most of the paragraph's text is bold.</param>
/// <param name="Italic">Most of the paragraph's text is italic.</param>
/// <param name="Alignment">Horizontal alignment.</param>
/// <param name="Indent">First-line indentation in points, when known.</param>
internal readonly record struct BlockStyle(bool Bold = false, bool Italic = false, Alignment Alignment = Alignment.Unknown, double Indent = 0)
{
    public static BlockStyle Plain { get; } = new();
}

/// <summary>One block of a document in reading order, as every reader produces it.</summary>
internal abstract record SourceBlock
{
    /// <summary>Zero-based position among the document's blocks.</summary>
    public int Index { get; init; }

    /// <summary>One-based page, when the format has pages.</summary>
    public int? Page { get; init; }

    public SourceSpan Span => new(Index, Page);
}

/// <summary>A paragraph: its text and, when the format keeps it apart (Word numbering), its list label.</summary>
internal sealed record SourceParagraph(string Text, string? ListLabel = null, BlockStyle Style = default) : SourceBlock
{
    /// <summary>The label and the text as a reader of the page sees them.</summary>
    public string DisplayText => ListLabel is null ? Text : ListLabel + " " + Text;
}

/// <summary>A table cell; merged cells span several grid columns.</summary>
internal sealed record SourceCell(ImmutableArray<SourceParagraph> Paragraphs, int ColumnSpan = 1)
{
    public static SourceCell FromText(string text) =>
        new(text.Length == 0 ? [] : [new SourceParagraph(text)]);

    /// <summary>The cell's paragraphs joined by spaces.</summary>
    public string Text => string.Join(" ", Paragraphs.Select(p => p.DisplayText).Where(t => t.Length > 0));
}

/// <summary>A table row; header rows repeat on each page in some formats.</summary>
internal sealed record SourceRow(ImmutableArray<SourceCell> Cells, bool IsHeader = false)
{
    /// <summary>The page the row starts on, where the reader knows it (a PDF table continued over pages); else null.</summary>
    public int? Page { get; init; }
}

/// <summary>A table as the format gives it (Word table, ruled PDF table, tab-separated text).</summary>
internal sealed record SourceTable(ImmutableArray<SourceRow> Rows) : SourceBlock;

/// <summary>The neutral form of a document that every reader produces and every later stage consumes.</summary>
/// <param name="FileName">The file name.</param>
/// <param name="Format">The format it was read from.</param>
/// <param name="Pages">Its page count, for paged formats.</param>
/// <param name="Blocks">Paragraphs and tables in reading order.</param>
/// <param name="Diagnostics">Content faults the reader found.</param>
internal sealed record SourceDocument(string FileName, SourceFormat Format, int? Pages,
    ImmutableArray<SourceBlock> Blocks, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Footnotes and endnotes, kept apart from the flow: no part of the outline or of any zone, but what they cite
    /// ("Thống nhất áp dụng Quyết định số …") is cited by the document.
    /// </summary>
    public ImmutableArray<SourceParagraph> Notes { get; init; } = [];
}

/// <summary>Turns one container format into a <see cref="SourceDocument"/>.</summary>
internal interface IDocumentReader
{
    /// <summary>Reads the document; throws <see cref="DocumentFormatException"/> for container faults.</summary>
    SourceDocument Read(Stream stream, string fileName, ReadLimits options);
}
