using System.Text.Json;

namespace CommuneDocs.Dev.Evaluation;

/// <summary>How well a cross-commune comparison (the contract's <c>gaps</c> output) finds the tasks each plan lacks.</summary>
/// <param name="Precision">Share of reported gaps that are real.</param>
/// <param name="Recall">Share of real gaps that are reported.</param>
/// <param name="F1">Their harmonic mean.</param>
internal sealed record GapScores(double Precision, double Recall, double F1)
{
    /// <summary>The scores by score.py's names: gap_precision, gap_recall, gap_f1.</summary>
    public IReadOnlyDictionary<string, double> Fields => new Dictionary<string, double>
    {
        ["gap_precision"] = Precision,
        ["gap_recall"] = Recall,
        ["gap_f1"] = F1,
    }.AsReadOnly();

    /// <summary>One line as <c>score.py --gaps</c> prints it: <c>gap_precision=0.750  gap_recall=1.000  gap_f1=0.857</c>.</summary>
    public string ToText() =>
        $"gap_precision={Py.Fixed(Precision, 3)}  gap_recall={Py.Fixed(Recall, 3)}  gap_f1={Py.Fixed(F1, 3)}";

    /// <summary>The JSON <c>score.py --gaps --json</c> prints (without the final line break).</summary>
    public string ToJson()
    {
        var sb = new System.Text.StringBuilder();
        EvaluationReport.AppendObject(sb, [("gap_precision", Precision), ("gap_recall", Recall), ("gap_f1", F1)], "");
        return sb.ToString();
    }
}

/// <summary>
/// Scores a cross-commune comparison against a gold gap file (<c>gaps-1565.json</c>): a port of
/// <c>score.py --gaps</c> that gives the same numbers.
/// </summary>
/// <remarks>
/// The gold file lists <c>plans</c> (stems), <c>min_support</c> (default 2) and <c>families</c>, each with
/// <c>members</c>: stem → task id (the plan has the task), null (it lacks it) or <c>{"partial": id}</c> (it covers
/// it in part: that pair counts neither as a gap nor as a false alarm). A gold gap is a family a plan lacks while
/// at least <c>min_support</c> other plans have it. Predicted families are mapped to gold families by the majority
/// of their members' (plan, task id) pairs.
/// </remarks>
internal static class GapScorer
{
    /// <summary>Scores predicted gaps against gold gaps.</summary>
    public static GapScores Score(JsonElement gold, JsonElement predicted)
    {
        var stems = Py.Items(Py.Get(gold, "plans")).Select(s => Py.Str(s) ?? "None").ToList();
        var families = Py.Items(Py.Get(gold, "families"));

        // (stem, task id) -> gold family id, for plain (not partial) members; a later family wins, as in a dict.
        var memberFamily = new Dictionary<(string, string), string>();
        foreach (var f in families)
        {
            foreach (var (stem, task) in Members(f))
            {
                if (Py.Truthy(task) && task!.Value.ValueKind != JsonValueKind.Object)
                    memberFamily[(stem, ScoreText.Norm(task))] = Py.EqualityKey(Py.Get(f, "id"));
            }
        }

        // Predicted family id -> the gold family most of its members belong to (the first one on a tie).
        var familyMap = new Dictionary<string, string>();
        foreach (var fam in Py.Items(Py.Get(predicted, "families")))
        {
            var votes = new List<(string Family, int Count)>();
            foreach (var m in Py.Items(Py.Get(fam, "members")))
            {
                var key = (StemOf(Py.Str(Py.Get(m, "source")) ?? ""), ScoreText.Norm(Py.Get(m, "taskId")));
                if (!memberFamily.TryGetValue(key, out var goldFamily)) continue;
                var at = votes.FindIndex(v => v.Family == goldFamily);
                if (at < 0) votes.Add((goldFamily, 1));
                else votes[at] = (goldFamily, votes[at].Count + 1);
            }
            if (votes.Count == 0) continue;
            var best = votes[0];
            foreach (var v in votes) if (v.Count > best.Count) best = v;
            familyMap[Py.EqualityKey(Py.Get(fam, "id"))] = best.Family;
        }

        var minSupportValue = Py.Get(gold, "min_support");
        var k = minSupportValue is { ValueKind: JsonValueKind.Number } n ? Py.ToDouble(n) : 2;
        int hits = 0, nGold = 0, nPred = 0;
        foreach (var s in stems)
        {
            var partial = new HashSet<string>();
            var want = new HashSet<string>();
            foreach (var f in families)
            {
                var members = new Dictionary<string, JsonElement?>();
                foreach (var (stem, task) in Members(f)) members[stem] = task;
                var id = Py.EqualityKey(Py.Get(f, "id"));
                var mine = members.GetValueOrDefault(s);
                if (mine is { ValueKind: JsonValueKind.Object }) partial.Add(id);
                if (Py.Truthy(mine)) continue;
                var support = stems.Count(o => o != s && members.GetValueOrDefault(o) is { } t && Py.Truthy(t) && t.ValueKind != JsonValueKind.Object);
                if (support >= k) want.Add(id);
            }
            var got = new HashSet<string>();
            foreach (var gap in Py.Items(Py.Get(predicted, "gaps")))
            {
                if (StemOf(Py.Str(Py.Get(gap, "source")) ?? "") != s) continue;
                foreach (var m in Py.Items(Py.Get(gap, "missing")))
                {
                    var family = Py.Get(m, "family");
                    got.Add(familyMap.TryGetValue(Py.EqualityKey(family), out var mapped)
                        ? mapped
                        : "s:?" + (Py.Str(family) ?? "None"));
                }
            }
            got.ExceptWith(partial);
            hits += want.Count(got.Contains);
            nGold += want.Count;
            nPred += got.Count;
        }
        return new GapScores(
            nPred != 0 ? (double)hits / nPred : 0.0,
            nGold != 0 ? (double)hits / nGold : 0.0,
            PlanScorer.F1(hits, nGold, nPred));
    }

    private static IEnumerable<(string Stem, JsonElement? Task)> Members(JsonElement family) =>
        Py.Get(family, "members") is { ValueKind: JsonValueKind.Object } members
            ? members.EnumerateObject().Select(p => (p.Name, (JsonElement?)p.Value))
            : [];

    /// <summary><c>Path(source).name.split(".")[0]</c>.</summary>
    internal static string StemOf(string source)
    {
        var parts = source.Split('/').Where(p => p.Length > 0 && p != ".").ToList();
        var name = parts.Count == 0 ? "" : parts[^1];
        return name.Split('.')[0];
    }
}
