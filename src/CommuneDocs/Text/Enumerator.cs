using System.Text.RegularExpressions;

namespace CommuneDocs.Text;

/// <summary>The style of an enumerator; each style is one level of a document's outline, in whatever order it nests them.</summary>
internal enum EnumeratorStyle
{
    /// <summary>"Phần I", "Phần A".</summary>
    Part,
    /// <summary>"Chương I".</summary>
    Chapter,
    /// <summary>"Mục 1".</summary>
    Section,
    /// <summary>"Điều 1." (articles of a decision).</summary>
    Article,
    /// <summary>"I.", "II." (upper-case Roman numerals).</summary>
    Roman,
    /// <summary>"A.", "B." (upper-case letters).</summary>
    UpperLetter,
    /// <summary>"1.1.", "2.3.1".</summary>
    DottedDecimal,
    /// <summary>"1.", "2.".</summary>
    Decimal,
    /// <summary>"1)", "2)".</summary>
    DecimalParen,
    /// <summary>"a)", "đ)".</summary>
    LetterParen,
    /// <summary>"a.", "b.".</summary>
    LetterDot,
    /// <summary>"-", "–", "•" (written as "-").</summary>
    Dash,
    /// <summary>"+".</summary>
    Plus,
    /// <summary>"*".</summary>
    Star,
}

/// <summary>An enumerator found at the start of a paragraph.</summary>
/// <param name="Style">Its style.</param>
/// <param name="Label">The label without punctuation, as written ("II", "a", "-", "Điều 1").</param>
/// <param name="Ordinal">Its position in its sequence (II is 2, đ is 5), or 0 for bullets and unknown letters.</param>
/// <param name="Rest">The paragraph's text after the enumerator.</param>
internal readonly record struct Enumerator(EnumeratorStyle Style, string Label, int Ordinal, string Rest)
{
    public bool IsBullet => Style is EnumeratorStyle.Dash or EnumeratorStyle.Plus or EnumeratorStyle.Star;
}

/// <summary>Recognises the enumerators Vietnamese administrative documents use (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6: bố cục nội dung).</summary>
internal static partial class EnumeratorParser
{
    /// <summary>The Vietnamese alphabet as lettered lists use it (no f, j, w, z).</summary>
    private const string VietnameseLetters = "abcdđeghiklmnopqrstuvxy";

