using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>The left and right edges of a page's text column, which paragraphs are indented and wrapped against.</summary>
internal readonly record struct BodyColumn(double Left, double Right)
{
    /// <summary>A line wider than this share of the page runs across the text column; the column is measured on such lines only (all lines when none is).</summary>
    private const double WideLineShare = 0.45;

    /// <summary>
    /// The left edge is the line start one <c>1/LeftEdgeQuantile</c> of the way up the sorted starts, so that a line or
    /// two set out into the margin do not move it.
    /// </summary>
    private const int LeftEdgeQuantile = 10;

    /// <summary>
    /// The page's text column, from its longer lines: the left edge near their leftmost start, the right edge their
    /// median end (justified lines end there, a long word may overrun it). The whole page when it has no lines.
    /// </summary>
    public static BodyColumn Measure(ImmutableArray<TextLine> lines, double pageWidth)
    {
        var wide = lines.Where(l => l.Box.Width > pageWidth * WideLineShare).ToList();
        if (wide.Count == 0) wide = [.. lines];
        if (wide.Count == 0) return new BodyColumn(0, pageWidth);
        var lefts = wide.Select(l => l.Box.Left).OrderBy(x => x).ToList();
        var rights = wide.Select(l => l.Box.Right).OrderBy(x => x).ToList();
        return new BodyColumn(lefts[lefts.Count / LeftEdgeQuantile], rights[rights.Count / 2]);
    }
}

/// <summary>The text column of every page read, looked up by page number.</summary>
internal sealed class BodyColumns
{
    private readonly IReadOnlyList<BodyColumn> _columns;
    private readonly int _firstPage;

    /// <summary>
    /// The columns of consecutive pages, the first of them <paramref name="firstPage"/>; a page outside them takes the
    /// nearest one's column.
    /// </summary>
    public BodyColumns(IReadOnlyList<BodyColumn> columns, int firstPage)
    {
        _columns = columns;
        _firstPage = firstPage;
    }

    /// <summary>The text column of page <paramref name="page"/>.</summary>
    public BodyColumn Of(int page) => _columns[Math.Clamp(page - _firstPage, 0, _columns.Count - 1)];

    /// <summary>A line of page <paramref name="page"/>, placed in that page's text column.</summary>
    public PlacedLine Place(TextLine line, int page)
    {
        var column = Of(page);
        return new PlacedLine(line, page, column.Left, column.Right);
    }
}
