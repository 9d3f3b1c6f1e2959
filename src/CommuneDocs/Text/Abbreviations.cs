namespace CommuneDocs.Text;

/// <summary>
/// The abbreviations commune plans use for the phrases their tasks are about ("DVCTT" for "dịch vụ công trực tuyến").
/// Sibling plans copy one upper-level document, one spelling out a phrase that another abbreviates; expanding them
/// lets the two be compared word for word.
/// </summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["DVCTT"] = "dịch vụ công trực tuyến",
        ["DVC"] = "dịch vụ công",
        ["TTHC"] = "thủ tục hành chính",
        ["CNTT"] = "công nghệ thông tin",
        ["CĐS"] = "chuyển đổi số",
        ["CSDL"] = "cơ sở dữ liệu",
        ["HCC"] = "hành chính công",
        ["PVHCC"] = "phục vụ hành chính công",
        ["UBND"] = "ủy ban nhân dân",
        ["HĐND"] = "hội đồng nhân dân",
        ["ATTT"] = "an toàn thông tin",
    };

    /// <summary>The text with every known abbreviation (a whole upper-case word) replaced by its expansion.</summary>
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var core = w.TrimEnd(',', '.', ';', ':', ')').TrimStart('(');
            if (core.Length > 1 && Expansions.TryGetValue(core, out var full))
            {
                words[i] = w.Replace(core, full, StringComparison.Ordinal);
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : text;
    }
}
