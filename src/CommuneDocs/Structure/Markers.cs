using System.Text.RegularExpressions;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>
/// Recognisers for the fixed parts of an administrative document's layout (thể thức), Nghị định 30/2020/NĐ-CP,
/// Điều 8 and Phụ lục I: quốc hiệu and tiêu ngữ, số và ký hiệu, địa danh và thời gian, tên loại, nơi nhận, chữ ký.
/// Tests run on folded text (no diacritics, lower case) so tone placement and legacy spellings do not matter.
/// </summary>
internal static partial class Markers
{
    private static readonly (string Folded, Model.DocumentKind Kind)[] KindWords =
    [
        ("ke hoach", Model.DocumentKind.Plan),
        ("quyet dinh", Model.DocumentKind.Decision),
        ("bao cao", Model.DocumentKind.Report),
        ("cong van", Model.DocumentKind.Letter),
        ("thong bao", Model.DocumentKind.Other),
        ("to trinh", Model.DocumentKind.Other),
        ("chi thi", Model.DocumentKind.Other),
        ("nghi quyet", Model.DocumentKind.Other),
        ("chuong trinh", Model.DocumentKind.Other),
        ("de an", Model.DocumentKind.Other),
        ("huong dan", Model.DocumentKind.Other),
        ("quy che", Model.DocumentKind.Other),
        ("quy dinh", Model.DocumentKind.Other),
    ];

