using System.Buffers;
using System.Globalization;
using System.Text;

namespace CommuneDocs.Text;

/// <summary>Pure functions over Vietnamese text: normalisation at the edge, and keys for matching.</summary>
internal static class VietnameseText
{
    // What Clean replaces or drops; most text has none of them, and is then only composed.
    private static readonly System.Buffers.SearchValues<char> CleanedCharacters =
        System.Buffers.SearchValues.Create("\u00A0\u2007\u202F\u2002\u2003\u2009\u3000\u200B\u200C\u200D\uFEFF\u00AD\r");

    /// <summary>
    /// NFC, non-breaking and odd spaces to plain spaces, zero-width characters and soft hyphens removed.
    /// Keeps line breaks. This is what every reader applies to the text it emits.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(CleanedCharacters) < 0) return ToNfc(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009' or '\u3000':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return ToNfc(sb.ToString());
    }

    /// <summary>
    /// Unicode NFC ("e" + U+0302 + U+0301 → "ế") with the library's own tables, so it holds in a process that runs
    /// in globalization-invariant mode, where <see cref="string.Normalize()"/> changes nothing.
    /// </summary>
    public static string ToNfc(string text)
    {
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is >= '\u1100' and <= '\u11FF' || char.IsSurrogate(c))
            {
                return UnicodeNormalization.ToNfc(text);
            }
        }
        return text;
    }

    /// <summary>
    /// Whether a wrapped line and the next join without a space: after a hyphen glued to a word, the line broke inside a
    /// hyphenated word or symbol ("Nghị định số 52/2015/NĐ-" / "CP", "kinh tế-" / "xã hội"); Vietnamese does not
    /// hyphenate syllables, so nothing else breaks so. A dash with a space before it ("2022 -") keeps the space.
    /// </summary>
    public static bool JoinsWithoutSpace(ReadOnlySpan<char> line, ReadOnlySpan<char> next) =>
        line.Length >= 2 && line[^1] == '-' && char.IsLetterOrDigit(line[^2]) && next.Length > 0 && char.IsLetterOrDigit(next[0]);

    /// <summary>The lines of a wrapped paragraph as one text: a space between them except where <see cref="JoinsWithoutSpace"/>, white space collapsed.</summary>
    public static string JoinWrappedLines(IReadOnlyList<string> lines)
    {
        var glued = false;
        for (var i = 0; i + 1 < lines.Count && !glued; i++) glued = JoinsWithoutSpace(lines[i].AsSpan().TrimEnd(), lines[i + 1].AsSpan().TrimStart());
        if (!glued) return CollapseSpaces(string.Join(" ", lines));
        var sb = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            if (!JoinsWithoutSpace(lines[i - 1].AsSpan().TrimEnd(), lines[i].AsSpan().TrimStart())) sb.Append(' ');
            sb.Append(lines[i]);
        }
        return CollapseSpaces(sb.ToString());
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string CollapseSpaces(string text)
    {
        if (IsCollapsed(text)) return text;
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>No white space at either end, none but single spaces inside: what <see cref="CollapseSpaces"/> would return unchanged.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (IsWhiteSpace(text[0]) || IsWhiteSpace(text[^1])) return false;
        var span = text.AsSpan();
        return !span.Contains("  ", StringComparison.Ordinal) && span.IndexOfAny(WhiteSpaceButSpace) < 0;
    }

    // Every character char.IsWhiteSpace accepts but the plain space, for the vectorised search above.
    private static readonly SearchValues<char> WhiteSpaceButSpace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without its Unicode look-up for the letters between U+0100 and
    /// U+167F and between U+1681 and U+1FFF (Vietnamese's ă, đ, ơ, ư and its precomposed letters among them), where
    /// there is no white space: text is scanned for spaces on every line many times.
    /// </summary>
    internal static bool IsWhiteSpace(char c) => c <= 0xFF ? char.IsWhiteSpace(c) : c == 0x1680 || (c >= 0x2000 && char.IsWhiteSpace(c));

    /// <summary>
    /// A key for placement-insensitive matching: lower case, whitespace collapsed, and each syllable's tone mark
    /// moved after its letters, so "hoà" and "hòa", "uỷ" and "ủy" give the same key.
    /// </summary>
    /// <remarks>
    /// Equal keys where <see cref="ToneMarks.Place"/> gives equal words (a test holds the two together), but not built
    /// on it: callers compare prefixes of keys (a task against a table row, the first 40 characters), and tones moved
    /// after their letters keep those prefixes what they are; it is also one table look-up a character on the parsing path.
    /// </remarks>
    public static string ToneKey(string text)
    {
        var t = CollapseSpaces(ToNfc(text)).ToLowerInvariant();
        var sb = new StringBuilder(t.Length + 8);
        var tone = '\0';
        foreach (var c in t)
        {
            if (c == ' ')
            {
                if (tone != '\0') sb.Append(tone);
                tone = '\0';
                sb.Append(c);
                continue;
            }
            if (VietnameseLetters.TrySplit(c, out var toneless, out var mark) && mark != '\0')
            {
                if (tone == '\0') tone = mark;
                sb.Append(toneless);
            }
            else
            {
                sb.Append(c);
            }
        }
        if (tone != '\0') sb.Append(tone);
        return sb.ToString();
    }

    /// <summary>Diacritics removed, đ to d, lower case, whitespace collapsed: "Dịch vụ công" becomes "dich vu cong".</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            var folded = c < FoldedChars.Length ? FoldedChars[c] : FoldChar(c);
            if (folded == '\0') continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(folded);
        }
        return sb.ToString();
    }

    // Fold's answer for every character below U+2000 (Latin, Vietnamese, combining marks), worked out once: the
    // per-character rules cost a dictionary lookup and a case mapping each, and Fold runs on every line many times.
    private static readonly char[] FoldedChars = FoldTable(0x2000);

    private static char[] FoldTable(int size)
    {
        var table = new char[size];
        for (var c = 0; c < size; c++) table[c] = FoldChar((char)c);
        return table;
    }

    /// <summary>The character <see cref="Fold"/> writes for <paramref name="c"/> (not white space), or '\0' for a mark it drops.</summary>
    private static char FoldChar(char c) =>
        VietnameseLetters.IsToneMark(c) || VietnameseLetters.IsVowelMark(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark
            ? '\0'
            : char.ToLowerInvariant(VietnameseLetters.Bare(FoldLatin(c)));

    /// <summary>Latin letters with marks that are not Vietnamese ("é" is, "ç" is not): to their bare letter where simple.</summary>
    private static char FoldLatin(char c) => c switch
    {
        'ç' => 'c', 'Ç' => 'C', 'ñ' => 'n', 'Ñ' => 'N', 'ü' or 'û' or 'ū' => 'u', 'ö' or 'ø' or 'ō' => 'o', 'ä' or 'å' or 'ā' => 'a', 'ë' or 'ē' => 'e', 'ï' or 'î' or 'ī' => 'i',
        _ => c,
    };

    /// <summary>True when every letter is upper case and there are at least <paramref name="minLetters"/> letters.</summary>
    public static bool IsUpperCase(string text, int minLetters = 2)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= minLetters;
    }

    /// <summary>Upper-cases the first letter only ("CHỦ TỊCH" to "Chủ tịch" is <see cref="SentenceCase"/>).</summary>
    public static string SentenceCase(string text)
    {
        var lower = text.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            if (char.IsLetter(lower[i])) return lower[..i] + char.ToUpperInvariant(lower[i]) + lower[(i + 1)..];
        }
        return lower;
    }

    /// <summary>Title case, each word's first letter upper ("CẨM GIANG" to "Cẩm Giang").</summary>
    public static string TitleCase(string text)
    {
        var words = CollapseSpaces(text).ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 0) words[i] = char.ToUpperInvariant(w[0]) + w[1..];
        }
        return string.Join(' ', words);
    }

    /// <summary>Trims white space and the punctuation that ends a clause or list item (; , . :) from the end.</summary>
    public static string TrimClauseEnd(string text)
    {
        var t = text.Trim();
        while (t.Length > 0 && (t[^1] is ';' or ',' or ':' or '.' || char.IsWhiteSpace(t[^1])))
        {
            // Keep "./." style endings out entirely; keep an abbreviation's dot? Clause ends are what we strip.
            t = t[..^1];
        }
        return t.TrimEnd();
    }
}
