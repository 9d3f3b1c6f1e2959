using System.Text.RegularExpressions;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// The issuing body from the header block (Nghị định 30/2020/NĐ-CP, Điều 8, khoản 3, and Phụ lục I): the upper-case
/// lines of the left column, the parent body (tên cơ quan chủ quản) above the issuing body, on as many lines as they
/// take. Never the quốc hiệu or tiêu ngữ, even when a layout breaks them into pieces ("CHỦ NGHĨA VIỆT NAM"), never a
/// stamp ("DỰ THẢO", "MẬT", "KHẨN"). A line that names a body of its own starts the issuer again ("UBND TỈNH X" /
/// "SỞ NỘI VỤ" is the Sở); an organ of the body above it ("ỦY BAN MTTQ VIỆT NAM XÃ X" / "BAN THƯỜNG TRỰC", "ỦY BAN BẦU
/// CỬ XÃ X" / "TIỂU BAN ...") is that organ of that body.
/// </summary>
internal static partial class HeaderIssuer
{
    private const string NationalTitle = "cong hoa xa hoi chu nghia viet nam";
    private const string Motto = "doc lap tu do hanh phuc";

    public static string? Read(IEnumerable<Line> header)
    {
        var bodies = new List<List<string>>();
        foreach (var t in header.Where(l => l.Enumerator is null).SelectMany(l => l.Text.Split('\n')).Select(t => LeftColumn(t.Trim())))
        {
            if (!IsIssuerLine(t)) continue;
            var part = t.Trim('-', '_', ' ');
            if (bodies.Count == 0 || BodyStart().IsMatch(part)) bodies.Add([]);
            bodies[^1].Add(part);
        }
        if (bodies.Count == 0) return null;
        var issuer = string.Join(" ", bodies[^1]);
        if (bodies.Count > 1 && OrganStart().IsMatch(issuer) && !NamesAPlace(issuer))
        {
            return BodyNames.Write(issuer) + " " + BodyNames.Write(LastCommittee(string.Join(" ", bodies[^2])));
        }
        return BodyNames.Write(LastCommittee(issuer));
    }

    /// <summary>
    /// The issuer's column of a line that two columns were read into ("ỦY BAN BẦU CỬ XÃ X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    /// NAM"): what stands before the quốc hiệu or the tiêu ngữ.
    /// </summary>
    private static string LeftColumn(string line)
    {
        var at = NationalTitleOrMotto().Match(line);
        return at.Success && at.Index > 0 ? line[..at.Index].Trim() : line;
    }

    [GeneratedRegex(@"(?:CỘNG\s+HÒA|CỘNG\s+HOÀ)\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex NationalTitleOrMotto();

    /// <summary>Both bodies on one line ("UBND TỈNH X UBND HUYỆN Y"): the issuer is the last people's committee named.</summary>
    private static string LastCommittee(string joined)
    {
        var lastBody = PeoplesCommittee().Matches(joined).LastOrDefault();
        return lastBody is null ? joined : joined[lastBody.Index..];
    }

    /// <summary>An upper-case line of the issuer's column: not the quốc hiệu or tiêu ngữ (whole or a piece), a number, a date or a stamp.</summary>
    private static bool IsIssuerLine(string t)
    {
        var f = VietnameseText.Fold(t);
        if (t.Length == 0 || Markers.IsRule(t) || IsPieceOf(f, NationalTitle) || IsPieceOf(f, Motto) || Markers.IsNationalTitle(f) || Markers.IsMotto(f)) return false;
        if (Markers.NumberLine().IsMatch(t) || Markers.SymbolFragment().IsMatch(t) || Markers.NumberLabel().IsMatch(t) || Markers.PlaceDateLine().IsMatch(t)
            || f.StartsWith("v/v", StringComparison.Ordinal) || Markers.IsStamp(f) || IsTemplateBlank(t, f)) return false;
        return VietnameseText.IsUpperCase(t, 2);
    }

    /// <summary>
    /// A form template's blank for the issuer ("TÊN CƠ QUAN CHỦ QUẢN(1)", "UBND XÃ ……(2)"): the template names no body.
    /// </summary>
    private static bool IsTemplateBlank(string t, string folded) =>
        folded.StartsWith("ten co quan", StringComparison.Ordinal) || folded.StartsWith("ten to chuc", StringComparison.Ordinal)
        || t.Contains('…') || t.Contains("...", StringComparison.Ordinal) || NoteMark().IsMatch(t);

    /// <summary>"(1)", "(3)": the number of a template's note on how to fill a blank.</summary>
    [GeneratedRegex(@"\(\d{1,2}\)", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMark();

    /// <summary>
    /// A piece of a fixed phrase, as a layout breaks it ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"): two words or more of
    /// it in a row, or its last word alone.
    /// </summary>
    private static bool IsPieceOf(string folded, string phrase)
    {
        var words = Regex.Replace(folded, @"[^\p{L}\s]", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var joined = string.Join(' ', words);
        return (words.Length >= 2 || phrase.EndsWith(" " + joined, StringComparison.Ordinal)) && (" " + phrase + " ").Contains(" " + joined + " ", StringComparison.Ordinal);
    }

    private static bool NamesAPlace(string name) => LevelAndPlace().IsMatch(name);

    [GeneratedRegex(@"(?:Ủy|Uỷ|ủy|uỷ)\s+ban\s+nhân\s+dân|UBND", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeoplesCommittee();

    /// <summary>A line of the header that names a body of its own, not the level and place of the body above it.</summary>
    [GeneratedRegex(@"^(?:ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|PHÒNG|BAN|CỤC|CHI CỤC|TỔNG CỤC|VỤ|VIỆN|TRUNG TÂM|VĂN PHÒNG|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|CHI BỘ|CÔNG AN|BỘ CHỈ HUY|TRƯỜNG|BỆNH VIỆN|THANH TRA|KHO BẠC|MẶT TRẬN|ĐOÀN|HỘI|TIỂU BAN|THƯỜNG TRỰC|TỔ)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    /// <summary>An organ of a body rather than a body of its own: its standing committee, its executive, a sub-committee or team of it (a steering committee, "Ban Chỉ đạo ...", is a body of its own).</summary>
    [GeneratedRegex(@"^(?:BAN THƯỜNG TRỰC|THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|TIỂU BAN|TỔ)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex OrganStart();

    /// <summary>An administrative level followed by a place: the body it names has its own seat.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|HUYỆN|TỈNH|THÀNH PHỐ|QUẬN|THỊ XÃ)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex LevelAndPlace();
}
