using System.Text;
using System.Text.Json;
using CommuneDocs.Text;

namespace CommuneDocs.Dev.Evaluation;

/// <summary>
/// The text comparison of the reference scorer (score.py: <c>norm</c>, <c>norm_code</c>, <c>same_prefix</c>,
/// <c>unit_key</c>), reproduced code point for code point so that both give the same numbers.
/// </summary>
internal static class ScoreText
{
    /// <summary>The five Vietnamese tone marks as combining characters.</summary>
    private static bool IsTone(int cp) => cp is 0x300 or 0x301 or 0x303 or 0x309 or 0x323;

    /// <summary>Characters trimmed from both ends (score.py's EDGE): white space and this punctuation.</summary>
    private const string EdgePunctuation = ".,;:!?-–()[]\"'“”/";

    /// <summary><c>norm</c> of a JSON value (its Python <c>str()</c>); "" for None.</summary>
    public static string Norm(JsonElement? value) => Norm(Py.Str(value));

    /// <summary>
    /// NFD, case-folded, the first tone mark of each word moved to the word's end, NFC, dashes unified,
    /// white space collapsed, edge punctuation trimmed; "" for null.
    /// </summary>
    public static string Norm(string? text)
    {
        if (text is null) return "";
        var cps = UnicodeNormalization.CaseFold(UnicodeNormalization.Decompose(UnicodeNormalization.CodePoints(text)));
        var joined = new List<int>(cps.Count + 4);
        var i = 0;
        while (i < cps.Count)
        {
            while (i < cps.Count && UnicodeNormalization.IsWhiteSpace(cps[i])) i++;
            if (i == cps.Count) break;
            if (joined.Count > 0) joined.Add(' ');
            var tone = -1;
            for (; i < cps.Count && !UnicodeNormalization.IsWhiteSpace(cps[i]); i++)
            {
                if (IsTone(cps[i]))
                {
                    if (tone < 0) tone = cps[i];
                }
                else
                {
                    joined.Add(cps[i]);
                }
            }
            if (tone >= 0) joined.Add(tone);
        }
        var composed = UnicodeNormalization.Compose(joined);
        // Dashes (U+2010-U+2015, U+2212) to '-', runs of white space to one space.
        var sb = new StringBuilder(composed.Count);
        var inSpace = false;
        foreach (var cp in composed)
        {
            if (UnicodeNormalization.IsWhiteSpace(cp))
            {
                if (!inSpace) sb.Append(' ');
                inSpace = true;
                continue;
            }
            inSpace = false;
            if (cp is >= 0x2010 and <= 0x2015 or 0x2212) sb.Append('-');
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        var s = sb.ToString();
        int start = 0, end = s.Length;
        while (start < end && IsEdge(s[start])) start++;
        while (end > start && IsEdge(s[end - 1])) end--;
        return s[start..end];
    }

    // Every edge character is in the BMP, so a UTF-16 unit test is exact.
    private static bool IsEdge(char c) => UnicodeNormalization.IsWhiteSpace(c) || EdgePunctuation.Contains(c);

    /// <summary><c>norm_code</c>: <see cref="Norm(string)"/> without white space around '-' and '/' ("KH- UBND" = "KH-UBND").</summary>
    public static string NormCode(JsonElement? value)
    {
        var n = Norm(value);
        var sb = new StringBuilder(n.Length);
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] is '-' or '/')
            {
                while (sb.Length > 0 && UnicodeNormalization.IsWhiteSpace(sb[^1])) sb.Length--;
                sb.Append(n[i]);
                while (i + 1 < n.Length && UnicodeNormalization.IsWhiteSpace(n[i + 1])) i++;
            }
            else
            {
                sb.Append(n[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// <c>same_prefix</c> on already normalised texts: the first <c>min(cap, len(gold))</c> code points agree,
    /// and gold is not empty.
    /// </summary>
    public static bool SamePrefix(string normGold, string normPred, int cap)
    {
        if (normGold.Length == 0) return false;
        var end = 0;
        for (var n = 0; n < cap && end < normGold.Length; n++) end += char.IsHighSurrogate(normGold[end]) && end + 1 < normGold.Length ? 2 : 1;
        return normPred.AsSpan().StartsWith(normGold.AsSpan(0, end), StringComparison.Ordinal);
    }

    /// <summary><c>unit_key</c>: the unit's first two words ("nhóm thủ tục hành chính" → "nhóm thủ"), or "%" alone.</summary>
    public static string UnitKey(JsonElement? unit)
    {
        var words = Norm(unit).Replace("%", " % ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[0] == "%") return "%";
        return string.Join(' ', words.Take(2));
    }
}
