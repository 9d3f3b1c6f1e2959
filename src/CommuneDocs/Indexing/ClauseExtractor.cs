using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Indexing;

/// <summary>One searchable clause of a plan, before it becomes a Lucene document.</summary>
/// <param name="Kind">What part of the plan it is.</param>
/// <param name="Path">Where it sits ("II.5", "II.5 #2", "target 3", "table 1 row 4").</param>
/// <param name="Text">Its text.</param>
/// <param name="Year">Its own year, else the plan's.</param>
/// <param name="Page">The page it starts on, when the plan's file has pages.</param>
/// <param name="TaskBody">For a top-level task, its title and items: what the comparer's task similarity reads.</param>
internal sealed record ClauseRecord(ClauseKind Kind, string Path, string Text, int? Year, int? Page = null, string? TaskBody = null);

/// <summary>Cuts a plan into the clauses the index holds: outline nodes, tasks at every depth, task items, targets, unit duties and table rows.</summary>
internal static class ClauseExtractor
{
    public static IEnumerable<ClauseRecord> Extract(PlanDocument plan)
    {
        var planYear = plan.Date?.Year;
        // A task and its items are indexed as such; the outline nodes they come from would only repeat them.
        var taskIds = plan.AllTasks().Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in Nodes(plan.Outline, "", planYear, taskIds)) yield return clause;
        var topLevel = new HashSet<PlanTask>(plan.Tasks, ReferenceEqualityComparer.Instance);
        foreach (var task in plan.AllTasks())
        {
            var year = task.Deadline?.Year ?? planYear;
            var page = task.Span.Page;
            // The comparer compares top-level tasks; a subtask's body would only crowd its candidates.
            var body = topLevel.Contains(task) ? string.Join(" ", task.Items.Prepend(task.Title)) : null;
            yield return new ClauseRecord(ClauseKind.Task, task.Id, task.Title, year, page, body);
            // An item that is a subtask's title is indexed as that subtask.
            var subtaskTitles = task.Subtasks.Select(s => VietnameseText.ToneKey(s.Title)).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < task.Items.Length; i++)
            {
                if (subtaskTitles.Contains(VietnameseText.ToneKey(task.Items[i]))) continue;
                yield return new ClauseRecord(ClauseKind.Item, $"{task.Id} #{i + 1}", task.Items[i], year, page);
            }
        }
        for (var i = 0; i < plan.Targets.Length; i++)
        {
            var t = plan.Targets[i];
            yield return new ClauseRecord(ClauseKind.Target, $"target {i + 1}", t.Text, t.Year ?? planYear, t.Span.Page);
        }
        foreach (var unit in plan.Units)
        {
            for (var i = 0; i < unit.Duties.Length; i++)
                yield return new ClauseRecord(ClauseKind.Duty, $"{unit.Canonical} #{i + 1}", unit.Duties[i], planYear, unit.Span.Page);
        }
        for (var t = 0; t < plan.Tables.Length; t++)
        {
            var rows = plan.Tables[t].Rows.Where(r => r.Kind == TableRowKind.Data).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var text = string.Join(" | ", rows[r].Cells.Where(c => c.Length > 0));
                if (text.Length > 0) yield return new ClauseRecord(ClauseKind.Row, $"table {t + 1} row {r + 1}", text, planYear, rows[r].Span.Page ?? plan.Tables[t].Span.Page);
            }
        }
    }

    private static IEnumerable<ClauseRecord> Nodes(IEnumerable<OutlineNode> nodes, string parent, int? year, HashSet<string> taskIds)
    {
        foreach (var node in nodes)
        {
            var path = parent.Length == 0 ? node.Label : $"{parent}.{node.Label}";
            if (taskIds.Contains(path)) continue;
            if (node.Text.Length > 0) yield return new ClauseRecord(ClauseKind.Node, path, node.Text, year, node.Span.Page);
            foreach (var child in Nodes(node.Children, path, year, taskIds)) yield return child;
        }
    }
}
