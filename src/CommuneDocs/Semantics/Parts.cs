using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>Finds the parts of a plan by their headings: objectives, tasks, implementation.</summary>
internal static class Parts
{
    /// <summary>
    /// The part that holds the tasks: "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG, NHIỆM VỤ", "CÁC NHIỆM VỤ TRỌNG TÂM" — a top-level
    /// part first; a heading that starts with those words beats one that only mentions them.
    /// </summary>
    public static StructureNode? Tasks(IReadOnlyList<StructureNode> roots)
    {
        StructureNode? best = null;
        var bestScore = 0;
        foreach (var level in new[] { roots.Where(r => !r.Enumerator.IsBullet), Candidates(roots).Skip(roots.Count(r => !r.Enumerator.IsBullet)) })
        {
            foreach (var n in level)
            {
                var score = PartScore(n) * 2 + (n.Children.Count > 0 ? 1 : 0);
                if (score > bestScore && score >= 2)
                {
                    best = n;
                    bestScore = score;
                }
            }
            if (best is not null) return best;
        }
        return null;
    }
    /// <summary>
    /// Every part that assigns work, in document order: the part <see cref="Tasks"/> finds, and the other parts at its
    /// level whose headings name tasks too ("II. NỘI DUNG THỰC HIỆN" and "III. NHIỆM VỤ TRỌNG TÂM"); never the
    /// objectives or the implementation part.
    /// </summary>
    public static IReadOnlyList<StructureNode> TaskParts(IReadOnlyList<StructureNode> roots)
    {
        var primary = Tasks(roots);
        var level = primary is null || roots.Contains(primary) ? roots : Candidates(roots).Where(c => !roots.Contains(c)).ToList();
        return [.. level.Where(n => ReferenceEquals(n, primary) || (!n.Enumerator.IsBullet && n.Children.Count > 0
            && (primary is not null && PartScore(n) >= 2 || IsAssignmentByUnit(n))))];
    }

    /// <summary>
    /// "PHÂN CÔNG NHIỆM VỤ" organised by unit ("1. Sở Y tế:", "2. Công an tỉnh:"): a part that assigns the plan's work
    /// unit by unit, so its units' items are tasks as well as duties. "TỔ CHỨC THỰC HIỆN" is not one: its items are duties.
    /// </summary>
    private static bool IsAssignmentByUnit(StructureNode part)
    {
        var h = Heading(part);
        if (!h.Contains("phan cong nhiem vu", StringComparison.Ordinal) && !h.Contains("phan cong thuc hien", StringComparison.Ordinal)) return false;
        var unitHeadings = part.Children.Count(c => UnitNames.Heading(c.Text) is { } heading && UnitNames.UnitNameHeading(heading.Name) is not null);
        return unitHeadings * 2 >= part.Children.Count;
    }

    /// <summary>
    /// The parts that give units their duties, in document order: every top-level part headed "TỔ CHỨC THỰC HIỆN",
    /// "TRÁCH NHIỆM THỰC HIỆN" or "PHÂN CÔNG NHIỆM VỤ" (a plan may have a "PHÂN CÔNG NHIỆM VỤ" and a "TỔ CHỨC THỰC
    /// HIỆN"), else the first such part one level down.
    /// </summary>
    public static IReadOnlyList<StructureNode> ImplementationParts(IReadOnlyList<StructureNode> roots)
    {
        // "NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN" names its tasks first: a task part, not this one.
        var top = roots.Where(n => !n.Enumerator.IsBullet && IsImplementationHeading(Heading(n)) && TaskHeadingScore(Heading(n)) < 3).ToList();
        if (top.Count > 0) return top;
        return Candidates(roots).FirstOrDefault(n => n.Text.Length < 80 && IsImplementationHeading(Heading(n))) is { } nested ? [nested] : [];
    }

    public static bool IsImplementationHeading(string folded) =>
        folded.Contains("to chuc thuc hien", StringComparison.Ordinal) || folded.Contains("trach nhiem thuc hien", StringComparison.Ordinal)
        || folded.Contains("phan cong nhiem vu", StringComparison.Ordinal) || folded.Contains("phan cong thuc hien", StringComparison.Ordinal);

    private static readonly string[] TaskStarts =
        ["nhiem vu", "giai phap", "noi dung", "hoat dong", "lo trinh", "nhiem vu va giai phap"];

