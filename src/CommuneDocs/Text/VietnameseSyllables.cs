using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommuneDocs.Text;

/// <summary>
/// Tells well-formed Vietnamese syllables from garbage: a PDF text layer made by a poor OCR ("CØNG HOÀXÃ HØI")
/// is full of tokens no Vietnamese writer produces. Pure functions.
/// </summary>
internal static partial class VietnameseSyllables
{
    // Initial consonant, vowel nucleus (one to three vowels), final consonant: the shape of every Vietnamese syllable.
    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SyllablePattern();

    /// <summary>True when <paramref name="token"/> (letters only) is a possible Vietnamese syllable: one tone mark at most, Vietnamese letters, the syllable shape.</summary>
    public static bool IsSyllable(string token)
    {
        if (token.Length == 0) return false;
        var composed = VietnameseText.ToNfc(token.ToLowerInvariant());
        var sb = new StringBuilder(composed.Length);
        var tones = 0;
        foreach (var c in composed)
        {
            if (VietnameseLetters.IsToneMark(c) || VietnameseLetters.IsVowelMark(c)) return false;
            VietnameseLetters.TrySplit(c, out var letter, out var tone);
            if (tone != '\0') tones++;
            sb.Append(letter);
        }
        return tones <= 1 && SyllablePattern().IsMatch(sb.ToString());
    }

    /// <summary>A token a document may hold that is not a syllable: a number, or an abbreviation in plain capitals ("UBND", "TTg", "VNeID").</summary>
    public static bool IsNumberOrAbbreviation(string token)
    {
        if (token.Any(char.IsAsciiDigit)) return true;
        return token.Length <= 8 && token.All(char.IsAsciiLetter) && token.Count(char.IsAsciiLetterUpper) >= Math.Max(2, token.Length / 2);
    }

    /// <summary>
    /// The share of the text's tokens that are syllables, numbers or abbreviations, from 0 to 1;
    /// 1 for a text without tokens. Well-typed Vietnamese scores above 0.9; bad OCR far lower.
    /// </summary>
    public static double WellFormedShare(string text, out int tokens) => WellFormedShare([text], out tokens);

    /// <summary>The share of well-formed tokens over all the <paramref name="texts"/> (the words of a page, say), as if they were one text.</summary>
    public static double WellFormedShare(IEnumerable<string> texts, out int tokens)
    {
        tokens = 0;
        var good = 0;
        // A text repeats its syllables: each distinct token is judged once.
        var judged = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!IsTokenChar(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < text.Length && IsTokenChar(text[i])) i++;
                var token = start == 0 && i == text.Length ? text : text[start..i];
                tokens++;
                if (!judged.TryGetValue(token, out var wellFormed))
                {
                    wellFormed = IsSyllable(token) || IsNumberOrAbbreviation(token);
                    judged[token] = wellFormed;
                }
                if (wellFormed) good++;
            }
        }
        return tokens == 0 ? 1 : (double)good / tokens;
    }

    /// <summary>A letter, a decimal digit or a combining mark: what a token is made of (the regex class [\p{L}\p{M}\p{Nd}]).</summary>
    private static bool IsTokenChar(char c)
    {
        if (c < 0x80) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetter(c) || char.IsDigit(c)) return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
