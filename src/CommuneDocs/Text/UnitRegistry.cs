using System.Collections.Immutable;

namespace CommuneDocs.Text;

/// <summary>A unit's canonical name and the ways documents write it.</summary>
/// <param name="Canonical">The standard full name ("Trung tâm Phục vụ hành chính công").</param>
/// <param name="Aliases">Other spellings and abbreviations ("Trung tâm PVHCC", "TT PVHCC").</param>
public sealed record UnitEntry(string Canonical, ImmutableArray<string> Aliases);

/// <summary>
/// The units a commune plan gives duties to, with their abbreviations, so each unit gets one canonical name.
/// Immutable: <see cref="With(string, string[])"/> returns an extended copy.
/// </summary>
public sealed class UnitRegistry
{
    /// <summary>The abbreviations that name units (<see cref="Abbreviations.UnitNames"/>), each as a whole word, in table order.</summary>
    private static readonly (System.Text.RegularExpressions.Regex Pattern, string Expansion)[] AbbreviationPatterns = [.. Abbreviations.UnitNames.Select(a => (
        new System.Text.RegularExpressions.Regex($@"(?<![\p{{L}}]){System.Text.RegularExpressions.Regex.Escape(a.Short)}(?![\p{{L}}])",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled), a.Expansion))];

    private readonly ImmutableArray<UnitEntry> _entries;
    private readonly Dictionary<string, string> _byAlias;

