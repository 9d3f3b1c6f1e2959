using System.Text.RegularExpressions;

namespace CommuneDocs.Semantics;

/// <summary>
/// The number and symbol of a document (số, ký hiệu: Nghị định 30/2020/NĐ-CP, Điều 8, khoản 3) as one string: written
/// with spaces around its separators ("1565 / QĐ - TTg") it is made tight ("1565/QĐ-TTg"), an en dash a hyphen.
/// </summary>
internal static partial class DocumentNumber
{
    public static string Tighten(string text) => SpacedSeparator().Replace(text, "$1").Replace('–', '-');

    [GeneratedRegex(@"\s*([-/–])\s*")]
    private static partial Regex SpacedSeparator();
}
