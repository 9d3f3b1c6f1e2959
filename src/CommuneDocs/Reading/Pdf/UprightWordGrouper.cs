using System.Runtime.InteropServices;
using UglyToad.PdfPig.Content;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Groups a page's letters into words by the rules of PdfPig's default word extractor, without building PdfPig
/// <see cref="Word"/> objects: letters top to bottom, each baseline left to right; a word ends at a space glyph, a
/// drop of the baseline, a step back to the left, a gap wider than 0.39 of the letter height, a change of font size,
/// font or orientation (unless the two letters touch on one baseline: see <see cref="Touching"/>), or a gap five times
/// the commonest gap between letters of that size. It does in one linear pass
/// (after the sort) what the extractor does with a sort of its gap statistics per letter, which made it a fifth of a
/// PDF's parse; words of letters not all upright are left for the caller to drop.
/// </summary>
internal static class UprightWordGrouper
{
    /// <summary>A letter whose baseline is more than this many points below the line's starts a new line.</summary>
    private const double NewLineDrop = 0.5;

    /// <summary>A letter starting more than this many points left of the one before (a step back) starts a new word.</summary>
    private const double MaxStepBack = 1;

    /// <summary>A gap wider than this share of the letters' height parts two words (PdfPig's default word extractor).</summary>
    private const double MaxGapHeights = 0.39;

    /// <summary>Letters whose font sizes differ by more than this many points are in different sizes.</summary>
    private const double SizeChange = 0.1;

    /// <summary>Letters of the same size in different fonts are parted only by a gap wider than this share of the letter's width.</summary>
    private const double FontChangeGapWidths = 0.1;

    /// <summary>Letters that touch may overlap by up to this many points.</summary>
    private const double TouchOverlap = 0.5;

    /// <summary>Letters touch when the gap between them is less than this share of the smaller one's font size.</summary>
    private const double TouchGapSizes = 0.1;

    /// <summary>Letters touch on one baseline when their baselines differ by less than this share of the larger font size.</summary>
    private const double TouchBaselineShiftSizes = 0.15;

    /// <summary>Gaps are counted rounded to this many decimals of a point.</summary>
    private const int GapDecimals = 2;

    /// <summary>A gap is suspect only when wider than this share of the letters' height.</summary>
    private const double MinSuspectGapHeights = 0.16;

    /// <summary>A gap this many times the commonest gap at its font size parts two words.</summary>
    private const double SuspectGapRatio = 5;

    /// <summary>
    /// The words of <paramref name="letters"/>, each a list of its visible letters in reading order. The list is
    /// reused for the next word: read it before asking for the next one.
    /// </summary>
    public static IEnumerable<List<Letter>> Group(IReadOnlyList<Letter> letters)
    {
        var word = new List<Letter>(16);
        var gaps = new Dictionary<double, GapStatistics>();
        Letter? last = null;
        double lineY = 0, lastX = 0;
        foreach (var letter in ReadingOrder(letters))
        {
            var blank = PageContentReader.IsBlank(letter);
            var at = letter.Location;
            if (last is null || at.Y < lineY - NewLineDrop)
            {
                if (word.Count > 0)
                {
                    yield return word;
                    word.Clear();
                }
                if (blank && last is null) continue;
                if (!blank) word.Add(letter);
                last = letter;
                lineY = at.Y;
                lastX = at.X;
                continue;
            }
            var height = Math.Max(last.BoundingBox.Height, letter.BoundingBox.Height);
            var gap = at.X - (last.Location.X + last.Width);
            var sizeDiffers = Math.Abs(letter.FontSize - last.FontSize) > SizeChange;
            var suspectGap = !sizeDiffers && letter.FontSize > 0 && gap >= 0 && IsSuspect(gaps, Math.Round(letter.FontSize), gap, height);
            var ends = at.X < lastX - MaxStepBack
                || gap > height * MaxGapHeights
                || blank
                || ((sizeDiffers || !string.Equals(letter.FontName, last.FontName, StringComparison.OrdinalIgnoreCase)) && !Touching(gap, last.FontSize, letter.FontSize, letter.Location.Y - last.Location.Y)
                    && (sizeDiffers || gap > letter.Width * FontChangeGapWidths))
                || letter.TextOrientation != last.TextOrientation
                || suspectGap;
            if (ends && word.Count > 0)
            {
                yield return word;
                word.Clear();
            }
            if (!blank) word.Add(letter);
            last = letter;
            lastX = at.X;
        }
        if (word.Count > 0) yield return word;
    }

    /// <summary>
    /// Two letters (or words) set against each other on about one baseline, in different fonts or sizes: one word,
    /// where PdfPig would part them ("tỉnh" in italics and its ":" upright; "NC." and the drafter's initials "Châu" set
    /// smaller and a point lower, "Lưu: VT, NC.Châu"). A raised footnote mark ("tỉnh¹") stands off the baseline and stays
    /// apart.
    /// </summary>
    internal static bool Touching(double gap, double sizeBefore, double sizeAfter, double baselineShift)
    {
        var smaller = Math.Min(sizeBefore, sizeAfter);
        var larger = Math.Max(sizeBefore, sizeAfter);
        return smaller > 0 && gap > -TouchOverlap && gap < smaller * TouchGapSizes && Math.Abs(baselineShift) < larger * TouchBaselineShiftSizes;
    }

    /// <summary>Top to bottom by baseline, then left to right; letters at the same place keep their drawing order.</summary>
    private static Letter[] ReadingOrder(IReadOnlyList<Letter> letters)
    {
        var sorted = letters.ToArray();
        StableSort.ByKeys(sorted, l => -l.Location.Y, l => l.Location.X);
        return sorted;
    }

    /// <summary>Counts the gap and tells whether it is at least five times the commonest gap seen at this font size.</summary>
    private static bool IsSuspect(Dictionary<double, GapStatistics> gaps, double fontSize, double gap, double height)
    {
        ref var statistics = ref CollectionsMarshal.GetValueRefOrAddDefault(gaps, fontSize, out _);
        statistics ??= new GapStatistics();
        statistics.Count(Math.Round(gap, GapDecimals));
        return statistics.Distinct > 1 && gap > height * MinSuspectGapHeights && gap > statistics.Commonest * SuspectGapRatio && statistics.CommonestCount > 1;
    }

    /// <summary>How often each gap width occurs, and the commonest one (the first to reach the highest count on a tie).</summary>
    private sealed class GapStatistics
    {
        private readonly Dictionary<double, (int Count, int FirstSeen)> _counts = [];
        private int _commonestFirstSeen = int.MaxValue;

        public double Commonest { get; private set; }

        public int CommonestCount { get; private set; }

        public int Distinct => _counts.Count;

        public void Count(double gap)
        {
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, gap, out var exists);
            if (!exists) seen.FirstSeen = _counts.Count - 1;
            var count = ++seen.Count;
            if (count > CommonestCount || (count == CommonestCount && seen.FirstSeen < _commonestFirstSeen))
            {
                Commonest = gap;
                CommonestCount = count;
                _commonestFirstSeen = seen.FirstSeen;
            }
        }
    }
}
