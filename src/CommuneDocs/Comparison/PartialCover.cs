using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>
/// Whether a plan that lacks a family has a task that covers it in part. A plan written with few broad tasks (one
/// task "Rà soát, chuẩn hóa và nâng cao chất lượng DVCTT toàn trình" holding what siblings split over three) covers
/// families inside tasks that belong to another family only loosely; a plan written with the siblings' own tasks has
/// each task firmly in its family, and a missing family's nearest task is merely about a neighbouring subject.
/// So the task most alike the family counts as a partial cover when it is a broad task, one that belongs to its own
/// family only loosely (its score there below <see cref="ComparisonOptions.BroadTaskScore"/>), and it is nearly as
/// alike the missing family as its own: its similarity to the missing family divided by its score in its own family
/// reaches <see cref="ComparisonOptions.PartialCoverRatio"/> (and its similarity reaches
/// <see cref="ComparisonOptions.PartialThreshold"/>). Measured in docs/comparison.md.
/// </summary>
internal static class PartialCover
{
    /// <summary>
    /// The plan's partial cover of a family it lacks, or null. <paramref name="similarity"/> gives a task's (by index)
    /// similarity to the family, <paramref name="ownScore"/> its score in the family it belongs to (1 alone).
    /// </summary>
    public static PartialMatch? Closest(PlanDocument plan, Func<int, double> similarity, Func<int, double> ownScore, ComparisonOptions options)
    {
        var best = -1;
        var bestScore = double.MinValue;
        for (var t = 0; t < plan.Tasks.Length; t++)
        {
            var score = similarity(t);
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }
        if (best < 0 || bestScore < options.PartialThreshold) return null;
        var own = ownScore(best);
        if (own >= options.BroadTaskScore) return null;
        var ratio = bestScore / Math.Max(own, 1e-9);
        if (ratio < options.PartialCoverRatio) return null;
        var task = plan.Tasks[best];
        return new PartialMatch(task.Id, task.Title, Math.Round(bestScore, 3)) { CoverRatio = Math.Round(ratio, 3), Page = task.Span.Page };
    }
}
