using System.Collections.Immutable;
using CommuneDocs.Indexing;

namespace CommuneDocs.Comparison;

/// <summary>
/// Clusters a small sibling group by average linkage (<see cref="AverageLinkage"/>, cubic in the tasks) over the pairs
/// of tasks the index proposes (<see cref="TaskCandidates"/>: MoreLikeThis over title and items), each scored by
/// <see cref="TaskSimilarity"/>; a pair the index does not propose scores 0. A member belongs to its family by its mean
/// score with the other members; a task outside is as alike the family as its mean similarity to the members.
/// </summary>
/// <param name="keys">Each plan's key in the index, in the order of the group's plans.</param>
/// <param name="sharedIndex">An index to take candidates from (plans it lacks are added to it); null for one in memory.</param>
/// <param name="options">The join threshold and the candidates asked for per task.</param>
internal sealed class AverageLinkageTaskClusterer(IReadOnlyList<string> keys, PlanIndex? sharedIndex, ComparisonOptions options) : ITaskClusterer
{
    public IReadOnlyList<TaskCluster> Cluster(SiblingTasks group)
    {
        var tasks = group.Tasks;
        var scores = CandidateScores(group);
        var clusters = AverageLinkage.Cluster(tasks.Select(t => t.Plan).ToList(), scores, options.JoinThreshold);
        return [.. clusters.Select(cluster =>
        {
            var members = cluster.OrderBy(i => tasks[i].Plan).ToImmutableArray();
            var memberScores = members.Select(m => members.Length == 1 ? 1.0 : members.Where(o => o != m).Average(o => Pair(scores, m, o))).ToImmutableArray();
            return new TaskCluster(members, memberScores, task => members.Average(m => group.Similarity.Score(task, tasks[m])));
        })];
    }

    /// <summary>The fine score of every candidate pair the index proposes, keyed by the pair's task numbers (lower first).</summary>
    private Dictionary<(int, int), double> CandidateScores(SiblingTasks group)
    {
        var (plans, tasks) = (group.Plans, group.Tasks);
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
                if (!scores.ContainsKey(pair)) scores[pair] = group.Similarity.Score(tasks[i], tasks[j]);
            }
        }
        return scores;
    }

    private static double Pair(Dictionary<(int, int), double> scores, int i, int j) =>
        scores.TryGetValue(i < j ? (i, j) : (j, i), out var s) ? s : 0;
}
