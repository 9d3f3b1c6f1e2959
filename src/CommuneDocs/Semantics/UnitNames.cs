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
        "bao ", "vien ", "benh vien", "kho bac", "thanh tra", "bo tu lenh", "bo chi huy",
    ];

    private static readonly string[] NotUnits =
        ["to chuc", "ban hanh", "hoi nghi", "cac nhiem vu", "cac noi dung", "cac giai phap", "truong hop", "can bo, cong chuc, vien chuc phai", "thon tin",
         "cac ong", "ong ", "ba ", "cac ca nhan", "ca nhan"];

    // Verbs that end a unit's name at the start of a duty sentence ("Công an xã chủ trì, phối hợp ...").
    private static readonly string[] DutyVerbs =
    [
        "chu tri", "phoi hop", "tang cuong", "can cu", "co trach nhiem", "chiu trach nhiem", "tham muu", "thuc hien", "trien khai",
        "huong dan", "to chuc", "theo doi", "la", "tong hop", "xay dung", "bao cao", "kiem tra", "day manh", "chi dao", "quan ly",
        "ra soat", "cap nhat", "phu trach", "dam bao", "bao dam", "bo tri", "nghien cuu", "tuyen truyen", "van dong", "giam sat", "phat huy",
        "tham gia", "trong qua trinh", "khi", "neu",
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
        return NameBeforeVerb(t, folded);
    }

    /// <summary>The words before the first duty verb when they start like a unit's name ("Công an xã" of "Công an xã chủ trì ...").</summary>
    private static string? NameBeforeVerb(string t, string folded)
    {
        var words = t.Split(' ');
        var foldedWords = folded.Split(' ').Select(w => w.Trim(',', ';', ':', '.')).ToArray();
        for (var i = 1; i < Math.Min(words.Length, MaxNameWords + 1); i++)
        {
            var rest = string.Join(' ', foldedWords.Skip(i).Take(3));
            if (words[i - 1].EndsWith(':') || words[i].StartsWith('(') || DutyVerbs.Any(v => rest == v || rest.StartsWith(v + " ", StringComparison.Ordinal)))
            {
                // A one-word head before a verb-like word is a name still going on ("Các tổ chức ...", "Đoàn kiểm tra ...").
                if (i == 1) continue;
                var name = string.Join(' ', words.Take(i)).TrimEnd(',', ':', ';');
                return Heads.Any(h => VietnameseText.Fold(name).StartsWith(h, StringComparison.Ordinal) || VietnameseText.Fold(name) == h.Trim()) ? name : null;
            }
        }
        return null;
    }

    public readonly record struct NamedHeading(string Name, string Duty);

    /// <summary>
    /// A heading that names a unit, with the duty written after a colon on the same line, if any; a heading that names
    /// a position ("Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: ...") names the unit of
    /// <see cref="UnitOfPosition"/>.
    /// </summary>
    public static NamedHeading? Heading(string text)
    {
        var t = VietnameseText.CollapseSpaces(text.Replace('\n', ' '));
        var colon = t.IndexOf(':');
        if (UnitOfPosition(colon >= 0 ? t[..colon] : t) is { } unit) return new NamedHeading(unit, colon >= 0 ? t[(colon + 1)..].Trim() : "");
        return BodyHeading(t);
    }

    private static NamedHeading? BodyHeading(string text)
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
        if (words is 0 or > MaxNameWords || name.Contains(". ", StringComparison.Ordinal)) return null;
        if (NotUnits.Any(n => folded.StartsWith(n, StringComparison.Ordinal))) return null;
        if (!Heads.Any(h => folded.StartsWith(h, StringComparison.Ordinal) || folded == h.Trim())) return null;
        // A heading that is a whole duty sentence ("Tổ chức thực hiện ...", "Công an xã chủ trì, phối hợp ...") has verbs
        // after the head; a unit name is mostly nouns.
        if (colon < 0 && words > 10 && (folded.Contains(" thuc hien ", StringComparison.Ordinal) || folded.Contains(" trien khai ", StringComparison.Ordinal))) return null;
        if (colon < 0 && NameBeforeVerb(name, folded) is { } before && before.Length < name.Length) return null;
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

    /// <summary>Words of an office a duty is given to (chức vụ), longest first so that "Phó Trưởng ban" is tried before "Phó Trưởng".</summary>
    private static readonly string[] PositionWords = [.. new[]
    {
        "dong chi", "cac dong chi", "d/c", "chu tich", "pho chu tich", "cac pho chu tich", "chuyen vien", "cac chuyen vien", "can bo",
        "uy vien", "thanh vien", "truong ban", "pho truong ban", "truong phong", "pho truong phong", "giam doc", "pho giam doc",
        "chanh", "pho chanh", "bi thu", "pho bi thu", "truong", "pho truong", "thu truong", "chi huy truong",
    }.OrderByDescending(p => p.Length)];

    /// <summary>The words a body's name starts with, folded: what an office is an office of ("Trưởng Ban xây dựng Đảng").</summary>
    private static readonly string[] BodyWords =
        ["ban ", "phong ", "trung tam ", "van phong ", "uy ban ", "hoi ", "doan ", "so ", "cong an ", "mat tran ", "tieu ban ", "thanh tra "];

    /// <summary>
    /// The unit a duty given to a position stands for: the body the office belongs to ("Đồng chí Trưởng Ban xây dựng
    /// Đảng - Trưởng Tiểu ban" → "Ban xây dựng Đảng"), or, for an office of no body, the position as written ("Phó Chủ
    /// tịch phụ trách lĩnh vực Công tác xã hội"); null when the text does not start with an office.
    /// </summary>
    public static string? UnitOfPosition(string text)
    {
        var t = VietnameseText.CollapseSpaces(text).Trim().TrimEnd('.', ';', ',', ':').Trim();
        if (!StartsWithPosition(VietnameseText.Fold(t), out _)) return null;
        t = DropWords(t, ["đồng chí ", "các đồng chí ", "đ/c "]);
        // "... - Phó Trưởng tiểu ban Thường trực": the office the person holds in the body issuing the plan.
        for (var dash = LastDash(t); dash > 0 && StartsWithPosition(VietnameseText.Fold(t[(dash + 3)..]), out _); dash = LastDash(t)) t = t[..dash].Trim();
        foreach (var position in PositionWords)
        {
            var folded = VietnameseText.Fold(t);
            if (!folded.StartsWith(position + " ", StringComparison.Ordinal)) continue;
            var rest = t[WordsLength(t, position.Split(' ').Length)..].Trim();
            if (BodyWords.Any(b => VietnameseText.Fold(rest + " ").StartsWith(b, StringComparison.Ordinal)) && rest.Contains(' '))
                return char.ToUpperInvariant(rest[0]) + rest[1..];
        }
        return t.Length > 0 ? char.ToUpperInvariant(t[0]) + t[1..] : null;
    }

    private static bool StartsWithPosition(string folded, out string position)
    {
        position = PositionWords.FirstOrDefault(p => folded == p || folded.StartsWith(p + " ", StringComparison.Ordinal)) ?? "";
        return position.Length > 0;
    }

    private static int LastDash(string t) => Math.Max(t.LastIndexOf(" - ", StringComparison.Ordinal), t.LastIndexOf(" – ", StringComparison.Ordinal));

    /// <summary>The text without a leading word group, matched without case.</summary>
    private static string DropWords(string t, string[] starts)
    {
        foreach (var s in starts)
        {
            if (t.StartsWith(s, StringComparison.OrdinalIgnoreCase)) return t[s.Length..].TrimStart();
        }
        return t;
    }

    /// <summary>The length of the first <paramref name="words"/> words of the text.</summary>
    private static int WordsLength(string t, int words)
    {
        var at = 0;
        for (var w = 0; w < words && at >= 0; w++)
        {
            at = t.IndexOf(' ', at + (w == 0 ? 0 : 1));
        }
        return at < 0 ? t.Length : at;
    }

    /// <summary>
    /// Whether a name written as a task's lead or support, or in a list, names a unit or an office: it starts with a
    /// unit's head word or an office, and is not a reference to another document ("Theo phân công tại Quyết định ...").
    /// </summary>
    public static bool LooksLikeUnit(string name)
    {
        var folded = VietnameseText.Fold(name);
        if (folded.Length < 3 || folded.StartsWith("theo ", StringComparison.Ordinal) || folded.Contains("quyet dinh", StringComparison.Ordinal)) return false;
        if (NotUnits.Any(n => folded.StartsWith(n, StringComparison.Ordinal))) return false;
        return Heads.Any(h => folded.StartsWith(h, StringComparison.Ordinal) || folded == h.Trim()) || StartsWithPosition(folded, out _);
    }
}
