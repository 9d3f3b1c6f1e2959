using System.Text;

namespace CommuneDocs.Text;

/// <summary>
/// One tone-mark placement for Vietnamese syllables. Both the old placement ("hoà", "thuỷ") and the new one
/// ("hòa", "thủy") are in use, often in one document; matching needs one of them. This class puts the tone on the
/// vowel the traditional rule picks, which is what Nghị định 30/2020/NĐ-CP samples write ("Ủy ban", "hòa"):
/// a vowel carrying a quality mark (ă â ê ô ơ ư) takes it, the last such in "ươ", "iê", "uô"; otherwise, with a final
/// consonant, the last vowel of the nucleus; otherwise the first of two vowels or the middle of three.
/// "qu" and "gi" before another vowel are onsets, not part of the nucleus.
/// The vowels and tone marks are <see cref="VietnameseLetters"/>'s, the table <see cref="VietnameseText.ToneKey"/> reads.
/// </summary>
internal static class ToneMarks
{
    /// <summary>
    /// The word with its tone mark on the vowel the traditional rule picks, in NFC; case is kept. Uses the library's
    /// own normalisation tables (<see cref="UnicodeNormalization"/>), so it works without ICU.
    /// A word without a tone mark, or without a vowel, comes back unchanged (in NFC).
    /// </summary>
    public static string Place(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var tone = '\0';
        var stripped = new StringBuilder(word.Length);
        foreach (var c in UnicodeNormalization.ToNfd(word))
        {
            if (VietnameseLetters.IsToneMark(c))
            {
                if (tone == '\0') tone = c;
            }
            else
            {
                stripped.Append(c);
            }
        }
        var letters = UnicodeNormalization.ToNfc(stripped.ToString());
        if (tone == '\0') return letters;
        var at = ToneVowel(letters);
        if (at < 0) return UnicodeNormalization.ToNfc(word);
        return UnicodeNormalization.ToNfc(string.Concat(letters.AsSpan(0, at + 1), tone.ToString(), letters.AsSpan(at + 1)));
    }

    /// <summary>Index in <paramref name="letters"/> (NFC, no tone marks) of the vowel that carries the tone, or -1.</summary>
    private static int ToneVowel(string letters)
    {
        var lower = letters.ToLowerInvariant();
        var start = VietnameseLetters.IndexOfTonelessVowel(lower);
        if (start < 0) return -1;
        var end = start;
        while (end < lower.Length && IsVowel(lower[end])) end++;
        // "qu" + vowel and "gi" + vowel: the u / i belongs to the onset.
        if (end - start > 1 && ((lower[start] == 'u' && start > 0 && lower[start - 1] == 'q')
                                || (lower[start] == 'i' && start > 0 && lower[start - 1] == 'g')))
        {
            start++;
        }
        var length = end - start;
        for (var i = end - 1; i >= start; i--)
        {
            if (VietnameseLetters.IsMarkedVowel(lower[i])) return i;
        }
        if (length == 1) return start;
        if (end < lower.Length && char.IsLetter(lower[end])) return end - 1;
        return length == 2 ? start : start + 1;
    }

    private static bool IsVowel(char c) => VietnameseLetters.IsTonelessVowel(c);
}
