using CommuneDocs.Structure;

namespace CommuneDocs.Semantics;

/// <summary>Finds the parts of a plan by their headings: objectives, tasks, implementation.</summary>
internal static class Parts
{
    /// <summary>The part that holds the tasks: "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG, NHIỆM VỤ", "CÁC NHIỆM VỤ TRỌNG TÂM".</summary>
    public static StructureNode? Tasks(IReadOnlyList<StructureNode> roots) =>
        Candidates(roots).FirstOrDefault(n => IsTaskHeading(n.Line.Folded) && n.Children.Count > 0)
        ?? Candidates(roots).FirstOrDefault(n => IsTaskHeading(n.Line.Folded));

    /// <summary>The implementation part: "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ".</summary>
    public static StructureNode? Implementation(IReadOnlyList<StructureNode> roots) =>
        roots.LastOrDefault(n => !n.Enumerator.IsBullet && IsImplementationHeading(Heading(n)))
        ?? Candidates(roots).FirstOrDefault(n => n.Text.Length < 80 && IsImplementationHeading(Heading(n)));

    public static bool IsImplementationHeading(string folded) =>
        folded.Contains("to chuc thuc hien", StringComparison.Ordinal) || folded.Contains("trach nhiem thuc hien", StringComparison.Ordinal)
        || folded.Contains("phan cong nhiem vu", StringComparison.Ordinal) || folded.Contains("phan cong thuc hien", StringComparison.Ordinal);

    private static bool IsTaskHeading(string folded)
    {
        var h = folded.Length > 90 ? folded[..90] : folded;
        if (IsImplementationHeading(h) || h.Contains("muc tieu", StringComparison.Ordinal) || h.Contains("muc dich", StringComparison.Ordinal)) return false;
        return h.Contains("nhiem vu", StringComparison.Ordinal) || h.Contains("giai phap", StringComparison.Ordinal)
            || h.Contains("noi dung", StringComparison.Ordinal);
    }

    private static string Heading(StructureNode n) => n.Line.Folded.Length > 90 ? n.Line.Folded[..90] : n.Line.Folded;

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
