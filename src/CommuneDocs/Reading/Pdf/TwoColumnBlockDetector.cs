using System.Collections.Immutable;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Finds the two-column blocks of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing body
/// and number beside the national title; the recipients beside the signature): a line with a wide gap seeds a block
/// whose left and right columns are split at that gap; the lines below (and right-column lines above) join it while
/// no word crosses the split and each line sits in its column, centred on it or aligned with it.
/// </summary>
internal sealed class TwoColumnBlockDetector
{
    /// <summary>A gap parts two columns when it is at least this many points wide (<see cref="MinGapSizes"/> font sizes on larger type).</summary>
    private const double MinGap = 15;

    /// <summary>A gap parts two columns when it is at least this many times the line's font size wide (and <see cref="MinGap"/> points).</summary>
    private const double MinGapSizes = 1.3;

    /// <summary>The middle of a gap that parts two columns lies at least this share of the page's width from its left edge.</summary>
    private const double SplitZoneStart = 0.2;

    /// <summary>The middle of a gap that parts two columns lies at most this share of the page's width from its left edge.</summary>
    private const double SplitZoneEnd = 0.75;

    /// <summary>A gap at least this many points wide (<see cref="WideGapSizes"/> font sizes on larger type) parts two columns without the national title or "Nơi nhận" beside it.</summary>
    private const double WideGap = 36;

    /// <summary>A gap at least this many times the font size wide (and <see cref="WideGap"/> points) parts two columns on its own.</summary>
    private const double WideGapSizes = 2.8;

    /// <summary>The split lies at the middle of the seed line's gap, but at most this many points left of the right column's first word.</summary>
    private const double MaxSplitBeforeRight = 8;

    /// <summary>A word reaches across the split when it overruns it by more than this many points on both sides.</summary>
    private const double CrossingSlack = 1;

    /// <summary>A line whose words leave a gap narrower than this many points at the split is one line of body text across it.</summary>
    private const double MinSplitGap = 12;

    /// <summary>A line is centred in a column when its centre is within this many points (<see cref="CentreToleranceSizes"/> font sizes on larger type) of the column's.</summary>
    private const double CentreTolerance = 20;

    /// <summary>A line is centred in a column when its centre is within this many font sizes (and <see cref="CentreTolerance"/> points) of the column's.</summary>
    private const double CentreToleranceSizes = 2;

    /// <summary>A line is aligned with a column when it starts within this many points of the column's left edge.</summary>
    private const double AlignTolerance = 6;

    /// <summary>A line more than this many font sizes below the block's last line is past the block.</summary>
    private const double MaxGapBelowSizes = 9;

    /// <summary>A right-column line more than this many font sizes above the block's first line is not part of it.</summary>
    private const double MaxGapAboveSizes = 2.5;

    public static TwoColumnBlockDetector Instance { get; } = new();