    /// <summary>Quốc hiệu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (Điều 8, khoản 1).</summary>
    public static bool IsNationalTitle(string folded) => folded.Contains("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal);

    /// <summary>Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc" (Điều 8, khoản 1).</summary>
    public static bool IsMotto(string folded) => folded.Contains("doc lap", StringComparison.Ordinal) && folded.Contains("hanh phuc", StringComparison.Ordinal);

    /// <summary>Decorative rules under the header lines ("-----", "___").</summary>
    public static bool IsRule(string text) => text.Trim().Length > 0 && text.Trim().All(c => c is '-' or '_' or '–' or '—' or '=' or '*' or '.' or ' ');

    [GeneratedRegex(@"^\s*S[ốô]\s*[:.]?\s*(?<number>[0-9]*)\s*/\s*(?<symbol>[\p{L}0-9][\p{L}0-9\-–/ .]*?)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex NumberLine();

    /// <summary>"Số: 01/KH-UBND" inside a line that also holds the other column's text: the symbol is one word.</summary>
    [GeneratedRegex(@"(?:^|\s)S[ốô]\s*[:.]\s*(?<number>[0-9]*)\s*/\s*(?<symbol>[\p{Lu}0-9][\p{L}0-9\-–/.]*)", RegexOptions.CultureInvariant)]
    public static partial Regex NumberInLine();

    /// <summary>"Số:" (or "Số: 12") without its symbol: the number line of a header whose columns were read line by line across.</summary>
    [GeneratedRegex(@"^\s*S[ốô]\s*[:.]?\s*[0-9]*\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex NumberLabel();

    /// <summary>"/KH-UBND" (or "12/KH-UBND", "218/2025/QĐ-UBND") on a line of its own: the rest of a number line read apart from its "Số:".</summary>
    [GeneratedRegex(@"^\s*[0-9]*\s*/\s*(?:[0-9]{4}\s*/\s*)?\p{Lu}[\p{L}0-9\-–/ .]*$", RegexOptions.CultureInvariant)]
    public static partial Regex SymbolFragment();

    // "<địa danh>, ngày 26 tháng 8 năm 2025" (Điều 8, khoản 4), with day or month possibly left blank, or "ngày 26/8/2025".
    [GeneratedRegex(@"^\s*(?<place>[\p{L}][\p{L} .'\-]{0,60}?)\s*,\s*ngày\s*(?:(?<day>[0-9]{0,2})[\s./]*tháng\s*(?<month>[0-9]{0,2})[\s./]*năm\s*(?<year>[0-9]{4})|(?<day>[0-9]{1,2})\s*/\s*(?<month>[0-9]{1,2})\s*/\s*(?<year>[0-9]{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex PlaceDateLine();

    /// <summary>The document kind a kind heading names ("KẾ HOẠCH" alone on its line), or null.</summary>
    public static Model.DocumentKind? KindHeading(string text)
    {
        var first = text.Split('\n')[0].Trim().TrimEnd(':').Trim();
        if (!VietnameseText.IsUpperCase(first, 4)) return null;
        var folded = VietnameseText.Fold(first);
        foreach (var (word, kind) in KindWords)
        {
            if (folded == word) return kind;
        }
        return null;
    }

    /// <summary>An upper-case line that starts with a kind word and goes on ("KẾ HOẠCH CẢI CÁCH ..."): the title of an attached document.</summary>
    public static Model.DocumentKind? KindTitle(string text)
    {
        var t = text.Trim();
        if (!VietnameseText.IsUpperCase(t, 8)) return null;
        var folded = VietnameseText.Fold(t);
        foreach (var (word, kind) in KindWords)
        {
            if (folded.StartsWith(word + " ", StringComparison.Ordinal)) return kind;
        }
        return null;
    }

    /// <summary>"Nơi nhận:" (Điều 8, khoản 9), also typed "Noi nhận".</summary>
    public static bool IsRecipientsHeading(string folded) => folded.StartsWith("noi nhan", StringComparison.Ordinal);

    [GeneratedRegex(@"^(TM|KT|Q|TL|TUQ)\s*\.\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityPattern();

    /// <summary>A signing-authority line: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (Điều 8, khoản 7, điểm a).</summary>
    public static bool IsAuthorityLine(string text) => AuthorityPattern().IsMatch(text.TrimStart());

    private static readonly string[] PositionWords =
        ["chu tich", "pho chu tich", "truong phong", "pho truong phong", "giam doc", "pho giam doc", "truong ban", "pho truong ban",
         "chanh van phong", "pho chanh van phong", "bi thu", "pho bi thu", "truong", "pho truong", "thu truong", "bo truong", "uy vien"];

    /// <summary>An upper-case position line of a signature block ("PHÓ CHỦ TỊCH").</summary>
    public static bool IsPositionLine(string text)
    {
        var t = text.Trim();
        if (!VietnameseText.IsUpperCase(t, 4) || t.Length > 60) return false;
        var folded = VietnameseText.Fold(t);
        return PositionWords.Any(p => folded == p || folded.StartsWith(p + " ", StringComparison.Ordinal));
    }

    /// <summary>"Phụ lục", "PHỤ LỤC I", "Phụ lục số 02": the start of an appendix.</summary>
    public static bool IsAppendixHeading(string text)
    {
        var folded = VietnameseText.Fold(text.Trim());
        if (!folded.StartsWith("phu luc", StringComparison.Ordinal)) return false;
        var rest = folded["phu luc".Length..].Trim(' ', '.', ':');
        return rest.Length <= 12 || VietnameseText.IsUpperCase(text, 6);
    }

    /// <summary>"(Kèm theo Kế hoạch số ...)", "(Ban hành kèm theo Quyết định số ...)".</summary>
    public static bool IsAttachmentNote(string folded) =>
        folded.TrimStart('(', '*', ' ').StartsWith("kem theo", StringComparison.Ordinal)
        || folded.TrimStart('(', '*', ' ').StartsWith("ban hanh kem theo", StringComparison.Ordinal);

    private static readonly string[] ClosingStarts =
        ["tren day la", "tren day ", "yeu cau cac co quan", "yeu cau cac phong", "yeu cau thu truong", "trong qua trinh thuc hien, neu",
         "trong qua trinh thuc hien neu", "trong qua trinh trien khai thuc hien, neu", "qua trinh thuc hien, neu"];

    /// <summary>An unnumbered closing paragraph after the last part ("Trên đây là Kế hoạch ...").</summary>
    public static bool IsClosingParagraph(string folded) => ClosingStarts.Any(s => folded.StartsWith(s, StringComparison.Ordinal));

    private static readonly string[] PreambleStarts =
        ["can cu", "thuc hien", "theo de nghi", "xet de nghi", "xet ", "de trien khai", "nham ", "trien khai", "tren co so", "kinh gui", "de ", "ubnd", "uy ban"];

    /// <summary>A paragraph that opens the preamble (căn cứ ban hành, Điều 8, khoản 6).</summary>
    public static bool IsPreambleStart(string folded) => PreambleStarts.Any(s => folded.StartsWith(s, StringComparison.Ordinal));

    /// <summary>A top-level part heading: a Roman numeral, "Phần", "Chương", "Điều" or a capital letter.</summary>
    public static bool IsPartHeading(Line line) => line.Enumerator?.Style is EnumeratorStyle.Roman or EnumeratorStyle.Part
        or EnumeratorStyle.Chapter or EnumeratorStyle.Article or EnumeratorStyle.UpperLetter;

    /// <summary>
    /// A stamp on the first page, not part of any zone's text: "DỰ THẢO" (a draft, "Dự thảo lần 2"), the secrecy and
    /// urgency marks (dấu chỉ độ mật, độ khẩn, Nghị định 30/2020/NĐ-CP, Điều 15 and Phụ lục I).
    /// </summary>
    public static bool IsStamp(string folded) => Stamp().IsMatch(folded);

    [GeneratedRegex(@"^[(\[*\s]*(?:du thao|toi mat|tuyet mat|mat|thuong khan|khan|hoa toc(?: hen gio)?)(?:\s*(?:lan|l)\s*\d+)?[)\]*.\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    /// <summary>
    /// The caption under a signature's title in a form ("(ký tên)", "(Ký và ghi rõ họ tên)", "(ký, đóng dấu)"): the
    /// table that holds it lays out signatures (Nghị định 30/2020/NĐ-CP, Điều 8, khoản 7).
    /// </summary>
    public static bool IsSignatureCaption(string folded) => SignatureCaption().IsMatch(folded);

    [GeneratedRegex(@"\(\s*ky(?:\s+ten|\s*,|\s+va\s+ghi|\s+ghi|\s*\))", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureCaption();
}