    [GeneratedRegex(@"^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+([0-9]{1,3}|[IVXLC]{1,6}|[A-Z])\b\s*[.:]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPattern();

    [GeneratedRegex(@"^([IVXLC]{1,6})\s*[.)]\s*(?=\S)|^([IVXLC]{1,6})\s*[-–]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^([A-Z])\.\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex UpperLetterPattern();

    [GeneratedRegex(@"^([0-9]{1,2}(?:\.[0-9]{1,2}){1,4})\.?(?![0-9%])\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPattern();

    [GeneratedRegex(@"^([0-9]{1,3})\.(?![0-9])\s*(?=[^\s%])", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^\(?([0-9]{1,3})\)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalParenPattern();

    [GeneratedRegex(@"^\(?([a-zđ])\)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterParenPattern();

    [GeneratedRegex(@"^([a-zđ])\.\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterDotPattern();

    [GeneratedRegex(@"^([-–—•●▪■◦·○➢➤►✓❖\u2212\uF0B7\uF0A7\uF0D8\uF076]|\+|\*)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    /// <summary>Finds the enumerator a paragraph starts with, or returns null.</summary>
    public static Enumerator? Parse(string text)
    {
        var t = text.TrimStart();
        if (t.Length < 2) return null;
        Match m;
        if (char.IsLetter(t[0]) && (m = NamedPattern().Match(t)).Success)
        {
            var word = VietnameseText.SentenceCase(m.Groups[1].Value);
            var style = word switch
            {
                "Phần" => EnumeratorStyle.Part,
                "Chương" => EnumeratorStyle.Chapter,
                "Mục" => EnumeratorStyle.Section,
                _ => EnumeratorStyle.Article,
            };
            var value = m.Groups[2].Value;
            return new Enumerator(style, word + " " + value, OrdinalOf(value), t[m.Length..]);
        }
        if ((m = RomanPattern().Match(t)).Success)
        {
            var value = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            var n = RomanNumeral.Parse(value);
            // A single C, D, L or M is far more often a lettered heading than a Roman numeral.
            if (n > 0 && value is not ("C" or "D" or "L" or "M")) return new Enumerator(EnumeratorStyle.Roman, value, n, t[m.Length..]);
        }
        if ((m = UpperLetterPattern().Match(t)).Success && Rest(t, m).Length > 0 && char.IsUpper(Rest(t, m)[0]))
        {
            return new Enumerator(EnumeratorStyle.UpperLetter, m.Groups[1].Value, m.Groups[1].Value[0] - 'A' + 1, Rest(t, m));
        }
        if (char.IsAsciiDigit(t[0]))
        {
            if ((m = DottedPattern().Match(t)).Success)
                return new Enumerator(EnumeratorStyle.DottedDecimal, m.Groups[1].Value, LastNumber(m.Groups[1].Value), Rest(t, m));
            if ((m = DecimalPattern().Match(t)).Success)
                return new Enumerator(EnumeratorStyle.Decimal, m.Groups[1].Value, int.Parse(m.Groups[1].Value), Rest(t, m));
        }
        if ((m = DecimalParenPattern().Match(t)).Success)
            return new Enumerator(EnumeratorStyle.DecimalParen, m.Groups[1].Value, int.Parse(m.Groups[1].Value), Rest(t, m));
        if ((m = LetterParenPattern().Match(t)).Success)
            return new Enumerator(EnumeratorStyle.LetterParen, m.Groups[1].Value, LetterOrdinal(m.Groups[1].Value[0]), Rest(t, m));
        if ((m = LetterDotPattern().Match(t)).Success && char.IsUpper(Rest(t, m)[0]))
            return new Enumerator(EnumeratorStyle.LetterDot, m.Groups[1].Value, LetterOrdinal(m.Groups[1].Value[0]), Rest(t, m));
        if ((m = BulletPattern().Match(t)).Success)
        {
            var glyph = m.Groups[1].Value;
            var style = glyph switch { "+" => EnumeratorStyle.Plus, "*" => EnumeratorStyle.Star, _ => EnumeratorStyle.Dash };
            var label = style switch { EnumeratorStyle.Plus => "+", EnumeratorStyle.Star => "*", _ => "-" };
            return new Enumerator(style, label, 0, Rest(t, m));
        }
        return null;
    }

    /// <summary>Classifies a label that a format keeps apart from the text (Word numbering: "II.", "a)", "-", "1.1.").</summary>
    public static Enumerator? ParseLabel(string label, string text)
    {
        var l = label.Trim();
        if (l.Length == 0) return null;
        // A label alone parses like a paragraph that starts with it; a bare "1" or "a" gets a dot so it is read as a label.
        var probe = l.Length > 0 && char.IsLetterOrDigit(l[^1]) && !l.Contains(' ') ? l + ". X" : l + " X";
        if (Parse(probe) is not { } e) return new Enumerator(EnumeratorStyle.Dash, "-", 0, text);
        return e with { Rest = text };
    }

    /// <summary>The position of a list letter in the Vietnamese alphabet (a = 1, đ = 5), or 0 for f, j, w, z.</summary>
    public static int LetterOrdinal(char letter) => VietnameseLetters.IndexOf(char.ToLowerInvariant(letter)) + 1;

    private static int OrdinalOf(string value) =>
        int.TryParse(value, out var n) ? n : RomanNumeral.Parse(value) is > 0 and var r ? r : value[0] - 'A' + 1;

    private static int LastNumber(string dotted) => int.Parse(dotted[(dotted.LastIndexOf('.') + 1)..]);

    private static string Rest(string t, Match m) => t[m.Length..];
}
