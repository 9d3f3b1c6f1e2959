namespace CommuneDocs.Comparison;

/// <summary>
/// Average-linkage agglomerative clustering of items of several plans (tasks, targets, dated clauses): repeatedly joins
/// the two clusters with the highest mean pair score, as long as it reaches the threshold and they hold no two items of
/// one plan. Pairs without a score score 0. Cubic in the items: for groups of up to a few hundred.
/// </summary>
internal static class AverageLinkage
{
    /// <summary>The clusters, as lists of item numbers; <paramref name="planOf"/> gives each item's plan.</summary>
    public static List<List<int>> Cluster(IReadOnlyList<int> planOf, Dictionary<(int, int), double> scores, double threshold)
    {
        var n = planOf.Count;
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var plansOf = Enumerable.Range(0, n).Select(i => new HashSet<int> { planOf[i] }).ToList();
        var sum = new double[n, n];
        foreach (var ((i, j), s) in scores)
        {
            sum[i, j] = s;
            sum[j, i] = s;
        }
        var alive = Enumerable.Repeat(true, n).ToArray();
        while (true)
        {
            var best = -1.0;
            var (bi, bj) = (-1, -1);
            for (var i = 0; i < n; i++)
            {
                if (!alive[i]) continue;
                for (var j = i + 1; j < n; j++)
                {
                    if (!alive[j] || sum[i, j] <= 0 || plansOf[i].Overlaps(plansOf[j])) continue;
                    var mean = sum[i, j] / (clusters[i].Count * clusters[j].Count);
                    if (mean > best)
                    {
                        best = mean;
                        (bi, bj) = (i, j);
                    }
                }
            }
            if (bi < 0 || best < threshold) break;
            clusters[bi].AddRange(clusters[bj]);
            plansOf[bi].UnionWith(plansOf[bj]);
            alive[bj] = false;
            for (var k = 0; k < n; k++)
            {
                sum[bi, k] += sum[bj, k];
                sum[k, bi] = sum[bi, k];
            }
        }
        return Enumerable.Range(0, n).Where(i => alive[i]).Select(i => clusters[i]).ToList();
    }
}
