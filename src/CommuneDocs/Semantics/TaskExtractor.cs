using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// The plan's tasks: the task tree of every part that assigns work (<see cref="TaskTree"/>), each task filled from the
/// appendix row that restates it, then the tasks only an appendix table lists (<see cref="AppendixTasks"/>).
/// </summary>
internal static class TaskExtractor
{
    public static ImmutableArray<PlanTask> Extract(StructuredDocument doc, UnitRegistry registry)
    {
        var parts = Parts.TaskParts(doc.Outline).Select(p => (p, Parts.PathOf(doc.Outline, p)));
        var appendix = new AppendixTasks(TaskTable.Find(doc), registry);
        var body = new TaskTree(registry).Build(parts).Select(appendix.Fill).ToImmutableArray();
        return body.AddRange(appendix.Listed(body));
    }

    /// <summary>The latest completion time the text states (<see cref="VietnameseDates.CompletionDates"/>).</summary>
    internal static PartialDate? Deadline(IEnumerable<string> lines)
    {
        DateParts? best = null;
        foreach (var date in lines.SelectMany(VietnameseDates.CompletionDates))
        {
            if (best is null || date.LastDay > best.Value.LastDay) best = date;
        }
        return best.ToPartialDate();
    }
}
