using CommuneDocs.Model;

namespace CommuneDocs.Indexing;

/// <summary>One searchable clause of a plan, before it becomes a Lucene document.</summary>
internal sealed record ClauseRecord(ClauseKind Kind, string Path, string Text, int? Year, string? TaskBody = null);

/// <summary>Cuts a plan into the clauses the index holds: outline nodes, tasks, task items, targets, unit duties and table rows.</summary>
internal static class ClauseExtractor
{
    public static IEnumerable<ClauseRecord> Extract(PlanDocument plan)
    {
        var planYear = plan.Date?.Year;
        // A task and its items are indexed as such; the outline nodes they come from would only repeat them.
        var taskIds = plan.Tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in Nodes(plan.Outline, "", planYear, taskIds)) yield return clause;
        foreach (var task in plan.Tasks)
        {
            var year = task.Deadline?.Year ?? planYear;
            var body = string.Join(" ", task.Items.Prepend(task.Title));
            yield return new ClauseRecord(ClauseKind.Task, task.Id, task.Title, year, body);
            for (var i = 0; i < task.Items.Length; i++)
                yield return new ClauseRecord(ClauseKind.Item, $"{task.Id} #{i + 1}", task.Items[i], year);
        }
        for (var i = 0; i < plan.Targets.Length; i++)
        {
            var t = plan.Targets[i];
            yield return new ClauseRecord(ClauseKind.Target, $"target {i + 1}", t.Text, t.Year ?? planYear);
        }
        foreach (var unit in plan.Units)
        {
            for (var i = 0; i < unit.Duties.Length; i++)
                yield return new ClauseRecord(ClauseKind.Duty, $"{unit.Canonical} #{i + 1}", unit.Duties[i], planYear);
        }
        for (var t = 0; t < plan.Tables.Length; t++)
        {
            var rows = plan.Tables[t].Rows.Where(r => r.Kind == TableRowKind.Data).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var text = string.Join(" | ", rows[r].Cells.Where(c => c.Length > 0));
                if (text.Length > 0) yield return new ClauseRecord(ClauseKind.Row, $"table {t + 1} row {r + 1}", text, planYear);
            }
        }
    }

    private static IEnumerable<ClauseRecord> Nodes(IEnumerable<OutlineNode> nodes, string parent, int? year, HashSet<string> taskIds)
    {
        foreach (var node in nodes)
        {
            var path = parent.Length == 0 ? node.Label : $"{parent}.{node.Label}";
            if (taskIds.Contains(path)) continue;
            if (node.Text.Length > 0) yield return new ClauseRecord(ClauseKind.Node, path, node.Text, year);
            foreach (var child in Nodes(node.Children, path, year, taskIds)) yield return child;
        }
    }
}