    private UnitRegistry(ImmutableArray<UnitEntry> entries)
    {
        _entries = entries;
        _byAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            _byAlias.TryAdd(Key(e.Canonical), e.Canonical);
            foreach (var a in e.Aliases) _byAlias.TryAdd(Key(a), e.Canonical);
        }
    }

    /// <summary>The units of a commune-level government after the 2025 reorganisation, and the mass organisations.</summary>
    public static UnitRegistry Default { get; } = new(
    [
        Entry("Ủy ban nhân dân", "UBND"),
        Entry("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Văn phòng HĐND và UBND", "Văn phòng HĐND - UBND", "Văn phòng HĐND-UBND", "VP HĐND và UBND", "Văn phòng"),
        Entry("Phòng Văn hóa - Xã hội", "Phòng Văn hóa xã hội", "Phòng VH-XH", "Phòng VHXH", "Phòng Văn hoá - Xã hội"),
        Entry("Phòng Kinh tế", "Phòng Kinh tế xã"),
        Entry("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế - Hạ tầng và Đô thị", "Phòng KT-HT&ĐT"),
        Entry("Trung tâm Phục vụ hành chính công", "Trung tâm PVHCC", "TT PVHCC", "TTPVHCC", "Trung tâm hành chính công"),
        Entry("Trung tâm Văn hóa - Thể thao và Truyền thông", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Văn hóa Thể thao và Truyền thông",
            "Trung tâm VH-TT-TT", "Trung tâm VHTT&TT", "Trung tâm Văn hóa - Thể thao - Truyền thông", "Trung tâm Văn hóa, TT&TT"),
        Entry("Công an xã", "Công an", "CA xã"),
        Entry("Công an phường", "CA phường"),
        Entry("Ban Chỉ huy Quân sự", "Ban CHQS", "BCHQS", "Ban Chỉ huy quân sự xã"),
        Entry("Trạm Y tế", "Trạm y tế xã"),
        Entry("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "UBMTTQ", "UBMTTQVN", "MTTQ", "Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc"),
        Entry("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên", "Đoàn xã", "Xã đoàn", "Đoàn TNCS Hồ Chí Minh"),
        Entry("Hội Liên hiệp Phụ nữ", "Hội Phụ nữ", "Hội LHPN"),
        Entry("Hội Nông dân"),
        Entry("Hội Cựu chiến binh"),
        Entry("Tổ Công nghệ số cộng đồng", "Tổ CNSCĐ", "Tổ công nghệ số"),
        Entry("Các phòng chuyên môn thuộc Ủy ban nhân dân", "Các phòng chuyên môn thuộc UBND", "Các phòng chuyên môn", "Các phòng, đơn vị thuộc UBND"),
        Entry("Bưu điện", "Bưu điện văn hóa xã"),
    ]);

    /// <summary>The entries, in the order they were added.</summary>
    public ImmutableArray<UnitEntry> Entries => _entries;

    /// <summary>A copy of this registry with one more unit (or more aliases for a known one).</summary>
    public UnitRegistry With(string canonical, params string[] aliases) => new(_entries.Add(Entry(canonical, aliases)));

    /// <summary>
    /// The canonical name of a unit as written: "Đề nghị" and the commune suffix dropped, known names and
    /// abbreviations expanded ("Trung tâm PVHCC xã" becomes "Trung tâm Phục vụ hành chính công").
    /// </summary>
    public string Canonicalize(string name)
    {
        var whole = VietnameseText.CollapseSpaces(name).Trim().TrimEnd(':', '.', ';', ',').Trim();
        if (VietnameseText.Fold(whole).StartsWith("de nghi ", StringComparison.Ordinal)) whole = whole[8..].Trim();
        if (_byAlias.TryGetValue(Key(whole), out var exact)) return exact;
        var n = StripForm(name);
        if (_byAlias.TryGetValue(Key(n), out var known)) return known;
        var parts = n.Split([" và ", "; "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            return string.Join(" và ", parts.Select(p => _byAlias.TryGetValue(Key(StripForm(p)), out var k) ? k : Expand(StripForm(p))));
        }
        return Expand(n);
    }

    /// <summary>Whether the text names a known unit (after its form is stripped).</summary>
    public bool IsKnown(string name) => _byAlias.ContainsKey(Key(StripForm(name)));

    /// <summary>The longest known unit name the text starts with, as written in the text, or null.</summary>
    public string? MatchAtStart(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(words.Length, 12); n >= 1; n--)
        {
            var candidate = string.Join(' ', words.Take(n)).TrimEnd(',', ';', ':', '.');
            if (_byAlias.ContainsKey(Key(StripForm(candidate))))
            {
                // Keep the commune suffix the text writes after the name ("... công xã").
                if (n < words.Length && words[n] is "xã" or "phường" or "tỉnh" or "huyện") candidate += " " + words[n];
                return candidate;
            }
        }
        return null;
    }

    private static UnitEntry Entry(string canonical, params string[] aliases) => new(canonical, [.. aliases]);

    private static string Key(string text) => VietnameseText.Fold(text).Replace(" - ", " ").Replace("-", " ").Replace(",", "");

    /// <summary>Drops "Đề nghị", a trailing colon, and the commune suffix ("xã", "xã Cẩm Giang", "Phường", "đặc khu Côn Đảo").</summary>
    private static string StripForm(string name)
    {
        var n = VietnameseText.CollapseSpaces(name).Trim().TrimEnd(':', '.', ';', ',').Trim();
        if (VietnameseText.Fold(n).StartsWith("de nghi ", StringComparison.Ordinal)) n = n[8..].Trim();
        var words = n.Split(' ').ToList();
        for (var i = words.Count - 1; i >= 1; i--)
        {
            var level = VietnameseText.Fold(words[i]);
            var isLevel = level is "xa" or "phuong" || (i + 1 < words.Count && VietnameseText.Fold(words[i] + " " + words[i + 1]) is "thi tran" or "dac khu");
            var placeFrom = level is "xa" or "phuong" ? i + 1 : i + 2;
            if (isLevel && words.Skip(placeFrom).All(w => w.Length > 0 && char.IsUpper(w[0])))
            {
                n = string.Join(' ', words.Take(i));
                break;
            }
        }
        return n;
    }

    private static string Expand(string name)
    {
        var result = name;
        foreach (var (pattern, full) in AbbreviationPatterns) result = pattern.Replace(result, full);
        return result;
    }
}
