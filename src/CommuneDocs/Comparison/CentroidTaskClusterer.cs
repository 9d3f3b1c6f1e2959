using System.Collections.Immutable;

namespace CommuneDocs.Comparison;

/// <summary>
/// Clusters a large sibling group by centroids (<see cref="CentroidClustering"/>, linear in the tasks): a member
/// belongs to its family, and a task outside is alike it, by its similarity to the family's centroid.
/// </summary>
/// <param name="threshold">The least similarity to a family's centroid at which a task joins it.</param>
internal sealed class CentroidTaskClusterer(double threshold) : ITaskClusterer
{
    public IReadOnlyList<TaskCluster> Cluster(SiblingTasks group)
    {
        var clustering = new CentroidClustering(group.Similarity, group.Tasks, threshold);
        return [.. clustering.Cluster().Select(family =>
        {
            var members = family.Members.OrderBy(i => group.Tasks[i].Plan).ToImmutableArray();
            var memberScores = members.Select(m => clustering.Score(group.Tasks[m], family)).ToImmutableArray();
            return new TaskCluster(members, memberScores, task => clustering.Score(task, family));
        })];
    }
}
