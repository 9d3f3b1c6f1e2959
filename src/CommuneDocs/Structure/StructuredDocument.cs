using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>One paragraph in reading order with its enumerator, after layout tables were opened up.</summary>
/// <param name="Text">The paragraph's text, label included, whitespace collapsed (line breaks kept as '\n').</param>
/// <param name="Enumerator">The enumerator it starts with, if any.</param>
/// <param name="Style">Layout hints from the reader.</param>
/// <param name="Span">Where it came from.</param>
internal sealed record Line(string Text, Enumerator? Enumerator, BlockStyle Style, SourceSpan Span)
{
    /// <summary>The text without its enumerator.</summary>
    public string Body => Enumerator?.Rest ?? Text;

    /// <summary>The text folded for keyword tests (no diacritics, lower case).</summary>
    public string Folded { get; } = VietnameseText.Fold(Text);
}

/// <summary>A node of the outline being built, with the unnumbered paragraphs under it.</summary>
internal sealed class StructureNode
{
    public StructureNode(Enumerator enumerator, Line line)
    {
        Enumerator = enumerator;
        Line = line;
    }

    public Enumerator Enumerator { get; }

    public Line Line { get; }

    public string Label => Enumerator.Label;

    public string Text => VietnameseText.CollapseSpaces(Enumerator.Rest);

    public List<StructureNode> Children { get; } = [];

    /// <summary>Unnumbered paragraphs directly under this node, in order.</summary>
    public List<Line> Paragraphs { get; } = [];

    /// <summary>Tables that appear directly under this node.</summary>
    public List<TableShape> Tables { get; } = [];

    public OutlineNode ToOutlineNode() => new(Label, Text, [.. Children.Select(c => c.ToOutlineNode())], Line.Span);

    public IEnumerable<StructureNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var d in Children.SelectMany(c => c.DescendantsAndSelf())) yield return d;
    }
}

/// <summary>A table with its header and data rows told apart, and group rows turned into row groups.</summary>
/// <param name="Caption">The caption found above it.</param>
/// <param name="Columns">Header cells.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="Span">Where the table came from.</param>
/// <param name="InAppendix">The table stands in an appendix (phụ lục), not in the body.</param>
internal sealed record TableShape(string? Caption, ImmutableArray<string> Columns, ImmutableArray<IndicatorRow> Rows, SourceSpan Span, bool InAppendix = false)
{
    /// <summary>Every row in order as a reader sees the table: header rows, group rows and the data rows.</summary>
    public ImmutableArray<IndicatorRow> Grid { get; init; } = [];
}

/// <summary>The document cut into the zones Nghị định 30/2020/NĐ-CP lays out, with the outline built.</summary>
internal sealed record StructuredDocument
{
    /// <summary>The file the document was read from, its format and pages.</summary>
    public required SourceInfo Info { get; init; }

    /// <summary>
    /// Footnotes and endnotes, kept apart from the flow: no part of the outline or of any zone, but what they cite is
    /// cited by the document.
    /// </summary>
    public ImmutableArray<Line> Notes { get; init; } = [];

    /// <summary>Lines of the header block: issuing body, number, quốc hiệu, tiêu ngữ, place and date.</summary>
    public ImmutableArray<Line> Header { get; init; } = [];

    /// <summary>The kind heading ("KẾ HOẠCH"), if found.</summary>
    public Line? KindHeading { get; init; }

    /// <summary>The title lines (trích yếu).</summary>
    public ImmutableArray<Line> Title { get; init; } = [];

    /// <summary>Unnumbered paragraphs before the first enumerated block (Căn cứ..., Thực hiện...).</summary>
    public ImmutableArray<Line> Preamble { get; init; } = [];

    /// <summary>The outline roots, all body regions together.</summary>
    public ImmutableArray<StructureNode> Outline { get; init; } = [];

    /// <summary>Closing paragraphs ("Trên đây là Kế hoạch ...").</summary>
    public ImmutableArray<Line> Closing { get; init; } = [];

    /// <summary>Lines of the Nơi nhận list, the heading excluded.</summary>
    public ImmutableArray<Line> Recipients { get; init; } = [];

    /// <summary>Lines of the signature block.</summary>
    public ImmutableArray<Line> Signature { get; init; } = [];

    /// <summary>Appendix captions and other appendix paragraphs.</summary>
    public ImmutableArray<Line> Appendix { get; init; } = [];

    /// <summary>Every data table, body and appendices.</summary>
    public ImmutableArray<TableShape> Tables { get; init; } = [];

    /// <summary>Every line in reading order, zones regardless.</summary>
    public ImmutableArray<Line> AllLines { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
