using System.Collections.Immutable;
using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>
/// Compares plans that implement the same upper-level document and lists, for each, the tasks its siblings have and
/// it lacks, on the tasks where work is assigned (<see cref="WorkTasks"/>: a group's tasks, not the group). Steps: find sibling plans (<see cref="ComparisonOptions.Siblings"/>, or shared upper-level reference and
/// alike titles); propose candidate pairs of tasks from the index (MoreLikeThis over title and items); score each pair
/// on folded syllables and bigrams, title weighted over items; group tasks into families by average-linkage
/// clustering that never puts two tasks of one plan in one family; a plan lacks a family when
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
        var similarity = new TaskSimilarity(plans);
        var tasks = new List<(int Plan, int Task)>();
        for (var p = 0; p < plans.Count; p++)
        {
            for (var t = 0; t < plans[p].Tasks.Length; t++) tasks.Add((p, t));
        }
        if (tasks.Count > LargeGroupTasks) return CompareLarge(plans, tasks, similarity, options, families, gaps);
        var scores = CandidateScores(plans, keys, tasks, similarity, options, sharedIndex);
        var clusters = AverageLinkage.Cluster(tasks.Select(t => t.Plan).ToList(), scores, options.JoinThreshold);

        var of = plans.Count - 1;
        var groupFamilies = new List<(string Id, List<int> Members)>();
        var own = new Dictionary<(int Plan, int Task), double>();
        foreach (var cluster in clusters.OrderBy(c => c.Min()))
        {
            var members = cluster.OrderBy(i => tasks[i].Plan).ToList();
            var memberScores = members.Select(m => members.Count == 1 ? 1.0 : members.Where(o => o != m).Average(o => Pair(scores, m, o))).ToList();
            for (var i = 0; i < members.Count; i++) own[tasks[members[i]]] = memberScores[i];
            var (bestPlan, bestTask) = tasks[members[memberScores.IndexOf(memberScores.Max())]];
            var id = $"F{families.Count + 1}";
            families.Add(new TaskFamily(id, plans[bestPlan].Tasks[bestTask].Title,
                members.Select((m, i) => Member(plans, tasks[m], memberScores[i])).ToImmutableArray()));
            groupFamilies.Add((id, members));
        }

        for (var p = 0; p < plans.Count; p++)
        {
            var missing = ImmutableArray.CreateBuilder<MissingTask>();
            foreach (var (id, members) in groupFamilies)
            {
                if (members.Any(m => tasks[m].Plan == p)) continue;
                if (members.Count < options.MinSupport) continue;
                var closest = PartialCover.Closest(plans[p], t => members.Average(m => similarity.Score((p, t), tasks[m])), t => own[(p, t)], options);
                missing.Add(new MissingTask(id, members.Count, of, closest));
            }
            gaps.Add(new PlanGaps(plans[p].Source.File, missing.ToImmutable()));
        }
        return [.. groupFamilies.Select(f => (f.Id, f.Members.Select(m => tasks[m]).ToList()))];
    }

    /// <summary>
    /// Above this many tasks a sibling group is clustered by centroids (<see cref="CentroidClustering"/>, linear)
    /// rather than by average linkage over index-proposed pairs (cubic): about 50 plans.
    /// </summary>
    internal const int LargeGroupTasks = 400;

    private static List<(string Id, List<(int Plan, int Task)> Members)> CompareLarge(List<PlanDocument> plans, List<(int Plan, int Task)> tasks, TaskSimilarity similarity,
        ComparisonOptions options, List<TaskFamily> families, List<PlanGaps> gaps)
    {
        var clustering = new CentroidClustering(similarity, tasks, options.JoinThreshold);
        var clusters = clustering.Cluster().OrderBy(f => f.Members.Min()).ToList();
        var ids = new List<string>();
        var own = new Dictionary<(int Plan, int Task), double>();
        foreach (var family in clusters)
        {
            var members = family.Members.OrderBy(i => tasks[i].Plan).ToList();
            var memberScores = members.Select(m => clustering.Score(tasks[m], family)).ToList();
            for (var i = 0; i < members.Count; i++) own[tasks[members[i]]] = memberScores[i];
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
            for (var f = 0; f < clusters.Count; f++)
            {
                var family = clusters[f];
                if (family.Plans.Contains(p) || family.Members.Count < options.MinSupport) continue;
                var closest = PartialCover.Closest(plans[p], t => clustering.Score((p, t), family), t => own[(p, t)], options);
                missing.Add(new MissingTask(ids[f], family.Members.Count, of, closest));
            }
            gaps.Add(new PlanGaps(plans[p].Source.File, missing.ToImmutable()));
        }
        return [.. clusters.Select((c, f) => (ids[f], c.Members.Select(m => tasks[m]).ToList()))];
    }

    private static FamilyMember Member(List<PlanDocument> plans, (int Plan, int Task) task, double score)
    {
        var t = plans[task.Plan].Tasks[task.Task];
        return new FamilyMember(plans[task.Plan].Source.File, t.Id, t.Title, Math.Round(score, 3)) { Page = t.Span.Page };
    }

    /// <summary>The fine score of every candidate pair the index proposes, keyed by the pair's task numbers (lower first).</summary>
    private static Dictionary<(int, int), double> CandidateScores(List<PlanDocument> plans, List<string> keys, List<(int Plan, int Task)> tasks,
        TaskSimilarity similarity, ComparisonOptions options, PlanIndex? sharedIndex)
    {
        using var ownIndex = sharedIndex is null ? PlanIndex.CreateInMemory() : null;
        var index = sharedIndex ?? ownIndex!;
        for (var p = 0; p < plans.Count; p++)
        {
            if (index.ContentHash(keys[p]) is null) index.Update(plans[p], keys[p], "");
        }
        var number = new Dictionary<(string Key, string TaskId), int>();
        for (var i = 0; i < tasks.Count; i++) number.TryAdd((keys[tasks[i].Plan], plans[tasks[i].Plan].Tasks[tasks[i].Task].Id), i);

        var scores = new Dictionary<(int, int), double>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var (p, t) = tasks[i];
            var others = keys.Where((_, q) => q != p).ToList();
            foreach (var candidate in TaskCandidates.Find(index, TaskSimilarity.Body(plans[p].Tasks[t]), others, options.CandidatesPerTask))
            {
                if (!number.TryGetValue((candidate.SourceKey, candidate.TaskId), out var j) || tasks[j].Plan == p) continue;
                var pair = i < j ? (i, j) : (j, i);
                if (!scores.ContainsKey(pair)) scores[pair] = similarity.Score(tasks[i], tasks[j]);
            }
        }
        return scores;
    }

    private static double Pair(Dictionary<(int, int), double> scores, int i, int j) =>
        scores.TryGetValue(i < j ? (i, j) : (j, i), out var s) ? s : 0;

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
