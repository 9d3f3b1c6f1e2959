using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// The tasks of the parts that assign work, as a tree: a task holds the tasks numbered under it ("1. Về dữ liệu" →
/// "1.1", "1.2"), or, in a part organised by unit ("1. Sở Y tế:"), the items that unit is given; everything else under
/// a task is its text: its items, and its fields ("Chủ trì:", "Thời gian thực hiện:", "Kết quả:", see
/// <see cref="TaskFields"/>). A group's lead, support and time, stated once, apply to its tasks that state none.
/// </summary>
internal sealed class TaskTree
{
    private readonly UnitRegistry _registry;

    public TaskTree(UnitRegistry registry) => _registry = registry;

    /// <summary>The lead, support and time a group states for the tasks under it.</summary>
    private sealed record Inherited(ImmutableArray<string> Lead, ImmutableArray<string> Support, PartialDate? Deadline, bool Recurring)
    {
        public static Inherited None { get; } = new([], [], null, false);
    }

    /// <summary>What a task states itself, outside its subtasks.</summary>
    private sealed record OwnFacts(ImmutableArray<string> Lead, ImmutableArray<string> Support, PartialDate? Deadline, bool Recurring, string? Product);

    /// <summary>The tasks of each part, in document order; each part's path ("II") prefixes its tasks' ids.</summary>
    public ImmutableArray<PlanTask> Build(IEnumerable<(StructureNode Part, string Path)> parts) =>
        [.. parts.SelectMany(p => p.Part.Children.Select(child => Task(child, p.Path, p.Part.Label, Inherited.None)))];

    /// <summary>The outline path of a task: its parent's, then its label; a compound label ("1.2" under "1") stands for both.</summary>
    private static string IdOf(StructureNode node, string parentId, string parentLabel) =>
        node.Label.StartsWith(parentLabel + ".", StringComparison.Ordinal) && parentId.EndsWith(parentLabel, StringComparison.Ordinal)
            ? parentId[..^parentLabel.Length] + node.Label
            : parentId + "." + node.Label;

    private PlanTask Task(StructureNode node, string parentId, string parentLabel, Inherited inherited)
    {
        var id = IdOf(node, parentId, parentLabel);
        var unit = UnitOfHeading(node);
        var subtaskNodes = node.Children.Where(c => IsSubtask(c, unit is not null)).ToList();
        var own = Own(node, subtaskNodes);
        var lead = !own.Lead.IsEmpty ? own.Lead : unit is not null ? [unit] : inherited.Lead;
        var support = !own.Support.IsEmpty ? own.Support : inherited.Support;
        var forSubtasks = new Inherited(lead, support, own.Deadline ?? inherited.Deadline, own.Recurring || (own.Deadline is null && inherited.Recurring));
        var subtasks = subtaskNodes.Select(c => Task(c, id, node.Label, forSubtasks)).ToImmutableArray();
        var items = Parts.Content(node).Select(c => c.Text).Where(t => t.Length > 0).ToImmutableArray();
        return new PlanTask(id, node.Text, items, Latest(own.Deadline, subtasks) ?? inherited.Deadline, lead, support, node.Line.Span)
        {
            Subtasks = subtasks,
            Product = own.Product,
            Recurring = own.Recurring || (own.Deadline is null && inherited.Recurring),
        };
    }

    /// <summary>The latest of a task's own time and its subtasks' (its text names them all).</summary>
    private static PartialDate? Latest(PartialDate? own, ImmutableArray<PlanTask> subtasks)
    {
        var best = own;
        foreach (var s in subtasks)
        {
            if (s.Deadline is { } d && (best is null || d.LastDay() > best.Value.LastDay())) best = d;
        }
        return best;
    }

