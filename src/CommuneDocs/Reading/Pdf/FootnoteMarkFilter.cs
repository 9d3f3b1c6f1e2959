using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Drops footnote reference marks: a number (or "*") set smaller and raised right after a word ("trên địa bàn¹").
/// The note itself is read from the page foot; the mark is no text of its line, and on a baseline of its own it would
/// split the paragraph it stands in. A raised number after a unit ("m²", "km²") is an exponent and stays.
/// </summary>
internal static class FootnoteMarkFilter
{
    /// <summary>The most characters a mark has ("1", "12", "*").</summary>
    private const int MaxMarkLength = 3;

    /// <summary>A mark is set at most this share of the size of the word it follows.</summary>
    private const double MaxMarkSizeRatio = 0.8;

    /// <summary>A mark's baseline is raised at least this many of its word's font sizes above that word's.</summary>
    private const double MinRaiseSizes = 0.2;

    /// <summary>A mark's baseline is raised at most this many of its word's font sizes above that word's.</summary>
    private const double MaxRaiseSizes = 0.7;

    /// <summary>A mark may start this many points before its word's pen ends (overlap); further left it is no mark of that word.</summary>
    private const double MaxOverlap = 0.5;

    /// <summary>A mark starts less than this many of its word's font sizes after the word ends.</summary>
    private const double MaxGapSizes = 0.3;

    public static ImmutableArray<TextWord> Without(ImmutableArray<TextWord> words)
    {
        List<TextWord>? marks = null;
        foreach (var word in words)
        {
            if (IsMarkText(word.Text) && words.Any(host => IsMarkOf(word, host)))
                (marks ??= []).Add(word);
        }
        return marks is null ? words : [.. words.Where(w => !marks.Contains(w))];
    }

    /// <summary>Text a footnote mark can be: one to three digits, or "*".</summary>
    public static bool IsMarkText(string text) => text.Length is > 0 and <= MaxMarkLength && text.All(c => char.IsAsciiDigit(c) || c == '*');

    private static bool IsMarkOf(TextWord mark, TextWord host)
    {
        if (ReferenceEquals(mark, host) || host.FontSize <= 0 || mark.FontSize > host.FontSize * MaxMarkSizeRatio) return false;
        var raise = mark.Baseline - host.Baseline;
        var gap = mark.Pen.Start - host.Pen.End;
        return raise >= host.FontSize * MinRaiseSizes && raise <= host.FontSize * MaxRaiseSizes && gap > -MaxOverlap && gap < host.FontSize * MaxGapSizes
               && host.Text.Length > 0 && char.IsLetter(host.Text[^1]) && !host.Text.EndsWith('m');
    }
}
