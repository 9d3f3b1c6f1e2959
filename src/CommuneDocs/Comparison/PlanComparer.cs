using System.Collections.Immutable;
using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>
/// Compares plans that implement the same upper-level document and lists, for each, the tasks its siblings have and
/// it lacks, on the tasks where work is assigned (<see cref="WorkTasks"/>: a group's tasks, not the group). Steps: find sibling plans (<see cref="ComparisonOptions.Siblings"/>, or shared upper-level reference and
/// alike titles); propose candidate pairs of tasks from the index (MoreLikeThis over title and items); score each pair
/// on folded syllables and bigrams, title weighted over items; group tasks into families, never two tasks of one plan
/// in one family (by average linkage over the proposed pairs, or by centroids in a group of more than 400 tasks); a
/// plan lacks a family when
/// <see cref="ComparisonOptions.MinSupport"/> or more siblings have it.
/// </summary>
/// <example>
/// <code>
/// var plans = files.Select(PlanJsonReader.ReadFile).ToList();
/// var report = PlanComparer.Compare(plans);
/// foreach (var gap in report.Gaps) Console.WriteLine($"{gap.Source}: {gap.Missing.Length} missing");
/// </code>
/// </example>
public static class PlanComparer
{
    /// <summary>
    /// Compares <paramref name="plans"/>. With <paramref name="index"/>, candidate tasks come from it: plans are looked
    /// up under their source file name, and those it does not hold yet are added; a plan it holds in another version
    /// only loses the candidates whose task ids no longer exist. Without, candidates come from an index in memory.
    /// </summary>
    public static GapReport Compare(IReadOnlyList<PlanDocument> plans, ComparisonOptions? options = null, PlanIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        options ??= ComparisonOptions.Default;
        plans = [.. plans.Select(WorkTasks.Of)];
        var keys = UniqueKeys(plans);
        var groups = options.Siblings.IsDefaultOrEmpty ? SiblingFinder.Groups(plans, options.SiblingTitleThreshold) : NamedGroup(plans, options.Siblings);
        var families = new List<TaskFamily>();
        var gaps = new List<PlanGaps>();
        var weaker = new List<WeakerTarget>();
        var later = new List<LaterDeadline>();
        foreach (var group in groups.Where(g => g is not null).Select(g => g!.Value).Distinct().Order())
        {
            var members = Enumerable.Range(0, plans.Count).Where(i => groups[i] == group).ToList();
            var groupPlans = members.Select(i => plans[i]).ToList();
            var groupFamilies = CompareGroup(groupPlans, members.Select(i => keys[i]).ToList(), options, index, families, gaps);
            weaker.AddRange(CommitmentComparer.Targets(groupPlans, options));
            later.AddRange(CommitmentComparer.Deadlines(groupPlans, groupFamilies, options));
        }
        var compared = plans.Select((p, i) => new ComparedPlan(p.Source.File, p.Commune, groups[i])).ToImmutableArray();
        return new GapReport(compared, [.. families], [.. gaps]) { WeakerTargets = [.. weaker], LaterDeadlines = [.. later] };
    }

    /// <summary>Adds the group's families and gaps; returns its families with their members as (plan, task) in the group.</summary>
    private static List<(string Id, List<(int Plan, int Task)> Members)> CompareGroup(List<PlanDocument> plans, List<string> keys, ComparisonOptions options,
        PlanIndex? sharedIndex, List<TaskFamily> families, List<PlanGaps> gaps)
    {
        var group = new SiblingTasks(plans, options.MaxDegreeOfParallelism);
        ITaskClusterer clusterer = group.Tasks.Count > LargeGroupTasks
            ? new CentroidTaskClusterer(options.JoinThreshold)
            : new AverageLinkageTaskClusterer(keys, sharedIndex, options);
        return FamilyGapBuilder.Add(group, clusterer.Cluster(group), options, families, gaps);
    }

    /// <summary>
    /// Above this many tasks a sibling group is clustered by centroids (<see cref="CentroidTaskClusterer"/>, linear)
    /// rather than by average linkage over index-proposed pairs (<see cref="AverageLinkageTaskClusterer"/>, cubic): about 50 plans.
    /// </summary>
    internal const int LargeGroupTasks = 400;

    /// <summary>The caller's group: the plans whose file name (or its stem) is listed.</summary>
    private static int?[] NamedGroup(IReadOnlyList<PlanDocument> plans, ImmutableArray<string> names)
    {
        var wanted = names.Select(n => Path.GetFileName(n)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return plans.Select(p => wanted.Contains(p.Source.File) || wanted.Contains(Path.GetFileNameWithoutExtension(p.Source.File)) ? 1 : (int?)null).ToArray();
    }

    /// <summary>Index keys: the file name, numbered when two plans share one.</summary>
    private static List<string> UniqueKeys(IReadOnlyList<PlanDocument> plans)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var plan in plans)
        {
            var key = plan.Source.File;
            for (var n = 2; !used.Add(key); n++) key = $"{plan.Source.File}#{n}";
            keys.Add(key);
        }
        return keys;
    }
}