    /// <summary>Splits a page's lines into two-column blocks and the remaining body lines.</summary>
    public (ImmutableArray<ColumnsItem> Blocks, ImmutableArray<TextLine> Others) Detect(int page, IReadOnlyList<TextLine> lines, double pageWidth)
    {
        var blocks = ImmutableArray.CreateBuilder<ColumnsItem>();
        var taken = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (taken[i] || SplitGap(lines[i], pageWidth) is not { } gap) continue;
            var split = Math.Max((gap.Left + gap.Right) / 2, gap.Right - MaxSplitBeforeRight);
            var seed = lines[i];
            var left = Columns(seed, split).Left;
            var right = Columns(seed, split).Right;
            var leftBox = Box.Union(left.Select(w => w.Box));
            var rightBox = Box.Union(right.Select(w => w.Box));
            var first = i;
            while (first > 0 && !taken[first - 1] && FitsAbove(lines[first - 1], lines[first], split, rightBox)) first--;
            var last = i;
            while (last + 1 < lines.Count && !taken[last + 1] && FitsBelow(lines[last + 1], lines[last], split, leftBox, rightBox)) last++;
            var leftLines = ImmutableArray.CreateBuilder<TextLine>();
            var rightLines = ImmutableArray.CreateBuilder<TextLine>();
            for (var k = first; k <= last; k++)
            {
                taken[k] = true;
                var (l, r) = Columns(lines[k], split);
                if (l.Count > 0) leftLines.Add(new TextLine([.. l]));
                if (r.Count > 0) rightLines.Add(new TextLine([.. r]));
            }
            blocks.Add(new ColumnsItem(page, Box.Union(lines.Skip(first).Take(last - first + 1).Select(l => l.Box)), split, leftLines.ToImmutable(), rightLines.ToImmutable()));
        }
        return (blocks.ToImmutable(), [.. lines.Where((_, k) => !taken[k])]);
    }

    /// <summary>
    /// The widest gap between two words of the line, when it lies near the page's middle and is wide enough to part
    /// two columns: wide outright, or narrower but with the national title on its right or "Nơi nhận" on its left,
    /// which stand there by Nghị định 30/2020/NĐ-CP, Phụ lục I.
    /// </summary>
    private static (double Left, double Right)? SplitGap(TextLine line, double pageWidth)
    {
        var size = line.FontSize;
        (double Left, double Right)? best = null;
        var bestAt = 0;
        for (var k = 1; k < line.Words.Length; k++)
        {
            var gapLeft = line.Words[k - 1].Box.Right;
            var gapRight = line.Words[k].Box.Left;
            if (gapRight - gapLeft < Math.Max(MinGap, MinGapSizes * size)) continue;
            var middle = (gapLeft + gapRight) / 2;
            if (middle < pageWidth * SplitZoneStart || middle > pageWidth * SplitZoneEnd) continue;
            if (best is null || gapRight - gapLeft > best.Value.Right - best.Value.Left)
            {
                best = (gapLeft, gapRight);
                bestAt = k;
            }
        }
        if (best is not { } gap || gap.Right - gap.Left >= Math.Max(WideGap, WideGapSizes * size)) return best;
        var left = VietnameseText.Fold(string.Join(" ", line.Words.Take(bestAt).Select(w => w.Text)));
        var right = VietnameseText.Fold(string.Join(" ", line.Words.Skip(bestAt).Select(w => w.Text)));
        return right.StartsWith("cong hoa xa hoi", StringComparison.Ordinal) || left.StartsWith("noi nhan", StringComparison.Ordinal) ? best : null;
    }

    private static (List<TextWord> Left, List<TextWord> Right) Columns(TextLine line, double split) =>
        (line.Words.Where(w => w.Box.CenterX < split).ToList(), line.Words.Where(w => w.Box.CenterX >= split).ToList());

    private static bool Crosses(TextLine line, double split)
    {
        if (line.Words.Any(w => w.Box.Left < split - CrossingSlack && w.Box.Right > split + CrossingSlack)) return true;
        for (var k = 1; k < line.Words.Length; k++)
        {
            var a = line.Words[k - 1].Box.Right;
            var b = line.Words[k].Box.Left;
            if (a <= split && b >= split) return b - a < MinSplitGap;
        }
        return false;
    }

    private static bool InColumn(Box line, Box column, double size) =>
        Math.Abs(line.CenterX - column.CenterX) <= Math.Max(CentreTolerance, CentreToleranceSizes * size) || Math.Abs(line.Left - column.Left) <= AlignTolerance;

    private static bool FitsBelow(TextLine line, TextLine previous, double split, Box leftColumn, Box rightColumn)
    {
        if (Crosses(line, split)) return false;
        if (previous.Baseline - line.Baseline > MaxGapBelowSizes * line.FontSize) return false;
        var (l, r) = Columns(line, split);
        if (l.Count > 0 && r.Count > 0) return true;
        var box = line.Box;
        return l.Count > 0 ? InColumn(box, leftColumn, line.FontSize) : InColumn(box, rightColumn, line.FontSize);
    }

    private static bool FitsAbove(TextLine line, TextLine below, double split, Box rightColumn)
    {
        if (Crosses(line, split) || line.Baseline - below.Baseline > MaxGapAboveSizes * line.FontSize) return false;
        return line.Box.Left >= split && Math.Abs(line.Box.CenterX - rightColumn.CenterX) <= Math.Max(CentreTolerance, CentreToleranceSizes * line.FontSize);
    }
}
