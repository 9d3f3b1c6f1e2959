using System.Collections.Immutable;

namespace CommuneDocs.Comparison;

/// <summary>
/// Groups the tasks of one sibling group into families of equivalent tasks: every task in exactly one family, never
/// two tasks of one plan in a family. <see cref="AverageLinkageTaskClusterer"/> for small groups,
/// <see cref="CentroidTaskClusterer"/> for large ones (<see cref="PlanComparer.LargeGroupTasks"/>); what the families
/// become in the report is <see cref="FamilyGapBuilder"/>'s, whichever found them.
/// </summary>
internal interface ITaskClusterer
{
    /// <summary>The group's families, in no particular order.</summary>
    IReadOnlyList<TaskCluster> Cluster(SiblingTasks group);
}

/// <summary>
/// A family of tasks as a clusterer found it: its members (task numbers in <see cref="SiblingTasks.Tasks"/>, in plan
/// order), how firmly each belongs (<paramref name="MemberScores"/>, in the same order; 1 for a family of one), and
/// how alike any task of the group is to the family (<paramref name="Similarity"/>), which tells whether a plan that
/// lacks the family covers it in part.
/// </summary>
internal sealed record TaskCluster(ImmutableArray<int> Members, ImmutableArray<double> MemberScores, Func<(int Plan, int Task), double> Similarity);
