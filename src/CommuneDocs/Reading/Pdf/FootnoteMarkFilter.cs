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
        if (ReferenceEquals(mark, host) || host.FontSize <= 0 || mark.FontSize > host.FontSize * 0.8) return false;
        var raise = mark.Baseline - host.Baseline;
        var gap = mark.Pen.Start - host.Pen.End;
        return raise >= host.FontSize * 0.2 && raise <= host.FontSize * 0.7 && gap > -0.5 && gap < host.FontSize * 0.3
               && host.Text.Length > 0 && char.IsLetter(host.Text[^1]) && !host.Text.EndsWith('m');
    }
}
