namespace CommuneDocs.Text;

/// <summary>
/// The precomposed Vietnamese letters as (base letter, vowel mark, tone mark), so that folding and tone-placement
/// keys are cheap table look-ups that work without ICU (a process in globalization-invariant mode normalises nothing).
/// The one table of Vietnamese vowels and tone marks: <see cref="VietnameseText.ToneKey"/>, <see cref="VietnameseText.Fold"/>
/// and <see cref="ToneMarks.Place"/> all read it.
/// </summary>
internal static class VietnameseLetters
{
    public const char Grave = '\u0300';
    public const char Acute = '\u0301';
    public const char Hook = '\u0309';
    public const char Tilde = '\u0303';
    public const char Dot = '\u0323';
    public const char Circumflex = '\u0302';
    public const char Breve = '\u0306';
    public const char Horn = '\u031B';

    // Each row: the vowel without tone, then with huyền, sắc, hỏi, ngã, nặng.
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private static readonly char[] Tones = ['\0', Grave, Acute, Hook, Tilde, Dot];

    private static readonly Dictionary<char, (char Plain, char Base, char Mark, char Tone)> Decomposed = new();

    // The toneless vowels (the first column of Rows), and those of them with a vowel mark (ă â ê ô ơ ư).
    private static readonly System.Buffers.SearchValues<char> ToneTakingVowels =
        System.Buffers.SearchValues.Create(string.Concat(Rows.Select(r => r[0])));

    private static readonly System.Buffers.SearchValues<char> MarkedVowels =
        System.Buffers.SearchValues.Create(string.Concat(Rows.Select(r => r[0]).Where(v => VowelOf(v).Mark != '\0')));

    static VietnameseLetters()
    {
        foreach (var row in Rows)
        {
            var toneless = row[0];
            var (plain, mark) = VowelOf(toneless);
            for (var t = 0; t < 6; t++)
            {
                Decomposed[row[t]] = (toneless, plain, mark, Tones[t]);
            }
        }
        Decomposed['đ'] = ('đ', 'd', '\0', '\0');
        Decomposed['Đ'] = ('Đ', 'D', '\0', '\0');
    }

    private static (char Plain, char Mark) VowelOf(char v) => v switch
    {
        'ă' => ('a', Breve), 'â' => ('a', Circumflex), 'ê' => ('e', Circumflex), 'ô' => ('o', Circumflex), 'ơ' => ('o', Horn), 'ư' => ('u', Horn),
        'Ă' => ('A', Breve), 'Â' => ('A', Circumflex), 'Ê' => ('E', Circumflex), 'Ô' => ('O', Circumflex), 'Ơ' => ('O', Horn), 'Ư' => ('U', Horn),
        _ => (v, '\0'),
    };

    public static bool IsToneMark(char c) => c is Grave or Acute or Hook or Tilde or Dot;

    public static bool IsVowelMark(char c) => c is Circumflex or Breve or Horn;

    /// <summary>Whether <paramref name="c"/> is a Vietnamese vowel letter without a tone mark (a ă â e ê i o ô ơ u ư y, either case).</summary>
    public static bool IsTonelessVowel(char c) => ToneTakingVowels.Contains(c);

    /// <summary>Whether <paramref name="c"/> is a toneless vowel with a vowel mark (ă â ê ô ơ ư, either case): the vowels that take the tone first.</summary>
    public static bool IsMarkedVowel(char c) => MarkedVowels.Contains(c);

    /// <summary>The index of the first toneless vowel letter in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfTonelessVowel(ReadOnlySpan<char> text) => text.IndexOfAny(ToneTakingVowels);

    /// <summary>Splits a Vietnamese letter into its toneless letter ("ế" → "ê") and its tone mark ('\0' for none).</summary>
    public static bool TrySplit(char c, out char toneless, out char tone)
    {
        if (Decomposed.TryGetValue(c, out var d))
        {
            toneless = d.Plain;
            tone = d.Tone;
            return true;
        }
        toneless = c;
        tone = '\0';
        return false;
    }

    /// <summary>The bare Latin letter under any Vietnamese marks ("ệ" → 'e', "đ" → 'd').</summary>
    public static char Bare(char c) => Decomposed.TryGetValue(c, out var d) ? d.Base : c;
}