    /// <summary>Words that may stand before the task words of a heading ("CÁC NHIỆM VỤ", "MỘT SỐ HOẠT ĐỘNG").</summary>
    private static readonly string[] Quantifiers = ["cac ", "nhung ", "mot so "];

    /// <summary>3: the heading starts with the task words; 2: it names tasks among other things; 1: it only says "nội dung"; 0: no.</summary>
    private static int TaskHeadingScore(string folded)
    {
        var h = folded.Length > 90 ? folded[..90] : folded;
        var body = h.TrimStart();
        foreach (var q in Quantifiers)
        {
            if (body.StartsWith(q, StringComparison.Ordinal)) body = body[q.Length..];
        }
        if (TaskStarts.Any(t => body.StartsWith(t, StringComparison.Ordinal))) return 3;
        if (IsImplementationHeading(h) && !h.Contains("giai phap", StringComparison.Ordinal)) return 0;
        if (body.StartsWith("muc tieu", StringComparison.Ordinal) || body.StartsWith("muc dich", StringComparison.Ordinal))
            return h.Contains("nhiem vu", StringComparison.Ordinal) ? 1 : 0;
        if (h.Contains("nhiem vu", StringComparison.Ordinal) || h.Contains("giai phap", StringComparison.Ordinal)) return 2;
        return h.Contains("noi dung", StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>
    /// How surely a part holds tasks (<see cref="TaskHeadingScore"/>), the kind of part considered: an article of a
    /// decision is a sentence, so it holds tasks only when it starts with the task words; the content of the
    /// administrative procedures a decision publishes ("NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH") holds none.
    /// </summary>
    private static int PartScore(StructureNode n)
    {
        var heading = Heading(n);
        if (heading.Contains("thu tuc hanh chinh", StringComparison.Ordinal) && !heading.Contains("nhiem vu", StringComparison.Ordinal)) return 0;
        var score = TaskHeadingScore(heading);
        return n.Enumerator.Style == EnumeratorStyle.Article && score < 3 ? 0 : score;
    }

    /// <summary>The node's own text folded, without its label, cut to the length of a heading.</summary>
    private static string Heading(StructureNode n)
    {
        var folded = VietnameseText.Fold(n.Text);
        return folded.Length > 90 ? folded[..90] : folded;
    }

    /// <summary>Top-level parts, and the parts one level down when the top level is Phần/Chương/Điều.</summary>
    private static IEnumerable<StructureNode> Candidates(IReadOnlyList<StructureNode> roots)
    {
        foreach (var r in roots)
        {
            if (r.Enumerator.IsBullet) continue;
            yield return r;
        }
        foreach (var r in roots)
        {
            if (r.Enumerator.IsBullet) continue;
            foreach (var c in r.Children)
            {
                if (!c.Enumerator.IsBullet) yield return c;
            }
        }
    }

    /// <summary>The path of labels from a root to the node ("II.1").</summary>
    public static string PathOf(IReadOnlyList<StructureNode> roots, StructureNode target)
    {
        var path = new List<string>();
        return Find(roots, target, path) ? string.Join(".", path) : target.Label;

        static bool Find(IEnumerable<StructureNode> nodes, StructureNode target, List<string> path)
        {
            foreach (var n in nodes)
            {
                path.Add(n.Label);
                if (ReferenceEquals(n, target) || Find(n.Children, target, path)) return true;
                path.RemoveAt(path.Count - 1);
            }
            return false;
        }
    }

    /// <summary>A node's direct content in document order: its children's texts and its unnumbered paragraphs.</summary>
    public static IEnumerable<(string Text, Line Line, StructureNode? Child)> Content(StructureNode node)
    {
        var entries = node.Children.Select(c => (Text: c.Text, Line: c.Line, Child: (StructureNode?)c))
            .Concat(node.Paragraphs.Select(p => (Text: TextOf.Flatten(p.Text), Line: p, Child: (StructureNode?)null)));
        return entries.OrderBy(e => e.Line.Span.Block);
    }

    /// <summary>All text under a node, its own included.</summary>
    public static IEnumerable<Line> AllLines(StructureNode node)
    {
        yield return node.Line;
        foreach (var p in node.Paragraphs) yield return p;
        foreach (var c in node.Children)
        {
            foreach (var l in AllLines(c)) yield return l;
        }
    }
}

/// <summary>Small text helpers shared by the extractors.</summary>
internal static class TextOf
{
    public static string Flatten(string text) => Text.VietnameseText.CollapseSpaces(text.Replace('\n', ' '));
}
