using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// Documents cited by number and symbol (số, ký hiệu as Nghị định 30/2020/NĐ-CP, Điều 8, khoản 3 writes them:
/// "1565/QĐ-TTg", "45/2020/NĐ-CP", "66.2/2025/NQ-CP", party documents "02-KH/BCĐTW", "30-CTr/TU"), with the kind word
/// before them, the date and the issuer after them; then the laws cited by name alone (<see cref="LawsByName"/>).
/// </summary>
internal static partial class ReferenceExtractor
{
    private const string Kinds = "Quyết định|Kế hoạch hành động|Kế hoạch|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Chỉ thị|Công văn|Công điện|Luật|Văn bản hợp nhất|Văn bản|Thông báo|Hướng dẫn|Quy định|Chương trình|Đề án|Báo cáo|Tờ trình|Kết luận|Pháp lệnh|Hiến pháp|Thông tri|Phương án|Quy chế|Điều lệ|Chiến lược";

    [GeneratedRegex(@"(?<![\p{L}0-9/])(?<number>\d{1,6}(?:\.\d{1,3})?[a-z]?(?:/\d{4})?(?:-[\p{Lu}Đ][\p{L}]*)?/[\p{L}0-9Đđ&]+(?:\s?[-–]\s?[\p{L}0-9Đđ&]+)*(?:/[\p{L}0-9Đđ]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<kind>" + Kinds + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindPattern();

    [GeneratedRegex(@"\G\s*(?:,\s*)?ngày\s*(?<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\G\s*(?:,\s*)?của\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OfAfter();

    /// <summary>What joins the citations of one list: "…/QĐ-TTg ngày 27/03/2021, Quyết định số …", "… và Nghị định số …".</summary>
    [GeneratedRegex(@"\G\s*(?:,\s*(?:và\s+)?|và\s+)(?=(?:" + Kinds + @")(?![\p{L}]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGoesOn();

    /// <summary>The issuer named before a citation: "theo quy định của Chính phủ tại Nghị định số …".</summary>
    [GeneratedRegex(@"của\s+(?<issuer>[^,;()]{3,80}?)\s+tại\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerBefore();

    /// <summary>How far after "của" an issuer's name is looked for.</summary>
    private const int IssuerWindow = 240;

    /// <summary>How far before a citation's kind word "của … tại" is looked for.</summary>
    private const int IssuerBeforeWindow = 100;

    public static ImmutableArray<LegalReference> Extract(StructuredDocument doc, string? ownNumber, string? ownSymbol)
    {
        var texts = doc.AllLines.Where(l => !Markers.IsAttachmentNote(l.Folded) && !Markers.NumberLine().IsMatch(l.Text)).Select(l => (Text: l.Text.Replace('\n', ' '), l.Span))
            .Concat(doc.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c => (Text: c, r.Span)))))
            .Concat(doc.Notes.Select(n => (n.Text, n.Span))).ToList();
        var found = new List<LegalReference>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (raw, span) in texts)
        {
            var text = VietnameseText.CollapseSpaces(raw);
            // The citations of a list that have no issuer yet wait for the one that names it ("A, B của X").
            var waiting = new List<int>();
            string? listIssuer = null;
            foreach (Match m in NumberPattern().Matches(text))
            {
                var number = DocumentNumber.Tighten(m.Groups["number"].Value);
                if (!number.Any(char.IsLetter) || IsDateLike(number)) continue;
                var key = VietnameseText.Fold(number);
                if (ownSymbol is not null && ownNumber is not null && key == VietnameseText.Fold(ownNumber + "/" + ownSymbol)) continue;
                if (KindBefore(text, m.Index) is not { } kind)
                {
                    waiting.Clear();
                    listIssuer = null;
                    continue;
                }
                var from = Math.Max(0, kind.Start - IssuerBeforeWindow);
                var before = IssuerBefore().Match(text, from, kind.Start - from);
                var issuer = before.Success ? CitedIssuer.Read(before.Groups["issuer"].Value) : listIssuer;
                // Matched in place (\G) rather than on a copy of the rest: a long text has many numbers.
                var after = m.Index + m.Length;
                PartialDate? date = null;
                var dm = DateAfter().Match(text, after);
                if (dm.Success)
                {
                    date = Dates.ParseTime(dm.Groups["date"].Value);
                    after += dm.Length;
                }
                var of = OfAfter().Match(text, after);
                if (of.Success) issuer = CitedIssuer.Read(text.Substring(of.Index + of.Length, Math.Min(IssuerWindow, text.Length - of.Index - of.Length))) ?? issuer;
                var at = Add(new LegalReference(kind.Name, number, date, issuer) { Span = span }, key);
                if (issuer is not null)
                {
                    foreach (var earlier in waiting) found[earlier] = found[earlier] with { Issuer = found[earlier].Issuer ?? issuer };
                    waiting.Clear();
                }
                var goesOn = !of.Success && ListGoesOn().IsMatch(text, after);
                if (goesOn && issuer is null) waiting.Add(at);
                if (!goesOn) waiting.Clear();
                // "của Chính phủ tại Nghị định số A và Nghị định số B": the issuer named before the list is B's (and C's) as well.
                listIssuer = goesOn && issuer is not null && (before.Success || issuer == listIssuer) ? issuer : null;
            }
        }

        int Add(LegalReference reference, string key)
        {
            if (!index.TryGetValue(key, out var at))
            {
                index[key] = found.Count;
                found.Add(reference);
                return found.Count - 1;
            }
            var known = found[at];
            // The symbol as Nghị định 30/2020/NĐ-CP writes it ("QĐ-TTg") is kept over one typed in capitals ("QĐ-TTG").
            var number = !known.Number!.Any(char.IsLower) && reference.Number!.Any(char.IsLower) ? reference.Number : known.Number;
            found[at] = known with { Number = number, Date = known.Date ?? reference.Date, Issuer = known.Issuer ?? reference.Issuer };
            return at;
        }
        return [.. found, .. LawsByName.Find(texts)];
    }

    /// <summary>The kind word nearest before the number, within the same clause ("Luật Giao dịch điện tử số 42/VBHN-VPQH"), and where it starts.</summary>
    private static (string Name, int Start)? KindBefore(string text, int at)
    {
        var start = Math.Max(0, at - 80);
        var cut = text.AsSpan(start, at - start).LastIndexOfAny(';', '(', ')');
        if (cut >= 0) start += cut + 1;
        var last = KindPattern().Matches(text[start..at]).LastOrDefault();
        if (last is null) return null;
        var kind = last.Groups["kind"].Value;
        return (char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant(), start + last.Index);
    }

    private static bool IsDateLike(string number) => DateLike().IsMatch(number);

    /// <summary>"18/7" or "18/7/2025": a date, not a document number.</summary>
    [GeneratedRegex(@"^\d{1,2}/\d{1,2}(/\d{4})?$")]
    private static partial Regex DateLike();
}
