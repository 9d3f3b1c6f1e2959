using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// Units given duties in the implementation part: each heading there that names a unit ("2. Công an xã",
/// "Đề nghị Ủy ban MTTQ và các đoàn thể xã:") with the items and paragraphs under it as its duties; and a duty that
/// assigns itself to a known unit ("Giao Trung tâm Phục vụ hành chính công xã tổng hợp ...").
/// </summary>
internal static class UnitExtractor
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

    public static ImmutableArray<ResponsibleUnit> Extract(StructuredDocument doc, UnitRegistry registry)
    {
        var part = Parts.Implementation(doc.Outline);
        if (part is null) return [];
        var units = ImmutableArray.CreateBuilder<ResponsibleUnit>();
        Collect(part, registry, units, depth: 0);
        return units.ToImmutable();
    }

    private static void Collect(StructureNode parent, UnitRegistry registry, ImmutableArray<ResponsibleUnit>.Builder units, int depth)
    {
        foreach (var child in parent.Children)
        {
            if (UnitHeading(child.Text) is { } heading)
            {
                var duties = new List<string>();
                if (heading.Duty.Length > 0) duties.Add(heading.Duty);
                duties.AddRange(Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0));
                units.Add(new ResponsibleUnit(heading.Name, registry.Canonicalize(heading.Name), [.. duties]) { Span = child.Line.Span });
                continue;
            }
            var text = VietnameseText.CollapseSpaces(child.Text);
            if (UnitOfDutySentence(text, registry) is { } named)
            {
                var duties = new List<string> { text };
                duties.AddRange(Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0));
                units.Add(new ResponsibleUnit(named, registry.Canonicalize(named), [.. duties]) { Span = child.Line.Span });
                continue;
            }
            if (depth > 0) continue;
            if (child.Children.Any(c => UnitHeading(c.Text) is not null))
            {
                Collect(child, registry, units, depth + 1);
                continue;
            }
            // A section of the part written as prose ("1. Công tác triển khai", then "Sở Nội vụ có trách nhiệm ...").
            foreach (var (raw, line, _) in Parts.Content(child))
            {
                var paragraph = VietnameseText.CollapseSpaces(raw);
                if (UnitOfDutySentence(paragraph, registry) is { } unit) units.Add(new ResponsibleUnit(unit, registry.Canonicalize(unit), [paragraph]) { Span = line.Span });
            }
        }
    }

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
    private static string? UnitOfDutySentence(string text, UnitRegistry registry)
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

    private readonly record struct Heading(string Name, string Duty);

    /// <summary>A heading that names a unit, with the duty written after a colon on the same line, if any.</summary>
    private static Heading? UnitHeading(string text)
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
        return new Heading(name, duty);
    }
}
