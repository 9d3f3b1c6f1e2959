using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// The tasks an appendix table assigns (phụ lục phân công nhiệm vụ): a row that restates a task of the body fills
/// what the body leaves out (its time, lead, support and product, as the corpus gold has it); a row only the table
/// lists is a task of its own (<see cref="TaskSource.Appendix"/>, its STT as <see cref="PlanTask.Row"/>), under the
/// table's group rows ("I Cải cách thể chế") as groups. A row without a task of its own (a vertically merged task
/// cell) adds its units to the task above it.
/// </summary>
internal sealed class AppendixTasks
{
    private readonly ImmutableArray<TaskTable> _tables;
    private readonly UnitRegistry _registry;

    public AppendixTasks(ImmutableArray<TaskTable> tables, UnitRegistry registry)
    {
        _tables = tables;
        _registry = registry;
    }

    /// <summary>The task with what a table row restating it states and the task does not, at every depth.</summary>
    public PlanTask Fill(PlanTask task)
    {
        var filled = task with { Subtasks = [.. task.Subtasks.Select(Fill)] };
        foreach (var table in _tables)
        {
            var r = table.RowOf(task.Title);
            if (r < 0) continue;
            var row = table.Row(r, _registry);
            return filled with
            {
                Deadline = filled.Deadline ?? row.Deadline,
                Recurring = filled.Recurring || (filled.Deadline is null && row.Recurring),
                Lead = filled.Lead.IsEmpty ? row.Lead : filled.Lead,
                Support = filled.Support.IsEmpty ? row.Support : filled.Support,
                Product = filled.Product ?? row.Product,
            };
        }
        return filled;
    }

    /// <summary>The tasks only the appendix tables list, grouped under their tables' group rows.</summary>
    public ImmutableArray<PlanTask> Listed(IReadOnlyList<PlanTask> body)
    {
        var bodyTitles = body.SelectMany(t => t.SelfAndSubtasks()).Select(t => t.Title).ToList();
        var tables = _tables.Where(t => t.ListsAppendixTasks).ToList();
        var result = ImmutableArray.CreateBuilder<PlanTask>();
        for (var i = 0; i < tables.Count; i++)
        {
            var prefix = tables.Count == 1 ? "PL" : "PL" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.AddRange(FromTable(tables[i], prefix, bodyTitles));
        }
        return result.ToImmutable();
    }

    private IEnumerable<PlanTask> FromTable(TaskTable table, string prefix, List<string> bodyTitles)
    {
        var root = new GroupNode("", "", prefix, SourceSpan.None);
        PlanTask? previous = null;
        GroupNode? previousGroup = null;
        for (var r = 0; r < table.Table.Rows.Length; r++)
        {
            var row = table.Row(r, _registry);
            if (row.Task.Length == 0)
            {
                // The task cell is merged down over this row: its units are the task's too.
                if (previous is not null && previousGroup is not null) previousGroup.Replace(previous, previous = WithUnitsOf(previous, row));
                continue;
            }
            if (bodyTitles.Any(t => table.Restates(t, r)))
            {
                previous = null;
                continue;
            }
            var group = root.Path(table.Table.Rows[r].Groups, row.Span);
            var task = row.Number.Length == 0 && previous is not null && ReferenceEquals(group, previousGroup)
                ? SubRow(row, previous)
                : NewTask(row, group);
            previous = task;
            previousGroup = group;
            group.Tasks.Add(task);
        }
        return root.ToTasks();
    }

    private static PlanTask NewTask(RowFacts row, GroupNode group)
    {
        var label = row.Number.Length > 0 ? row.Number.TrimEnd('.') : (group.Tasks.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new PlanTask(group.Id + "." + label, row.Task, [], row.Deadline, row.Lead, row.Support, row.Span)
        {
            Product = row.Product,
            Source = TaskSource.Appendix,
            Row = row.Number.Length > 0 ? row.Number : null,
            Recurring = row.Recurring,
        };
    }

    /// <summary>
    /// A row with a task but no number of its own, under a numbered row: a second task of that number, whose STT cell
    /// and whatever other cells it leaves empty are merged down from the row above (its time, support, product).
    /// </summary>
    private static PlanTask SubRow(RowFacts row, PlanTask numbered) =>
        new(numbered.Id, row.Task, [], row.Deadline ?? numbered.Deadline, row.Lead.IsEmpty ? numbered.Lead : row.Lead,
            row.Support.IsEmpty ? numbered.Support : row.Support, row.Span)
        {
            Product = row.Product ?? numbered.Product,
            Source = TaskSource.Appendix,
            Row = numbered.Row,
            Recurring = row.Deadline is null ? numbered.Recurring : row.Recurring,
        };

    private static PlanTask WithUnitsOf(PlanTask task, RowFacts row) => task with
    {
        Lead = [.. task.Lead.Concat(row.Lead).Distinct()],
        Support = [.. task.Support.Concat(row.Support).Distinct()],
    };

    /// <summary>A group row of the table ("I Cải cách thể chế") and what stands under it.</summary>
    private sealed class GroupNode(string label, string title, string id, SourceSpan span)
    {
        private readonly List<GroupNode> _groups = [];

        public string Id { get; } = id;

        public List<PlanTask> Tasks { get; } = [];

        /// <summary>The group a row's group path leads to, made where new.</summary>
        public GroupNode Path(ImmutableArray<string> groups, SourceSpan rowSpan)
        {
            var node = this;
            foreach (var g in groups)
            {
                var (l, t) = Split(g);
                var next = node._groups.FirstOrDefault(x => x._name == g);
                if (next is null)
                {
                    next = new GroupNode(l, t, node.Id + "." + l, rowSpan) { _name = g };
                    node._groups.Add(next);
                }
                node = next;
            }
            return node;
        }

        private string _name = "";

        public void Replace(PlanTask old, PlanTask @new) => Tasks[Tasks.IndexOf(old)] = @new;

        /// <summary>This group's tasks: its rows, then its inner groups as tasks holding theirs.</summary>
        public IEnumerable<PlanTask> ToTasks() =>
            Tasks.Concat(_groups.Select(g => g.AsTask()).OfType<PlanTask>());

        private PlanTask? AsTask()
        {
            var subtasks = ToTasks().ToImmutableArray();
            if (subtasks.IsEmpty) return null;
            return new PlanTask(Id, title, [.. subtasks.Select(s => s.Title)], null, [], [], span) { Subtasks = subtasks, Source = TaskSource.Appendix, Row = label };
        }

        private static (string Label, string Title) Split(string group)
        {
            var space = group.IndexOf(' ');
            return space > 0 ? (group[..space].TrimEnd('.'), group[(space + 1)..].Trim()) : (group.TrimEnd('.'), group);
        }
    }
}
