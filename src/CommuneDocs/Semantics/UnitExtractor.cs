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
            if (UnitNames.Heading(child.Text) is { } heading)
            {
                var duties = new List<string>();
                if (heading.Duty.Length > 0) duties.Add(heading.Duty);
                duties.AddRange(Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0));
                units.Add(new ResponsibleUnit(heading.Name, registry.Canonicalize(heading.Name), [.. duties]) { Span = child.Line.Span });
                continue;
            }
            var text = VietnameseText.CollapseSpaces(child.Text);
            if (UnitNames.OfDutySentence(text, registry) is { } named)
            {
                var duties = new List<string> { text };
                duties.AddRange(Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0));
                units.Add(new ResponsibleUnit(named, registry.Canonicalize(named), [.. duties]) { Span = child.Line.Span });
                continue;
            }
            if (depth > 0) continue;
            if (child.Children.Any(c => UnitNames.Heading(c.Text) is not null))
            {
                Collect(child, registry, units, depth + 1);
                continue;
            }
            // A section of the part written as prose ("1. Công tác triển khai", then "Sở Nội vụ có trách nhiệm ...").
            foreach (var (raw, line, _) in Parts.Content(child))
            {
                var paragraph = VietnameseText.CollapseSpaces(raw);
                if (UnitNames.OfDutySentence(paragraph, registry) is { } unit) units.Add(new ResponsibleUnit(unit, registry.Canonicalize(unit), [paragraph]) { Span = line.Span });
            }
        }
    }
}
