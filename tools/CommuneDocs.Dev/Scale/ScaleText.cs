using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommuneDocs.Dev.Scale;

/// <summary>
/// Text helpers of the scale-corpus generator: diacritic folding for grouping, and the light paraphrases
/// (synonym swaps) a generated plan applies to the text it borrows.
/// </summary>
internal static partial class ScaleText
{
    /// <summary>Synonym pairs swapped in either direction; <see cref="Canonical"/> maps the second form to the first.</summary>
    private static readonly (string A, string B)[] Synonyms =
    [
        ("Đẩy mạnh", "Tăng cường"),
        ("bảo đảm", "đảm bảo"),
        ("Bảo đảm", "Đảm bảo"),
        ("Triển khai", "Thực hiện"),
        ("người dân, doanh nghiệp", "người dân và doanh nghiệp"),
    ];

    private static readonly Regex[] ARegex = Synonyms.Select(s => WholeWords(s.A)).ToArray();
    private static readonly Regex[] BRegex = Synonyms.Select(s => WholeWords(s.B)).ToArray();

    /// <summary>How many synonym pairs there are (a plan draws one direction per pair).</summary>
    public static int SynonymCount => Synonyms.Length;

    /// <summary>Lower case, NFC, diacritics removed, đ as d, whitespace collapsed: the form titles are grouped by.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>The folded words of a text, letters and digits only.</summary>
    public static string[] Words(string text) =>
        WordSplit().Split(Fold(text)).Where(w => w.Length > 0).ToArray();

    /// <summary>
    /// Applies the paraphrase chosen for a plan: for pair <c>i</c>, <paramref name="directions"/>[i] is +1 (first form
    /// becomes second), -1 (second becomes first) or 0 (left alone).
    /// </summary>
    public static string Paraphrase(string text, ReadOnlySpan<int> directions)
    {
        for (var i = 0; i < Synonyms.Length; i++)
        {
            text = directions[i] switch
            {
                > 0 => ARegex[i].Replace(text, Synonyms[i].B),
                < 0 => BRegex[i].Replace(text, Synonyms[i].A),
                _ => text,
            };
        }
        return text;
    }

    /// <summary>The text with every paraphrase undone (second forms mapped to first), so two paraphrases of one text compare equal.</summary>
    public static string Canonical(string text)
    {
        for (var i = 0; i < Synonyms.Length; i++) text = BRegex[i].Replace(text, Synonyms[i].A);
        return Fold(text);
    }

    private static Regex WholeWords(string phrase) =>
        new("(?<![\\p{L}\\p{N}])" + Regex.Escape(phrase) + "(?![\\p{L}\\p{N}])", RegexOptions.CultureInvariant);

    [GeneratedRegex("[^\\p{L}\\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordSplit();
}
