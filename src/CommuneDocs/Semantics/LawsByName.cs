using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// Laws and codes cited by name alone, as preambles cite them ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16
/// tháng 6 năm 2025", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"): a reference with no number, its
/// name as written as its title, and its date when one follows. A law cited with its number is left to the
/// number's reference.
/// </summary>
internal static partial class LawsByName
{
    /// <summary>The longest name taken, in characters: past it, the words are the sentence's, not the law's.</summary>
    private const int MaxNameLength = 140;

    public static IEnumerable<LegalReference> Find(IEnumerable<(string Text, SourceSpan Span)> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (raw, span) in texts)
        {
            var text = VietnameseText.CollapseSpaces(raw);
            foreach (Match m in LawName().Matches(text))
            {
                var name = Shortened(m.Groups["name"].Value.TrimEnd(' ', ','));
                var after = text[(m.Index + m.Length)..];
                if (name.Length > MaxNameLength || NumberNext().IsMatch(after)) continue;
                if (!seen.Add(VietnameseText.Fold(name))) continue;
                var date = DateNext().Match(after) is { Success: true } d ? Dates.ParseTime(d.Groups["date"].Value) : null;
                yield return new LegalReference(m.Groups["kind"].Value, null, date, "Quốc hội") { Title = name, Span = span };
            }
        }
    }

    /// <summary>A name that runs past a comma for more words than a law's name has is cut at the comma: the rest is the sentence's.</summary>
    private static string Shortened(string name)
    {
        var comma = name.IndexOf(',');
        // An amending law is named after the law it amends: "Luật sửa đổi, bổ sung một số điều của Luật ...".
        if (VietnameseText.Fold(name).StartsWith("luat sua doi", StringComparison.Ordinal)) return name;
        return comma > 0 && name.Split(' ').Length > MaxWordsPastComma ? name[..comma] : name;
    }

    /// <summary>Names with a comma in them are short ("Luật Quản lý, sử dụng tài sản công").</summary>
    private const int MaxWordsPastComma = 12;

    /// <summary>
    /// "Luật" or "Bộ luật" and a capitalised name, up to where the name ends: its date, its number, the end of the clause,
    /// the next law of a list, or an amendment.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<name>(?<kind>Bộ luật|Luật)\s+\p{Lu}[^;:()""“”]*?)(?=\s+ngày\s|\s+số\s+\d|\s+năm\s+\d{4}|\s+được\s|\s+đã\s|\s+sửa\s+đổi|,\s*(?:Bộ luật|Luật|Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Kế hoạch)\s|,\s+(?:các|những|bao gồm|trong|theo|nhằm|để)\s|\s+và\s+(?:Bộ luật|Luật|các)\s|[;:()""“”]|\.(?:\s|$)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LawName();

    [GeneratedRegex(@"^\s*(?:,\s*)?số\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex NumberNext();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:ngày\s+(?<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})|năm\s+(?<date>\d{4}))", RegexOptions.CultureInvariant)]
    private static partial Regex DateNext();
}
