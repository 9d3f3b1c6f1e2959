using System.Text;

namespace CommuneDocs.Text;

/// <summary>The pre-Unicode Vietnamese font encodings still met in PDFs made from old Word files.</summary>
internal enum LegacyEncoding
{
    /// <summary>Not a legacy encoding: the text is taken as it is.</summary>
    None,
    /// <summary>TCVN 5712:1993 (TCVN3, "ABC"): one byte per letter, fonts named ".VnTime", ".VnArial"; ".VnTimeH" etc. show capitals.</summary>
    Tcvn3,
    /// <summary>TCVN3 in a capitals font (".VnTimeH"): the lower-case codes draw capital letters.</summary>
    Tcvn3Capitals,
    /// <summary>VNI Windows: a base letter followed by a separate diacritic character, fonts named "VNI-Times" etc.</summary>
    Vni,
}

/// <summary>
/// Converts text drawn with TCVN3 (.Vn fonts) or VNI fonts, which PDF extractors report as Windows-1252 letters
/// ("Céng hoµ" for "Cộng hoà"), to Unicode NFC. Pure mapping tables, no I/O.
/// </summary>
internal static class LegacyVietnameseEncoding
{
    /// <summary>The encoding a font's name implies: ".VnTime" is TCVN3 (".VnTimeH" its capitals), "VNI-Times" is VNI.</summary>
    public static LegacyEncoding FromFontName(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName)) return LegacyEncoding.None;
        var name = fontName;
        var plus = name.IndexOf('+');
        if (plus is > 0 and <= 7) name = name[(plus + 1)..];
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Vn", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]) && !name.StartsWith("VNI", StringComparison.OrdinalIgnoreCase))
        {
            var family = name.Split(',', '-')[0];
            return family.Length > 1 && family[^1] == 'H' ? LegacyEncoding.Tcvn3Capitals : LegacyEncoding.Tcvn3;
        }
        return name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI_", StringComparison.OrdinalIgnoreCase)
            ? LegacyEncoding.Vni
            : LegacyEncoding.None;
    }

    /// <summary>Converts <paramref name="text"/> from <paramref name="encoding"/> to Unicode NFC.</summary>
    public static string Decode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => DecodeTcvn3(text, capitals: false),
        LegacyEncoding.Tcvn3Capitals => DecodeTcvn3(text, capitals: true),
        LegacyEncoding.Vni => DecodeVni(text),
        _ => text,
    };

    // TCVN 5712:1993, VN3 (the "ABC" font set): byte -> letter. Lower-case letters and the seven capitals of the base set.
    private static readonly Dictionary<char, char> Tcvn3 = BuildTcvn3();

    private static Dictionary<char, char> BuildTcvn3()
    {
        // Pairs of (code, letter); the code is the Windows-1252 / Latin-1 character a PDF reports for the byte.
        const string pairs =
            "\u00B8á\u00B5à\u00B6ả\u00B7ã\u00B9ạ" +
            "\u00A8ă\u00BEắ\u00BBằ\u00BCẳ\u00BDẵ\u00C6ặ" +
            "\u00A9â\u00CAấ\u00C7ầ\u00C8ẩ\u00C9ẫ\u00CBậ" +
            "\u00AEđ" +
            "\u00D0é\u00CCè\u00CEẻ\u00CFẽ\u00D1ẹ" +
            "\u00AAê\u00D5ế\u00D2ề\u00D3ể\u00D4ễ\u00D6ệ" +
            "\u00DDí\u00D7ì\u00D8ỉ\u00DCĩ\u00DEị" +
            "\u00E3ó\u00DFò\u00E1ỏ\u00E2õ\u00E4ọ" +
            "\u00ABô\u00E8ố\u00E5ồ\u00E6ổ\u00E7ỗ\u00E9ộ" +
            "\u00ACơ\u00EDớ\u00EAờ\u00EBở\u00ECỡ\u00EEợ" +
            "\u00F3ú\u00EFù\u00F1ủ\u00F2ũ\u00F4ụ" +
            "\u00ADư\u00F8ứ\u00F5ừ\u00F6ử\u00F7ữ\u00F9ự" +
            "\u00FDý\u00FAỳ\u00FBỷ\u00FCỹ\u00FEỵ" +
            "\u00A1Ă\u00A2Â\u00A3Ê\u00A4Ô\u00A5Ơ\u00A6Ư\u00A7Đ";
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2) map[pairs[i]] = pairs[i + 1];
        return map;
    }

    private static string DecodeTcvn3(string text, bool capitals)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var u = Tcvn3.TryGetValue(c, out var v) ? v : c;
            sb.Append(capitals ? char.ToUpperInvariant(u) : u);
        }
        return VietnameseText.ToNfc(sb.ToString());
    }

    // VNI Windows: the diacritic follows its base letter as a character of its own. Tone marks:
    // ù sắc, ø huyền, û hỏi, õ ngã, ï nặng; â circumflex (with tone: á ấ, à ầ, å ẩ, ã ẫ, ä ậ);
    // ê breve (é ắ, è ằ, ú ẳ, ü ẵ, ë ặ); ô is ơ and ö is ư; ñ is đ; í ì æ ó ò are í ì ỉ ĩ ị; î is ỵ. Capitals alike.
    private const string Acute = "\u0301", Grave = "\u0300", Hook = "\u0309", Tilde = "\u0303", Dot = "\u0323";
    private const string Circumflex = "\u0302", Breve = "\u0306", Horn = "\u031B";

    private static readonly Dictionary<char, string> VniMarks = new()
    {
        ['ù'] = Acute, ['ø'] = Grave, ['û'] = Hook, ['õ'] = Tilde, ['ï'] = Dot,
        ['â'] = Circumflex, ['á'] = Circumflex + Acute, ['à'] = Circumflex + Grave, ['å'] = Circumflex + Hook, ['ã'] = Circumflex + Tilde, ['ä'] = Circumflex + Dot,
        ['ê'] = Breve, ['é'] = Breve + Acute, ['è'] = Breve + Grave, ['ú'] = Breve + Hook, ['ü'] = Breve + Tilde, ['ë'] = Breve + Dot,
    };

    private static readonly Dictionary<char, string> VniLetters = new()
    {
        ['ô'] = "o" + Horn, ['ö'] = "u" + Horn, ['ñ'] = "đ",
        ['í'] = "i" + Acute, ['ì'] = "i" + Grave, ['æ'] = "i" + Hook, ['ó'] = "i" + Tilde, ['ò'] = "i" + Dot, ['î'] = "y" + Dot,
    };

    private static string DecodeVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var upper = c != lower;
            var previousIsBase = i > 0 && IsVniBase(text[i - 1]);
            if (previousIsBase && VniMarks.TryGetValue(lower, out var marks))
            {
                // A diacritic character after a base letter (a vowel, or a letter the previous one made, like ô/ö).
                sb.Append(marks);
                continue;
            }
            if (VniLetters.TryGetValue(lower, out var letter))
            {
                sb.Append(upper ? letter.ToUpperInvariant() : letter);
                continue;
            }
            sb.Append(c);
        }
        return VietnameseText.ToNfc(sb.ToString());
    }

    private static bool IsVniBase(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'o' or 'u' or 'y' or 'i' or 'ô' or 'ö';
}
