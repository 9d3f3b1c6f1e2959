using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// Units given duties, from every way a plan gives them, each named as written (a heading that names two units is
/// one entry, as the gold annotations keep it): in the implementation part, each heading there that names a unit or a position ("2. Công an xã", "Đề nghị Ủy ban MTTQ và các đoàn thể xã:", "6. Phó Chủ tịch phụ trách lĩnh
/// vực ...") with the items and paragraphs under it as its duties, and a duty that assigns itself to a unit ("Giao
/// Trung tâm Phục vụ hành chính công xã tổng hợp ..."); the units that lead or support a task; and, in a decision
/// without an implementation part, the bodies its last article charges with carrying it out (Điều 4. "Chánh Văn
/// phòng ..., Thủ trưởng các ban, ngành ... chịu trách nhiệm thi hành Quyết định này").
/// </summary>
internal static partial class UnitExtractor
{
    public static ImmutableArray<ResponsibleUnit> Extract(StructuredDocument doc, UnitRegistry registry, IEnumerable<PlanTask> tasks)
    {
        var units = new UnitList(registry);
        foreach (var part in Parts.ImplementationParts(doc.Outline)) Collect(part, units, depth: 0);
        if (units.Count == 0 && ExecutingArticle(doc.Outline) is { } article) FromExecutingArticle(article, units);
        foreach (var task in tasks)
        {
            foreach (var lead in task.Lead.Where(UnitNames.LooksLikeUnit)) units.AddIfNew(lead, task.Title, task.Span);
            foreach (var support in task.Support.Where(UnitNames.LooksLikeUnit)) units.AddIfNew(support, "Phối hợp: " + task.Title, task.Span);
        }
        return units.ToImmutable();
    }

    private static void Collect(StructureNode parent, UnitList units, int depth)
    {
        foreach (var child in parent.Children)
        {
            if (UnitNames.Heading(child.Text) is { } heading)
            {
                var duties = new List<string>();
                if (heading.Duty.Length > 0) duties.Add(heading.Duty);
                duties.AddRange(Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0));
                units.Add(heading.Name, duties, child.Line.Span);
                continue;
            }
            var text = VietnameseText.CollapseSpaces(child.Text);
            if (UnitNames.OfDutySentence(text, units.Registry) is { } named)
            {
                var duties = new List<string> { text };
                duties.AddRange(Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0));
                units.Add(named, duties, child.Line.Span);
                continue;
            }
            if (depth > 0) continue;
            if (child.Children.Any(c => UnitNames.Heading(c.Text) is not null))
            {
                Collect(child, units, depth + 1);
                continue;
            }
            // A section of the part written as prose ("1. Công tác triển khai", then "Sở Nội vụ có trách nhiệm ...").
            foreach (var (raw, line, _) in Parts.Content(child))
            {
                var paragraph = VietnameseText.CollapseSpaces(raw);
                if (UnitNames.OfDutySentence(paragraph, units.Registry) is { } unit) units.Add(unit, [paragraph], line.Span);
            }
        }
    }

    /// <summary>A decision's last article, when it says who carries the decision out.</summary>
    private static StructureNode? ExecutingArticle(IReadOnlyList<StructureNode> roots) =>
        roots.LastOrDefault(r => r.Enumerator.Style == EnumeratorStyle.Article && ChargedWith().IsMatch(ArticleText(r)));

    private static string ArticleText(StructureNode article) => TextOf.Flatten(string.Join(" ", Parts.AllLines(article).Select(l => l.Body)));

    private static void FromExecutingArticle(StructureNode article, UnitList units)
    {
        var text = ArticleText(article);
        var list = text[..ChargedWith().Match(text).Index];
        foreach (var part in UnitLists.Split(list, units.Registry).SelectMany(p => SplitAtAnd(p, units.Registry)))
        {
            var name = UnitNames.UnitOfPosition(part) is { } office && !ReferenceEquals(office, part) ? office : part;
            if (UnitNames.LooksLikeUnit(name)) units.AddIfNew(name, text, article.Line.Span);
        }
    }

    /// <summary>"A và B" where B starts a unit's or an office's name of its own and the whole is no known unit ("Văn phòng HĐND và UBND").</summary>
    private static IEnumerable<string> SplitAtAnd(string name, UnitRegistry registry)
    {
        if (registry.IsKnown(name) || registry.IsKnown(UnitNames.UnitOfPosition(name) ?? name)) return [name];
        var m = AndUnit().Match(name);
        return m.Success && m.Index > 0 ? [name[..m.Index].Trim(), name[(m.Index + m.Length)..].Trim()] : [name];
    }

    [GeneratedRegex(@"\s+và\s+(?=(?:Ủy ban|Uỷ ban|UBND|Sở|Phòng|Ban|Trung tâm|Công an|Văn phòng|Hội|Đoàn|Mặt trận|Chủ tịch|Trưởng|Giám đốc|Thủ trưởng|Các|các)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex AndUnit();

    /// <summary>"... chịu trách nhiệm thi hành Quyết định này", "... có trách nhiệm thực hiện", "... căn cứ Quyết định thi hành".</summary>
    [GeneratedRegex(@"\s(?:(?:chịu|có)\s+trách\s+nhiệm|căn\s+cứ\s+(?:quyết\s+định|kế\s+hoạch)(?:\s+này)?)\s+(?:thi\s+hành|thực\s+hiện|tổ\s+chức\s+thực\s+hiện)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChargedWith();

    /// <summary>The units found so far, one per canonical name; a unit named again gathers the new duties.</summary>
    private sealed class UnitList(UnitRegistry registry)
    {
        private readonly List<ResponsibleUnit> _units = [];

        public UnitRegistry Registry { get; } = registry;

        public void Add(string name, IEnumerable<string> duties, SourceSpan span)
        {
            var canonical = Registry.Canonicalize(name);
            var at = _units.FindIndex(u => u.Canonical == canonical);
            if (at < 0) _units.Add(new ResponsibleUnit(name, canonical, [.. duties]) { Span = span });
            else _units[at] = _units[at] with { Duties = [.. _units[at].Duties.Concat(duties)] };
        }

        /// <summary>A unit named elsewhere than in the implementation part, when that part did not name it.</summary>
        public void AddIfNew(string name, string duty, SourceSpan span)
        {
            var canonical = Registry.Canonicalize(name);
            if (_units.Any(u => u.Canonical == canonical || VietnameseText.Fold(u.Name) == VietnameseText.Fold(name))) return;
            _units.Add(new ResponsibleUnit(name, canonical, [duty]) { Span = span });
        }

        public int Count => _units.Count;

        public ImmutableArray<ResponsibleUnit> ToImmutable() => [.. _units];
    }
}
