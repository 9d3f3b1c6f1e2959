using System.Collections.Immutable;
using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>
/// Turns a sibling group's clusters, whichever <see cref="ITaskClusterer"/> found them, into the report's entries: a
/// <see cref="TaskFamily"/> per cluster, in the order of their first tasks, named after the member that belongs most
/// firmly and numbered on from the families of the groups before; and for each plan the families it lacks that
/// <see cref="ComparisonOptions.MinSupport"/> or more siblings have, each with the plan's task that covers it in part,
/// if one does (<see cref="PartialCover"/>).
/// </summary>
internal static class FamilyGapBuilder
{
    /// <summary>
    /// Adds the group's families to <paramref name="families"/> and each of its plans' gaps to <paramref name="gaps"/>;
    /// returns the group's families with their members as (plan, task) in the group.
    /// </summary>
    public static List<(string Id, List<(int Plan, int Task)> Members)> Add(SiblingTasks group, IReadOnlyList<TaskCluster> clusters, ComparisonOptions options,
        List<TaskFamily> families, List<PlanGaps> gaps)
    {
        var (plans, tasks) = (group.Plans, group.Tasks);
        var ordered = clusters.OrderBy(c => c.Members.Min()).ToList();
        var ids = new List<string>();
        // Each task's score in the family it belongs to.
        var own = new Dictionary<(int Plan, int Task), double>();
        foreach (var cluster in ordered)
        {
            var (members, memberScores) = (cluster.Members, cluster.MemberScores);
            for (var i = 0; i < members.Length; i++) own[tasks[members[i]]] = memberScores[i];
            var (bestPlan, bestTask) = tasks[members[memberScores.IndexOf(memberScores.Max())]];
            var id = $"F{families.Count + 1}";
            ids.Add(id);
            families.Add(new TaskFamily(id, plans[bestPlan].Tasks[bestTask].Title,
                members.Select((m, i) => Member(plans, tasks[m], memberScores[i])).ToImmutableArray()));
        }
        var of = plans.Count - 1;
        for (var p = 0; p < plans.Count; p++)
        {
            var missing = ImmutableArray.CreateBuilder<MissingTask>();
            for (var f = 0; f < ordered.Count; f++)
            {
                var cluster = ordered[f];
                if (cluster.Members.Any(m => tasks[m].Plan == p) || cluster.Members.Length < options.MinSupport) continue;
                var closest = PartialCover.Closest(plans[p], t => cluster.Similarity((p, t)), t => own[(p, t)], options);
                missing.Add(new MissingTask(ids[f], cluster.Members.Length, of, closest));
            }
            gaps.Add(new PlanGaps(plans[p].Source.File, missing.ToImmutable()));
        }
        return [.. ordered.Select((c, f) => (ids[f], c.Members.Select(m => tasks[m]).ToList()))];
    }

    private static FamilyMember Member(IReadOnlyList<PlanDocument> plans, (int Plan, int Task) task, double score)
    {
        var t = plans[task.Plan].Tasks[task.Task];
        return new FamilyMember(plans[task.Plan].Source.File, t.Id, t.Title, Math.Round(score, 3)) { Page = t.Span.Page };
    }
}
