using System.Collections.Immutable;
using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>
/// The tasks plans are compared on: those where work is assigned. A group ("1. Về dữ liệu" holding "1.1", "1.2", or an
/// appendix table's group row) is compared through its tasks; a task with no subtasks is compared as itself. So a plan
/// that assigns its work two levels deep compares at the level its siblings assign theirs.
/// </summary>
internal static class WorkTasks
{
    /// <summary>The plan with its tasks replaced by the tasks where work is assigned, in document order.</summary>
    public static PlanDocument Of(PlanDocument plan) =>
        plan.Tasks.All(t => t.Subtasks.IsEmpty) ? plan : plan with { Tasks = [.. plan.Tasks.SelectMany(Leaves)] };

    private static IEnumerable<PlanTask> Leaves(PlanTask task) =>
        task.Subtasks.IsEmpty ? [task] : task.Subtasks.SelectMany(Leaves);
}
