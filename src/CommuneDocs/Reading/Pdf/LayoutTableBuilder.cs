using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Builds the layout table of a two-column block (the header's issuing body beside the national title, the recipients
/// beside the signature: Nghị định 30/2020/NĐ-CP, Phụ lục I): one row of two cells, each column's lines a paragraph
/// of their own unless a line had to wrap.
/// </summary>
internal sealed class LayoutTableBuilder
{
    public static LayoutTableBuilder Instance { get; } = new();

    /// <summary>The block as a table; <paramref name="body"/> is its page's text column, which the columns may widen.</summary>
    public SourceTable Build(ColumnsItem columns, BodyColumn body)
    {
        SourceCell Column(ImmutableArray<TextLine> lines, double left, double right)
        {
            if (lines.Length == 0) return new SourceCell([]);
            var placed = lines.Select(l => new PlacedLine(l, columns.Page, left, right)).ToList();
            return new SourceCell([.. GapIndentParagraphBuilder.Instance.Build(placed, linePerParagraph: true).Select(p => p with { Page = columns.Page })]);
        }
        var leftEdge = Math.Min(body.Left, columns.Left.Select(l => l.Box.Left).DefaultIfEmpty(body.Left).Min());
        var rightEdge = Math.Max(body.Right, columns.Right.Select(l => l.Box.Right).DefaultIfEmpty(body.Right).Max());
        // The right column may reach left to where the left column's text ends.
        var rightStart = Math.Min(columns.Split, columns.Left.Select(l => l.Box.Right).DefaultIfEmpty(columns.Split).Max());
        return new SourceTable([new SourceRow([Column(columns.Left, leftEdge, columns.Split), Column(columns.Right, rightStart, rightEdge)])]) { Page = columns.Page };
    }
}
