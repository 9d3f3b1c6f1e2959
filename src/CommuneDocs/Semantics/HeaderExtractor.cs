using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>Metadata from the header block and the title (Nghị định 30/2020/NĐ-CP, Điều 8, khoản 1-5).</summary>
internal sealed record HeaderInfo(DocumentKind Kind, string? Number, string? Symbol, string? Issuer, string? Commune,
    string? Province, string? Place, PartialDate? Date, string? Title);

internal static partial class HeaderExtractor
{
    // "UBND xã Đường An", "Ủy ban nhân dân phường Hòa Bình": the commune is the capitalised words after the level word.
    [GeneratedRegex(@"(?:(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND)\s+(?<level>xã|phường|đặc khu|thị trấn)\s+(?<name>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex CommuneIssuer();

    // The commune or ward an issuing body belongs to: "Ban Chỉ đạo chuyển đổi số xã Cẩm Giang" → "Cẩm Giang".
    [GeneratedRegex(@"(?<![\p{L}])(?:xã|phường|đặc khu|thị trấn)\s+(?<name>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CommuneOf();

    [GeneratedRegex(@"(?<![\p{L}])(?:tỉnh|thành phố|TP\.?)\s+(?<name>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceName();

    public static HeaderInfo Extract(StructuredDocument doc, List<Diagnostic> diagnostics)
    {
        var kind = doc.KindHeading is { } k ? Markers.KindHeading(k.Text) ?? DocumentKind.Other
            : doc.AllLines.Take(30).Any(l => l.Folded.StartsWith("v/v", StringComparison.Ordinal) || l.Folded.StartsWith("kinh gui", StringComparison.Ordinal))
                ? DocumentKind.Letter : DocumentKind.Other;

        // The header block may have been read in any column order; search it first, then the top of the document.
        var headerLines = doc.Header.Length > 0 || doc.KindHeading is not null ? doc.Header : [.. doc.AllLines.Take(12)];
        var searchLines = headerLines.Concat(doc.AllLines.Take(20)).SelectMany(SplitLines).ToList();

        string? number = null, symbol = null;
        var numberLine = searchLines.Select(l => (Line: l, Match: Markers.NumberLine().Match(l.Text))).FirstOrDefault(x => x.Match.Success);
        if (numberLine.Match is not { Success: true }) numberLine = NumberLineReadApart(searchLines);
        if (numberLine.Match is not { Success: true })
        {
            // Two columns read into one line ("Phố Bảng, ngày 10 tháng 12 năm 2025 Số: 01/KH-TBTTKT"): "Số:" inside it.
            numberLine = searchLines.Select(l => (Line: l, Match: Markers.NumberInLine().Match(l.Text))).FirstOrDefault(x => x.Match.Success);
        }
        if (numberLine.Match is { Success: true } nm)
        {
            number = nm.Groups["number"].Value.Length > 0 ? nm.Groups["number"].Value : null;
            symbol = NormalizeSymbol(nm.Groups["symbol"].Value);
            number ??= NumberFromAttachmentNote(doc, symbol);
            if (number is null)
                diagnostics.Add(new Diagnostic(DiagnosticCode.BlankNumber, $"registry number left blank: '{VietnameseText.CollapseSpaces(numberLine.Line.Text)}'", numberLine.Line.Span));
        }

        string? place = null;
        PartialDate? date = null;
        var dateLine = searchLines.Select(l => (Line: l, Match: Markers.PlaceDateLine().Match(l.Text))).FirstOrDefault(x => x.Match.Success);
        if (dateLine.Match is { Success: true } dm)
        {
            place = VietnameseText.CollapseSpaces(dm.Groups["place"].Value);
            var year = int.Parse(dm.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int? month = int.TryParse(dm.Groups["month"].Value, out var mo) ? mo : null;
            int? day = int.TryParse(dm.Groups["day"].Value, out var d) && month is not null ? d : null;
            date = PartialDate.TryCreate(year, month, day) ?? PartialDate.TryCreate(year);
            if (day is null)
                diagnostics.Add(new Diagnostic(DiagnosticCode.IncompleteDate, $"date of issue has no day: '{VietnameseText.CollapseSpaces(dateLine.Line.Text)}'", dateLine.Line.Span));
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.IncompleteDate, "no place and date of issue found", SourceSpan.None));
        }

        var issuer = HeaderIssuer.Read(headerLines) ?? IssuerFromText(doc);
        if (issuer is null) diagnostics.Add(new Diagnostic(DiagnosticCode.MissingHeader, "no issuing body found in the header or the text", SourceSpan.None));
        var commune = issuer is null ? null : CommuneOf().Match(issuer) is { Success: true } cm ? cm.Groups["name"].Value : null;
        var province = FindProvince(doc, issuer);

        return new HeaderInfo(kind, number, symbol, issuer, commune, province, place, date, Title(doc, kind));
    }

    /// <summary>
    /// The number line of a header whose two columns were read line by line across (text pulled out of a PDF): "Số:"
    /// on one line, a line of the other column ("CỘNG HÒA XÃ HỘI ...") or two, then "/KH-UBND"; the two parts joined.
    /// </summary>
    private static (Line Line, Match Match) NumberLineReadApart(List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Markers.NumberLabel().IsMatch(lines[i].Text)) continue;
            for (var j = i + 1; j < Math.Min(lines.Count, i + 4); j++)
            {
                if (!Markers.SymbolFragment().IsMatch(lines[j].Text)) continue;
                var joined = lines[i] with { Text = lines[i].Text.Trim() + " " + lines[j].Text.Trim() };
                return (joined, Markers.NumberLine().Match(joined.Text));
            }
        }
        return default;
    }

    /// <summary>
    /// A number left blank in the header is often filled in the appendix note that cites the document itself:
    /// "(Kèm theo Kế hoạch số 64/KH-UBND ngày 26/08/2025 ...)".
    /// </summary>
    private static string? NumberFromAttachmentNote(StructuredDocument doc, string? symbol)
    {
        if (symbol is null) return null;
        var own = new Regex(@"số\s*(?<n>[0-9]+)\s*/\s*" + Regex.Escape(symbol).Replace("-", @"\s*-\s*"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var line in doc.AllLines.Where(l => Markers.IsAttachmentNote(l.Folded)))
        {
            var m = own.Match(line.Text);
            if (m.Success) return m.Groups["n"].Value;
        }
        return null;
    }

    private static IEnumerable<Line> SplitLines(Line line) =>
        line.Text.Contains('\n') ? line.Text.Split('\n').Select(t => line with { Text = t.Trim() }) : [line];

    private static string NormalizeSymbol(string symbol) =>
        DocumentNumber.Tighten(VietnameseText.CollapseSpaces(symbol)).TrimEnd('.', ' ');

    /// <summary>Without a header, the body named as issuing the plan in the text: "UBND xã Đường An ban hành ...".</summary>
    private static string? IssuerFromText(StructuredDocument doc)
    {
        var zones = doc.Title.Concat(doc.Preamble).Concat(doc.Appendix).Concat(doc.Closing).Concat(doc.AllLines);
        var counts = new Dictionary<string, int>();
        string? first = null;
        foreach (var line in zones)
        {
            foreach (Match m in CommuneIssuer().Matches(line.Text))
            {
                var name = BodyNames.Write(m.Value);
                first ??= name;
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
            if (first is not null && counts.Values.Sum() >= 6) break;
        }
        return first is null ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == first ? 0 : 1).First().Key;
    }

    /// <summary>The province or centrally-run city the text names ("tỉnh Khánh Hòa", "thành phố Hải Phòng").</summary>
    private static string? FindProvince(StructuredDocument doc, string? issuer)
    {
        if (issuer is not null && ProvinceOfIssuer().Match(issuer) is { Success: true } own) return own.Groups["name"].Value;
        foreach (var line in doc.Header.Concat(doc.Preamble).Concat(doc.Title).Concat(doc.AllLines))
        {
            var m = ProvinceName().Match(line.Text);
            if (m.Success) return m.Groups["name"].Value;
        }
        return null;
    }

    private static string? Title(StructuredDocument doc, DocumentKind kind)
    {
        if (doc.Title.Length == 0) return null;
        var title = VietnameseText.CollapseSpaces(string.Join(" ", doc.Title.Select(l => l.Text.Replace('\n', ' '))));
        title = title.Trim().TrimEnd('.', ';').Trim();
        if (doc.KindHeading is { } heading)
        {
            // A kind word repeated at the start of the trích yếu is dropped ("KẾ HOẠCH / Kế hoạch nâng cao ..." → "Nâng cao ...").
            var word = heading.Text.Split('\n')[0].Trim().TrimEnd(':');
            if (title.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) && kind != DocumentKind.Decision)
            {
                var rest = title[(word.Length + 1)..].TrimStart();
                title = rest.Length > 0 ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest;
            }
        }
        return title.Length == 0 ? null : title;
    }

    [GeneratedRegex(@"(?:tỉnh|thành phố)\s+(?<name>.+)$")]
    private static partial Regex ProvinceOfIssuer();
}
