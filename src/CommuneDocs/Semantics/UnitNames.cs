using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// How plans name the units they give duties to: a heading that names a unit ("2. Công an xã", "Đề nghị Ủy ban MTTQ và
/// các đoàn thể xã:"), and a duty sentence that starts with its unit ("Công an xã chủ trì ...", "Giao Sở Nội vụ ...").
/// </summary>
internal static class UnitNames
{
    // Head words of unit names in commune plans; "tổ chức", "ban hành", "hội nghị" are verbs and events, not units.
    private static readonly string[] Heads =
    [
        "phong", "van phong", "trung tam", "cong an", "ban ", "uy ban", "ubnd", "ubmttq", "mttq", "mat tran", "hoi ", "doan ", "to ",
        "cac ", "truong", "tram", "bo phan", "bch", "buu dien", "dai ", "chi cuc", "so ", "thu truong", "can bo", "cong chuc",
        "hop tac xa", "ngan hang", "chi nhanh", "nguoi dung dau", "lanh dao", "chu tich", "bi thu", "xa doan", "quan su", "thon", "khu pho",
    ];

    private static readonly string[] NotUnits =
        ["to chuc", "ban hanh", "hoi nghi", "cac nhiem vu", "cac noi dung", "cac giai phap", "truong hop", "can bo, cong chuc, vien chuc phai", "thon tin"];

    // Verbs that end a unit's name at the start of a duty sentence ("Công an xã chủ trì, phối hợp ...").
    private static readonly string[] DutyVerbs =
    [
        "chu tri", "phoi hop", "tang cuong", "can cu", "co trach nhiem", "chiu trach nhiem", "tham muu", "thuc hien", "trien khai",
        "huong dan", "to chuc", "theo doi", "la", "tong hop", "xay dung", "bao cao", "kiem tra", "day manh", "chi dao", "quan ly",
        "ra soat", "cap nhat", "phu trach", "dam bao", "bao dam", "bo tri", "nghien cuu", "tuyen truyen", "van dong", "giam sat", "phat huy",
    ];

    // The longest unit name a duty sentence starts with: a list of units ("Các sở, ban, ngành, đoàn thể và Ủy ban nhân
    // dân các xã, phường, đặc khu căn cứ ...") runs to fifteen words or so.
    private const int MaxNameWords = 18;

    // People are given duties too, but they are not units.
    private static readonly string[] PeopleHeads = ["can bo", "cong chuc", "vien chuc", "lanh dao", "chu tich", "bi thu", "nguoi dung dau", "thu truong"];

    /// <summary>
    /// The unit a one-sentence duty assigns itself to: "Giao Sở Nội vụ (...) theo dõi ..." or "Công an xã chủ trì ...":
    /// a known unit name, or the words before the first duty verb when they start like a unit's name.
    /// </summary>
    public static string? OfDutySentence(string text, UnitRegistry registry)
    {
        var t = text;
        var folded = VietnameseText.Fold(t);
        if (folded.StartsWith("giao ", StringComparison.Ordinal))
        {
            t = t[5..];
            folded = folded[5..];
        }
        else if (folded.StartsWith("de nghi ", StringComparison.Ordinal))
        {
            t = t[8..];
            folded = folded[8..];
        }
        else if (!Heads.Any(h => folded.StartsWith(h, StringComparison.Ordinal)) || NotUnits.Any(n => folded.StartsWith(n, StringComparison.Ordinal)))
        {
            return null;
        }
        if (PeopleHeads.Any(p => folded.StartsWith(p, StringComparison.Ordinal))) return null;
        if (registry.MatchAtStart(t) is { } known) return known;
        var words = t.Split(' ');
        var foldedWords = folded.Split(' ').Select(w => w.Trim(',', ';', ':', '.')).ToArray();
        for (var i = 1; i < Math.Min(words.Length, MaxNameWords + 1); i++)
        {
            var rest = string.Join(' ', foldedWords.Skip(i).Take(3));
            if (words[i - 1].EndsWith(':') || words[i].StartsWith('(') || DutyVerbs.Any(v => rest == v || rest.StartsWith(v + " ", StringComparison.Ordinal)))
            {
                var name = string.Join(' ', words.Take(i)).TrimEnd(',', ':', ';');
                return i >= 2 && Heads.Any(h => VietnameseText.Fold(name).StartsWith(h, StringComparison.Ordinal) || VietnameseText.Fold(name) == h.Trim()) ? name : null;
            }
        }
        return null;
    }

    public readonly record struct NamedHeading(string Name, string Duty);

    /// <summary>A heading that names a unit, with the duty written after a colon on the same line, if any.</summary>
    public static NamedHeading? Heading(string text)
    {
        var t = VietnameseText.CollapseSpaces(text.Replace('\n', ' '));
        var colon = t.IndexOf(':');
        var name = colon >= 0 ? t[..colon] : t;
        var duty = colon >= 0 ? t[(colon + 1)..].Trim() : "";
        name = name.Trim().TrimEnd('.', ';', ',').Trim();
        var folded = VietnameseText.Fold(name);
        if (folded.StartsWith("de nghi ", StringComparison.Ordinal))
        {
            name = name[8..].Trim();
            folded = folded[8..];
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is 0 or > 16 || name.Contains(". ", StringComparison.Ordinal)) return null;
        if (NotUnits.Any(n => folded.StartsWith(n, StringComparison.Ordinal))) return null;
        if (!Heads.Any(h => folded.StartsWith(h, StringComparison.Ordinal) || folded == h.Trim())) return null;
        // A heading that is a whole duty sentence ("Tổ chức thực hiện ...") has verbs after the head; a unit name is mostly nouns.
        if (colon < 0 && words > 10 && (folded.Contains(" thuc hien ", StringComparison.Ordinal) || folded.Contains(" trien khai ", StringComparison.Ordinal))) return null;
        return new NamedHeading(name, duty);
    }

    /// <summary>The words an agency's or body's name starts with, in the case names are written.</summary>
    private static readonly string[] AgencyStarts =
    [
        "Sở ", "Phòng ", "Ban ", "Ủy ban ", "Uỷ ban ", "UBND", "Công an ", "Trung tâm ", "Văn phòng ", "Hội ", "Đoàn ", "Mặt trận ",
        "MTTQ", "Bộ ", "Chi cục ", "Cục ", "Thanh tra ", "Kho bạc ", "Đài ", "Báo ", "Viện ", "Bệnh viện ", "Trường ", "Quân sự ",
        "Ban Chỉ huy ", "Các sở", "Các cơ quan", "Các phòng", "Các đơn vị", "Các tổ chức", "Các hội", "Các đoàn thể",
    ];

    /// <summary>
    /// A heading that is only a unit's name, as a part organised by unit heads its items ("1. Sở Y tế:", "2. Công an
    /// xã", "3. Các sở, ban, ngành"): an agency word at the start, capitalised as names are, and short.
    /// </summary>
    public static string? UnitNameHeading(string text)
    {
        var t = VietnameseText.CollapseSpaces(text.Replace('\n', ' ')).Trim().TrimEnd(':', '.', ';').Trim();
        if (t.Length == 0 || t.Contains(':') || t.Split(' ').Length > 14) return null;
        return AgencyStarts.Any(a => t.StartsWith(a, StringComparison.Ordinal)) ? t : null;
    }
}
