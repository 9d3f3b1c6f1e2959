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
                units.Add(new ResponsibleUnit(heading.Name, registry.Canonicalize(heading.Name), [.. duties]));
                continue;
            }
            var text = child.Text;
            if (VietnameseText.Fold(text).StartsWith("giao ", StringComparison.Ordinal) && registry.MatchAtStart(text[5..]) is { } named)
            {
                units.Add(new ResponsibleUnit(named, registry.Canonicalize(named), [text]));
                continue;
            }
            if (depth == 0 && child.Children.Any(c => UnitHeading(c.Text) is not null)) Collect(child, registry, units, depth + 1);
        }
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
