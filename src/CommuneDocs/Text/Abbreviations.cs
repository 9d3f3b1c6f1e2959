using System.Collections.Immutable;

namespace CommuneDocs.Text;

/// <summary>What an abbreviation is expanded for; an entry may serve both.</summary>
[Flags]
internal enum AbbreviationUse
{
    /// <summary>A phrase tasks are about ("DVCTT"), expanded before task texts are compared word for word.</summary>
    Phrase = 1,

    /// <summary>Part of a unit's name ("Trung tâm PVHCC"), expanded when a unit gets its canonical name.</summary>
    UnitName = 2,
}

/// <summary>An abbreviation as commune plans write it, its expansion in canonical casing, and what it is expanded for.</summary>
internal readonly record struct Abbreviation(string Short, string Expansion, AbbreviationUse Use);

/// <summary>
/// The abbreviations commune plans use, in one table: for the phrases their tasks are about ("DVCTT" for "dịch vụ công
/// trực tuyến") and for the names of the units they give duties to ("UBND", "MTTQ", "PVHCC"). Sibling plans copy one
/// upper-level document, one spelling out what another abbreviates; expanding lets the two be compared word for word,
/// and gives each unit one name.
/// </summary>
internal static class Abbreviations
{
    private const AbbreviationUse Both = AbbreviationUse.Phrase | AbbreviationUse.UnitName;

    /// <summary>
    /// Every abbreviation, in the order unit names expand them (a longer form before a shorter one it contains:
    /// "MTTQVN", "MTTQ VN", "MTTQ"). Expansions that name something keep its capital ("Ủy ban nhân dân"); comparison
    /// folds case away, unit names keep it.
    /// </summary>
    public static ImmutableArray<Abbreviation> All { get; } =
    [
        new("UBND", "Ủy ban nhân dân", Both),
        new("HĐND", "Hội đồng nhân dân", Both),
        new("MTTQVN", "Mặt trận Tổ quốc Việt Nam", AbbreviationUse.UnitName),
        new("MTTQ VN", "Mặt trận Tổ quốc Việt Nam", AbbreviationUse.UnitName),
        new("MTTQ", "Mặt trận Tổ quốc Việt Nam", AbbreviationUse.UnitName),
        new("PVHCC", "Phục vụ hành chính công", Both),
        new("VH-XH", "Văn hóa - Xã hội", AbbreviationUse.UnitName),
        new("VHXH", "Văn hóa - Xã hội", AbbreviationUse.UnitName),
        new("TT&TT", "Thông tin và Truyền thông", AbbreviationUse.UnitName),
        new("KH&CN", "Khoa học và Công nghệ", AbbreviationUse.UnitName),
        new("KHCN", "Khoa học và Công nghệ", AbbreviationUse.UnitName),
        new("BCH", "Ban Chỉ huy", AbbreviationUse.UnitName),
        new("CĐS", "chuyển đổi số", Both),
        new("DVCTT", "dịch vụ công trực tuyến", AbbreviationUse.Phrase),
        new("DVC", "dịch vụ công", AbbreviationUse.Phrase),
        new("TTHC", "thủ tục hành chính", AbbreviationUse.Phrase),
        new("CNTT", "công nghệ thông tin", AbbreviationUse.Phrase),
        new("CSDL", "cơ sở dữ liệu", AbbreviationUse.Phrase),
        new("HCC", "hành chính công", AbbreviationUse.Phrase),
        new("ATTT", "an toàn thông tin", AbbreviationUse.Phrase),
    ];

    /// <summary>The entries that name units, in table order.</summary>
    public static ImmutableArray<Abbreviation> UnitNames { get; } = [.. All.Where(a => a.Use.HasFlag(AbbreviationUse.UnitName))];

    private static readonly Dictionary<string, string> PhraseExpansions =
        All.Where(a => a.Use.HasFlag(AbbreviationUse.Phrase)).ToDictionary(a => a.Short, a => a.Expansion, StringComparer.Ordinal);

    /// <summary>The text with every known phrase abbreviation (a whole upper-case word) replaced by its expansion.</summary>
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var core = w.TrimEnd(',', '.', ';', ':', ')').TrimStart('(');
            if (core.Length > 1 && PhraseExpansions.TryGetValue(core, out var full))
            {
                words[i] = w.Replace(core, full, StringComparison.Ordinal);
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : text;
    }
}
