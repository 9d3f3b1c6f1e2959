using System.Text.RegularExpressions;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// How a body's name is written in the output, wherever it was read (the header's issuer, a cited document's issuer):
/// in full, in sentence case with its place in title case, and the national organisations' names with their capitals.
/// </summary>
internal static partial class BodyNames
{
    /// <summary>The national bodies whose names keep capitals inside them (Luật Mặt trận Tổ quốc Việt Nam, and so on).</summary>
    private static readonly string[] ProperNames = ["Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Việt Nam", "Hồ Chí Minh", "Cộng sản", "Quốc hội", "Chính phủ"];

    /// <summary>
    /// A body's name written in full and in sentence case with its place name in title case:
    /// "ỦY BAN NHÂN DÂN XÃ CẨM GIANG" or "UBND xã Cẩm Giang" → "Ủy ban nhân dân xã Cẩm Giang" (UBND, HĐND and MTTQ written in
    /// full wherever they stand: "Chủ tịch UBND tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh");
    /// "ĐẢNG ỦY PHƯỜNG HÒA BÌNH" → "Đảng ủy phường Hòa Bình"; "ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH" → "Ủy ban Mặt trận Tổ quốc Việt Nam xã An Bình".
    /// </summary>
    public static string Write(string name)
    {
        var n = VietnameseText.CollapseSpaces(name);
        var m = BodyLevelPlace().Match(n);
        if (!m.Success) return Body(n);
        var body = Body(m.Groups["body"].Value);
        var place = m.Groups["name"].Value;
        if (VietnameseText.IsUpperCase(place)) place = VietnameseText.TitleCase(place);
        var level = m.Groups["level"].Value.ToLowerInvariant();
        return body.Length == 0 ? $"{VietnameseText.SentenceCase(level)} {place}" : $"{body} {level} {place}";
    }

    /// <summary>The body's own name, before its level and place: sentence case when written in capitals, abbreviations in full.</summary>
    private static string Body(string body)
    {
        var upper = VietnameseText.IsUpperCase(body);
        var b = upper ? VietnameseText.SentenceCase(body) : body;
        b = Ubnd().Replace(b, "Ủy ban nhân dân");
        b = Hdnd().Replace(b, "Hội đồng nhân dân");
        b = Mttq().Replace(b, "Mặt trận Tổ quốc Việt Nam");
        b = WholePeoplesCommittee().Replace(b, "Ủy ban nhân dân");
        return upper ? Capitals(b) : b;
    }

    /// <summary>A sentence-cased name with its agency capitals and the national bodies' names as the law writes them.</summary>
    private static string Capitals(string sentenceCased)
    {
        var name = AgencyCase(sentenceCased);
        foreach (var proper in ProperNames)
        {
            var at = name.IndexOf(proper, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) name = name[..at] + proper + name[(at + proper.Length)..];
        }
        return name;
    }

    /// <summary>
    /// The capitals of an agency's name (Nghị định 30/2020/NĐ-CP, Phụ lục II: the word for the kind of body and the
    /// first word of each field it works in): "Sở nội vụ" → "Sở Nội vụ", "Sở giáo dục và đào tạo" → "Sở Giáo dục và Đào tạo".
    /// </summary>
    private static string AgencyCase(string sentenceCased)
    {
        var kind = AgencyKind().Match(sentenceCased);
        if (!kind.Success) return sentenceCased;
        var chars = sentenceCased.ToCharArray();
        chars[kind.Length] = char.ToUpperInvariant(chars[kind.Length]);
        foreach (Match field in FieldStart().Matches(sentenceCased, kind.Length))
        {
            chars[field.Index + field.Length] = char.ToUpperInvariant(chars[field.Index + field.Length]);
        }
        return new string(chars);
    }

    /// <summary>"UBND", also sentence-cased from a name in capitals ("Ubnd").</summary>
    [GeneratedRegex(@"(?<![\p{L}])UBND(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ubnd();

    [GeneratedRegex(@"(?<![\p{L}])HĐND(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Hdnd();

    /// <summary>"MTTQ", "MTTQVN", "MTTQ VN", "MTTQ Việt Nam": the Fatherland Front, whose name ends in "Việt Nam".</summary>
    [GeneratedRegex(@"(?<![\p{L}])MTTQ(?:\s*VN|\s+Việt\s+Nam)?(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Mttq();

    /// <summary>A body, its administrative level and its place: "Ủy ban nhân dân" "xã" "Cẩm Giang".</summary>
    [GeneratedRegex(@"^(?<body>.*?)\s*(?<![\p{L}])(?<level>xã|phường|đặc khu|thị trấn|huyện|tỉnh|thành phố|quận|thị xã)\s+(?<name>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyLevelPlace();

    /// <summary>A body name that is only "Ủy ban nhân dân", in either tone placement or case of its first letter.</summary>
    [GeneratedRegex(@"^(?:Uỷ|Ủy|uỷ|ủy) ban nhân dân$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WholePeoplesCommittee();

    /// <summary>The word for an agency's kind, in sentence case, and the space after it ("Sở ", "Chi cục ").</summary>
    [GeneratedRegex(@"^(?:Sở|Bộ|Phòng|Ban|Cục|Chi cục|Tổng cục|Vụ|Viện|Trung tâm|Văn phòng|Thanh tra|Kho bạc) (?=\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyKind();

    /// <summary>Where a further field of an agency's name starts: after "và", a comma or a dash.</summary>
    [GeneratedRegex(@"(?: và |, | - )(?=\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex FieldStart();
}
