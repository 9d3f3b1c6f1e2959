using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// Documents cited by number and symbol (số, ký hiệu as Nghị định 30/2020/NĐ-CP, Điều 8, khoản 3 writes them:
/// "1565/QĐ-TTg", "45/2020/NĐ-CP", party documents "02-KH/BCĐTW"), with the kind word before them, the date and
/// the issuer after them.
/// </summary>
internal static partial class ReferenceExtractor
{
    private const string Kinds = "Quyết định|Kế hoạch|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Chỉ thị|Công văn|Công điện|Luật|Văn bản hợp nhất|Văn bản|Thông báo|Hướng dẫn|Quy định|Chương trình|Đề án|Báo cáo|Tờ trình|Kết luận|Pháp lệnh|Hiến pháp";

    [GeneratedRegex(@"(?<![\p{L}0-9/])(?<number>\d{1,6}[a-z]?(?:/\d{4})?(?:-[\p{Lu}Đ]+)?/[\p{L}0-9Đđ&]+(?:\s?[-–]\s?[\p{L}0-9Đđ&]+)*(?:/[\p{L}0-9Đđ]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<kind>" + Kinds + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindPattern();

    [GeneratedRegex(@"\G\s*(?:,\s*)?ngày\s*(?<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\G\s*(?:,\s*)?của\s+(?<issuer>.+?)(?=\s+(?:về|v/v|phê duyệt|ban hành|quy định|hướng dẫn|thực hiện|triển khai|tại|đã|năm|giai đoạn)\s|[;,.(:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerAfter();

    public static ImmutableArray<LegalReference> Extract(StructuredDocument doc, string? ownNumber, string? ownSymbol)
    {
        var texts = doc.AllLines.Where(l => !Markers.IsAttachmentNote(l.Folded) && !Markers.NumberLine().IsMatch(l.Text)).Select(l => l.Text.Replace('\n', ' '))
            .Concat(doc.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells)));
        var found = new List<LegalReference>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in texts)
        {
            var text = VietnameseText.CollapseSpaces(raw);
            foreach (Match m in NumberPattern().Matches(text))
            {
                var number = DocumentNumber.Tighten(m.Groups["number"].Value);
                if (!number.Any(char.IsLetter) || IsDateLike(number)) continue;
                var key = VietnameseText.Fold(number);
                if (ownSymbol is not null && ownNumber is not null && key == VietnameseText.Fold(ownNumber + "/" + ownSymbol)) continue;
                var kind = KindBefore(text, m.Index);
                if (kind is null) continue;
                // Matched in place (\G) rather than on a copy of the rest: a long text has many numbers.
                var after = m.Index + m.Length;
                PartialDate? date = null;
                var dm = DateAfter().Match(text, after);
                if (dm.Success)
                {
                    date = Dates.ParseTime(dm.Groups["date"].Value);
                    after += dm.Length;
                }
                var im = IssuerAfter().Match(text, after);
                var issuer = im.Success && im.Groups["issuer"].Value.Length < 120 ? HeaderExtractor.WriteBodyName(im.Groups["issuer"].Value.Trim()) : null;
                if (index.TryGetValue(key, out var at))
                {
                    var known = found[at];
                    found[at] = known with { Date = known.Date ?? date, Issuer = known.Issuer ?? issuer };
                    continue;
                }
                index[key] = found.Count;
                found.Add(new LegalReference(kind, number, date, issuer));
            }
        }
        return [.. found];
    }

    /// <summary>The kind word nearest before the number, within the same clause ("Luật Giao dịch điện tử số 42/VBHN-VPQH").</summary>
    private static string? KindBefore(string text, int at)
    {
        var start = Math.Max(0, at - 80);
        var window = text[start..at];
        var cut = window.LastIndexOfAny([';', '(', ')']);
        if (cut >= 0) window = window[(cut + 1)..];
        var last = KindPattern().Matches(window).LastOrDefault();
        if (last is null) return null;
        var kind = last.Groups["kind"].Value;
        return char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant();
    }

    private static bool IsDateLike(string number) => DateLike().IsMatch(number);

    /// <summary>"18/7" or "18/7/2025": a date, not a document number.</summary>
    [GeneratedRegex(@"^\d{1,2}/\d{1,2}(/\d{4})?$")]
    private static partial Regex DateLike();
}