    /// <summary>
    /// A child that is a task of its own: one numbered in figures ("1.1", "2.", "(3)") that is not a field, any item
    /// of a unit's heading, or an item that states its own lead or time.
    /// </summary>
    private bool IsSubtask(StructureNode child, bool underUnit)
    {
        if (TaskFields.AtStart(child.Text) is { Kind: not TaskFieldKind.Content }) return false;
        if (child.Enumerator.Style is EnumeratorStyle.Decimal or EnumeratorStyle.DottedDecimal or EnumeratorStyle.DecimalParen) return true;
        if (underUnit) return true;
        return child.Children.Any(c => TaskFields.AtStart(c.Text) is { Kind: TaskFieldKind.Lead or TaskFieldKind.Time or TaskFieldKind.Performers });
    }

    /// <summary>
    /// The unit a heading names, in a part organised by unit: "1. Sở Y tế:" over its items, "2. Công an tỉnh: Bảo
    /// đảm an ninh ..." with its duty on the same line, "3. Đề nghị Ủy ban MTTQ tỉnh:".
    /// </summary>
    private static string? UnitOfHeading(StructureNode node)
    {
        if (UnitNames.Heading(node.Text) is not { } heading) return null;
        var hasDuty = heading.Duty.Length > 0 || node.Children.Count > 0 || node.Paragraphs.Count > 0;
        return hasDuty ? UnitNames.UnitNameHeading(heading.Name) : null;
    }

    /// <summary>The fields a task states in its own lines: its heading, its paragraphs and the items that are not subtasks.</summary>
    private OwnFacts Own(StructureNode node, List<StructureNode> subtasks)
    {
        var lines = OwnLines(node, subtasks).Select(l => TextOf.Flatten(l.Body)).ToList();
        ImmutableArray<string> lead = [], support = [], performers = [];
        var times = new List<string>();
        string? product = null;
        foreach (var field in lines.SelectMany(TaskFields.All))
        {
            switch (field.Kind)
            {
                case TaskFieldKind.Lead when lead.IsEmpty && field.Value.Length > 0: lead = UnitLists.Split(field.Value, _registry); break;
                case TaskFieldKind.Support when support.IsEmpty && field.Value.Length > 0: support = UnitLists.Split(field.Value, _registry); break;
                case TaskFieldKind.Performers when performers.IsEmpty && field.Value.Length > 0: performers = UnitLists.Split(field.Value, _registry); break;
                case TaskFieldKind.Time when field.Value.Length > 0: times.Add(field.Value); break;
                case TaskFieldKind.Product when product is null && field.Value.Length > 0: product = field.Value; break;
            }
        }
        if (lead.IsEmpty && performers.IsEmpty) lead = LeadInProse(node);
        var deadline = times.Select(TaskTimes.Deadline).Where(d => d is not null).MaxBy(d => d!.Value.LastDay()) ?? TaskExtractor.Deadline(lines);
        return new OwnFacts(lead.IsEmpty ? performers : lead, support, deadline, times.Any(TaskTimes.IsRecurring), product);
    }

    /// <summary>The unit a paragraph of the task puts in charge in prose: "Sở Nội vụ chủ trì, phối hợp với ...".</summary>
    private ImmutableArray<string> LeadInProse(StructureNode node)
    {
        foreach (var paragraph in node.Paragraphs.Select(p => TextOf.Flatten(p.Text)))
        {
            if (UnitNames.OfDutySentence(paragraph, _registry) is not { } unit) continue;
            var rest = VietnameseText.Fold(paragraph[Math.Min(paragraph.Length, unit.Length)..]).TrimStart(' ', ',');
            if (rest.StartsWith("chu tri", StringComparison.Ordinal)) return [unit];
        }
        return [];
    }

    /// <summary>A task's own lines: its heading, its paragraphs, and everything under the children that are not subtasks.</summary>
    private static IEnumerable<Line> OwnLines(StructureNode node, List<StructureNode> subtasks)
    {
        yield return node.Line;
        foreach (var p in node.Paragraphs) yield return p;
        foreach (var child in node.Children)
        {
            if (subtasks.Contains(child)) continue;
            foreach (var l in Parts.AllLines(child)) yield return l;
        }
    }
}
