using System.Text;

namespace CommuneDocs.Text;

/// <summary>
/// The Vietnamese letters as base vowel × tone, by table: composes a letter written as base + combining marks
/// (PDF text, legacy encodings) into its precomposed form and splits a letter into vowel and tone. It does not rely
/// on <see cref="string.Normalize()"/>, which does nothing for non-ASCII text under invariant globalization.
/// </summary>
internal static class VietnameseLetters
{
    /// <summary>The tone marks in table order: none, huyền, sắc, hỏi, ngã, nặng.</summary>
    private const string Tones = "\0\u0300\u0301\u0309\u0303\u0323";

    // Each row: the vowel, then the vowel with huyền, sắc, hỏi, ngã, nặng.
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    // Vowel + modifier (breve, circumflex, horn) -> modified vowel; d/D + stroke -> đ/Đ.
    private static readonly Dictionary<(char, char), char> Modified = new()
    {
        [('a', '\u0306')] = 'ă', [('a', '\u0302')] = 'â', [('e', '\u0302')] = 'ê', [('o', '\u0302')] = 'ô', [('o', '\u031B')] = 'ơ', [('u', '\u031B')] = 'ư',
        [('A', '\u0306')] = 'Ă', [('A', '\u0302')] = 'Â', [('E', '\u0302')] = 'Ê', [('O', '\u0302')] = 'Ô', [('O', '\u031B')] = 'Ơ', [('U', '\u031B')] = 'Ư',
        [('d', '\u0335')] = 'đ', [('D', '\u0335')] = 'Đ',
    };

    private static readonly Dictionary<char, (char Vowel, int Tone)> Split = BuildSplit();

    private static Dictionary<char, (char, int)> BuildSplit()
    {
        var map = new Dictionary<char, (char, int)>();
        foreach (var row in Rows)
        {
            for (var t = 0; t < row.Length; t++) map[row[t]] = (row[0], t);
        }
        return map;
    }

    /// <summary>The letter's vowel without its tone and the tone (0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng); other characters come back with tone 0.</summary>
    public static (char Letter, int Tone) SplitTone(char c) => Split.TryGetValue(c, out var v) ? v : (c, 0);

    /// <summary>True for a combining mark Vietnamese uses (tones, breve, circumflex, horn, stroke).</summary>
    public static bool IsMark(char c) => Tones.IndexOf(c, 1) > 0 || c is '\u0306' or '\u0302' or '\u031B' or '\u0335';

    /// <summary>Composes every base letter followed by Vietnamese combining marks (in any order) into one precomposed letter.</summary>
    public static string Compose(string text)
    {
        if (!text.Any(IsMark)) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            if (IsMark(c) || i >= text.Length || !IsMark(text[i]))
            {
                sb.Append(c);
                continue;
            }
            var (letter, tone) = SplitTone(c);
            var leftover = new StringBuilder();
            while (i < text.Length && IsMark(text[i]))
            {
                var m = text[i++];
                var t = Tones.IndexOf(m, 1);
                if (t > 0 && tone == 0) tone = t;
                else if (t < 0 && Modified.TryGetValue((letter, m), out var mod)) letter = mod;
                else leftover.Append(m);
            }
            sb.Append(WithTone(letter, tone, leftover));
            sb.Append(leftover);
        }
        return sb.ToString();
    }

    private static char WithTone(char vowel, int tone, StringBuilder leftover)
    {
        if (tone == 0) return vowel;
        foreach (var row in Rows)
        {
            if (row[0] == vowel) return row[tone];
        }
        leftover.Insert(0, Tones[tone]);
        return vowel;
    }
}
