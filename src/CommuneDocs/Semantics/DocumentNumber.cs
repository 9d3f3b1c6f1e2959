using System.Text.RegularExpressions;

namespace CommuneDocs.Semantics;

/// <summary>
/// The number and symbol of a document (số, ký hiệu: Nghị định 30/2020/NĐ-CP, Điều 8, khoản 3) as one string: written
/// with spaces around its separators ("1565 / QĐ - TTg") it is made tight ("1565/QĐ-TTg"), an en dash a hyphen.
/// </summary>
internal static partial class DocumentNumber
{
    public static string Tighten(string text) =>
        KindAndIssuerRunTogether().Replace(SpacedSeparator().Replace(text, "$1").Replace('–', '-'), "${kind}-${issuer}");

    [GeneratedRegex(@"\s*([-/–])\s*")]
    private static partial Regex SpacedSeparator();

    /// <summary>
    /// A symbol whose hyphen between the kind of document and its issuer was lost ("201/2023/NQHĐND", "766/QĐTTg"):
    /// <c>pdftotext</c> drops a hyphen that ends a line, taking it for a word broken in two. The kinds are the
    /// abbreviations of Nghị định 30/2020/NĐ-CP, Phụ lục III (longer before shorter). Only right after a number or a
    /// year: a party document's symbol ends in its issuer alone ("02-KH/BCĐTW").
    /// </summary>
    [GeneratedRegex(@"(?<=\d/)(?<kind>TTLT|CTr|QyĐ|NQ|QĐ|NĐ|TTr|TT|CT|KH|BC|HD|TB|CV|KL|ĐA|PA)(?<issuer>\p{Lu}\p{L}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex KindAndIssuerRunTogether();
}
