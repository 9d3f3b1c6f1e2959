using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>
/// The tasks of one sibling group, numbered plan by plan (the tasks of the first plan, then those of the second, …),
/// with how alike any two of them are.
/// </summary>
internal sealed class SiblingTasks
{
    /// <summary>Numbers the tasks of <paramref name="plans"/> and builds their similarity on up to <paramref name="maxDegreeOfParallelism"/> threads (-1: all processors).</summary>
    public SiblingTasks(IReadOnlyList<PlanDocument> plans, int maxDegreeOfParallelism = -1)
    {
        Plans = plans;
        var tasks = new List<(int Plan, int Task)>();
        for (var p = 0; p < plans.Count; p++)
        {
            for (var t = 0; t < plans[p].Tasks.Length; t++) tasks.Add((p, t));
        }
        Tasks = tasks;
        Similarity = new TaskSimilarity(plans, tasks, maxDegreeOfParallelism);
    }

    /// <summary>The group's plans.</summary>
    public IReadOnlyList<PlanDocument> Plans { get; }

    /// <summary>Every task of the group as (plan index, task index); a task's position here is its task number.</summary>
    public IReadOnlyList<(int Plan, int Task)> Tasks { get; }

    /// <summary>How alike two tasks are, and each task's vectors.</summary>
    public TaskSimilarity Similarity { get; }
}
