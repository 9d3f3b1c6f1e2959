using System.Collections.Immutable;
using System.Globalization;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Groups words into lines by baseline, top to bottom, each left to right. A word that is only a combining mark
/// (a tone mark a PDF draws as a glyph of its own) is joined to the word it sits on.
/// </summary>
internal sealed class BaselineLineGrouper
{
    /// <summary>A word is on a line when its baseline is within this many points (<see cref="BaselineToleranceSizes"/> font sizes on larger type) of the line's mean baseline.</summary>
    private const double BaselineTolerance = 2;

    /// <summary>A word is on a line when its baseline is within this many of its font sizes (and <see cref="BaselineTolerance"/> points) of the line's mean baseline.</summary>
    private const double BaselineToleranceSizes = 0.35;

    /// <summary>A combining mark's centre may lie this many points left of the word it sits on.</summary>
    private const double MarkSlack = 1;

    public static BaselineLineGrouper Instance { get; } = new();

    public ImmutableArray<TextLine> Group(IEnumerable<TextWord> words)
    {
        var sorted = words.ToArray();
        StableSort.ByKeys(sorted, w => -w.Baseline, w => w.Box.Left);
        var lines = new List<List<TextWord>>();
        var baselineSum = 0.0;
        foreach (var word in sorted)
        {
            var line = lines.Count == 0 ? null : lines[^1];
            var tolerance = Math.Max(BaselineTolerance, BaselineToleranceSizes * word.FontSize);
            if (line is not null && Math.Abs(baselineSum / line.Count - word.Baseline) <= tolerance)
            {
                line.Add(word);
                baselineSum += word.Baseline;
            }
            else
            {
                lines.Add([word]);
                baselineSum = word.Baseline;
            }
        }
        var result = ImmutableArray.CreateBuilder<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var ordered = line.ToArray();
            StableSort.ByKeys(ordered, w => w.Box.Left, _ => 0);
            result.Add(new TextLine([.. JoinMarks(ordered)]));
        }
        return result.MoveToImmutable();
    }

    private static List<TextWord> JoinMarks(TextWord[] words)
    {
        var result = new List<TextWord>(words.Length);
        foreach (var word in words)
        {
            if (result.Count > 0 && CharUnicodeInfo.GetUnicodeCategory(word.Text[0]) == UnicodeCategory.NonSpacingMark)
            {
                var host = result.FindLastIndex(w => w.Box.Left <= word.Box.CenterX + MarkSlack);
                if (host < 0) host = result.Count - 1;
                var h = result[host];
                result[host] = h with { Text = VietnameseText.Clean(h.Text + word.Text), Box = Box.Union([h.Box, word.Box]) };
                continue;
            }
            result.Add(word);
        }
        return result;
    }
}

