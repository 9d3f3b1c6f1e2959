using System.Text.RegularExpressions;

namespace CommuneDocs.Semantics;

/// <summary>
/// The issuer of a cited document, from the words after "của" ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng
/// Chính phủ phê duyệt Đề án …"): where the body's name ends is read from the kind of body it is, since the sentence
/// goes on without punctuation ("của Chính phủ sửa đổi, bổ sung …", "của Ủy ban nhân dân thành phố để tuyên truyền").
/// </summary>
internal static partial class CitedIssuer
{
    private const int MaxLength = 120;

    /// <summary>Central bodies whose name is whole without a place: the name ends with them.</summary>
    [GeneratedRegex(@"^(?:Thủ tướng Chính phủ|Văn phòng Chính phủ|Chính phủ|(?:Ủy|Uỷ) ban Thường vụ Quốc hội|Văn phòng Quốc hội|Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Chủ tịch nước|Kiểm toán [Nn]hà nước)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CentralBody();

    /// <summary>
    /// A local body, or its head, with its level and place: the name ends after the place's capitalised words
    /// ("Chủ tịch UBND tỉnh Khánh Hòa về việc …", "Ủy ban nhân dân thành phố để …").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Chủ tịch|Phó Chủ tịch|Thường trực)\s+)?(?:(?:Ủy|Uỷ|ủy|uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?:\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})?)?(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex LocalBody();

    /// <summary>
    /// A body named after its field ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và
    /// chuyển đổi số"): its "về …" belongs to the name only when the sentence then goes on to the document's own subject or
    /// action (a second "về", "thực hiện", "ban hành" …); otherwise "về …" ("về việc …" always) is the subject of the cited
    /// document.
    /// </summary>
    [GeneratedRegex(@"^(?<head>(?:Ban [Cc]hỉ đạo|Tổ [Cc]ông tác|Hội đồng|Tiểu ban)(?:(?!\s+về\s)[^;.(:,])*?)\s+về\s+(?!việc\s)(?<field>[^;.(:]+?)(?=\s+(?:về|v/v|thực hiện|ban hành|phê duyệt|triển khai|hướng dẫn)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex BodyWithField();

    /// <summary>Any other body: its name runs to the first word that starts what the document does, or to punctuation.</summary>
    [GeneratedRegex(@"^(?<issuer>.+?)(?=\s+(?:về|v/v|phê duyệt|ban hành|quy định|hướng dẫn|thực hiện|triển khai|tại|đã|năm|giai đoạn)(?![\p{L}])|[;,.(:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UpToAction();

    /// <summary>The issuer named at the start of <paramref name="words"/> (the text right after "của"), written as <see cref="BodyNames.Write"/> writes a body; null when none is.</summary>
    public static string? Read(string words)
    {
        var text = words.TrimStart();
        string? name = null;
        if (CentralBody().Match(text) is { Success: true } central) name = central.Value;
        else if (LocalBody().Match(text) is { Success: true } local) name = local.Value;
        else if (BodyWithField().Match(text) is { Success: true, Length: <= MaxLength } named) name = named.Value;
        else if (UpToAction().Match(text) is { Success: true } other) name = other.Groups["issuer"].Value;
        name = name?.Trim();
        return string.IsNullOrEmpty(name) || name.Length >= MaxLength ? null : BodyNames.Write(name);
    }
}
