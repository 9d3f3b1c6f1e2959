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
            if (last is null || at.Y < lineY - 0.5)
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
            var sizeDiffers = Math.Abs(letter.FontSize - last.FontSize) > 0.1;
            var suspectGap = !sizeDiffers && letter.FontSize > 0 && gap >= 0 && IsSuspect(gaps, Math.Round(letter.FontSize), gap, height);
            var ends = at.X < lastX - 1
                || gap > height * 0.39
                || blank
                || ((sizeDiffers || !string.Equals(letter.FontName, last.FontName, StringComparison.OrdinalIgnoreCase)) && !Touching(gap, last.FontSize, letter.FontSize, letter.Location.Y - last.Location.Y)
                    && (sizeDiffers || gap > letter.Width * 0.1))
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
        return smaller > 0 && gap > -0.5 && gap < smaller * 0.1 && Math.Abs(baselineShift) < larger * 0.15;
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
        statistics.Count(Math.Round(gap, 2));
        return statistics.Distinct > 1 && gap > height * 0.16 && gap > statistics.Commonest * 5 && statistics.CommonestCount > 1;
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
