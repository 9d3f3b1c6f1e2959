using System.Text.Json;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Dev.Evaluation;

/// <summary>
/// Scores a parsed document against its gold answer, both in the plan JSON contract: a port of the reference
/// scorer <c>score.py</c> (per document) that gives the same numbers. It reads any contract JSON, whichever
/// parser wrote it; fields it does not know are ignored, and a missing field counts as empty.
/// </summary>
/// <example>
/// <code>
/// using var gold = JsonDocument.Parse(File.ReadAllText("corpus/gold/000_a883dd9e56d4ab64.json"));
/// var scores = PlanScorer.Score(gold.RootElement, PlanParser.Parse("corpus/000_a883dd9e56d4ab64.txt"));
/// Console.WriteLine($"outline {scores.Outline:F3}, tasks {scores.Tasks:F3}");
/// </code>
/// </example>
internal static class PlanScorer
{
    private static readonly string[] MetadataFields = ["kind", "number", "symbol", "issuer", "commune", "province", "place", "date", "title"];

    /// <summary>Scores a parsed plan against its gold answer.</summary>
    public static FieldScores Score(JsonElement gold, PlanDocument predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        using var doc = JsonDocument.Parse(PlanJson.Serialize(predicted));
        return Score(gold, doc.RootElement);
    }

    /// <summary>
    /// Scores a prediction file's bytes against its gold answer; bytes that are not valid UTF-8 JSON count as an
    /// empty object, as score.py counts them.
    /// </summary>
    public static FieldScores Score(JsonElement gold, byte[] predictedUtf8Json)
    {
        ArgumentNullException.ThrowIfNull(predictedUtf8Json);
        using var predicted = EvaluationReport.ParseOrEmpty(predictedUtf8Json);
        return Score(gold, predicted.RootElement);
    }

    /// <summary>Scores a prediction against its gold answer; a prediction that is not a JSON object counts as an empty one.</summary>
    public static FieldScores Score(JsonElement gold, JsonElement predicted)
    {
        JsonElement? g = gold.ValueKind == JsonValueKind.Object ? gold : null;
        JsonElement? p = predicted.ValueKind == JsonValueKind.Object ? predicted : null;

        var metaHits = 0;
        foreach (var key in MetadataFields)
        {
            var code = key is "number" or "symbol";
            var gv = Py.Get(g, key);
            var pv = Py.Get(p, key);
            if (code ? ScoreText.NormCode(gv) == ScoreText.NormCode(pv) : ScoreText.Norm(gv) == ScoreText.Norm(pv)) metaHits++;
        }
        var gs = Py.ObjectOrEmpty(Py.Get(g, "signer"));
        var ps = Py.ObjectOrEmpty(Py.Get(p, "signer"));
        if (ScoreText.Norm(Py.Get(gs, "name")) == ScoreText.Norm(Py.Get(ps, "name"))) metaHits++;
        if (ScoreText.Norm(Py.Get(gs, "position")) == ScoreText.Norm(Py.Get(ps, "position"))) metaHits++;

        var (outline, tree) = ScoreOutline(Py.Get(g, "outline"), Py.Get(p, "outline"));
        var (tasks, items, deadlines) = ScoreTasks(Py.Items(Py.Get(g, "tasks")), Py.Items(Py.Get(p, "tasks")));
        var (cells, rows) = ScoreTables(Py.Items(Py.Get(g, "tables")), Py.Items(Py.Get(p, "tables")));
        return new FieldScores
        {
            Metadata = metaHits / (double)(MetadataFields.Length + 2),
            References = ScoreSet(
                Py.Items(Py.Get(g, "references")).Select(r => (string?)ScoreText.NormCode(Py.Get(r, "number"))),
                Py.Items(Py.Get(p, "references")).Select(r => (string?)ScoreText.NormCode(Py.Get(r, "number")))),
            Outline = outline,
            OutlineTree = tree,
            Tasks = tasks,
            TaskItems = items,
            Targets = ScoreTargets(Py.Items(Py.Get(g, "targets")), Py.Items(Py.Get(p, "targets"))),
            Units = ScoreUnits(Py.Items(Py.Get(g, "units")), Py.Items(Py.Get(p, "units"))),
            TableCells = cells,
            Recipients = ScoreSet(
                Py.Items(Py.Get(g, "recipients")).Where(x => Py.Truthy(x)).Select(x => Py.Str(x)),
                Py.Items(Py.Get(p, "recipients")).Where(x => Py.Truthy(x)).Select(x => Py.Str(x))),
            Deadlines = deadlines,
            TableRows = rows,
        };
    }

    /// <summary>F1 from the matched count and the sizes of both sides; 1 when both are empty.</summary>
    internal static double F1(int matched, int nGold, int nPred)
    {
        if (nGold == 0 && nPred == 0) return 1.0;
        var p = nPred != 0 ? (double)matched / nPred : 0.0;
        var r = nGold != 0 ? (double)matched / nGold : 0.0;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /// <summary>Pairs each gold item with the first unused prediction it is the same as, in gold order.</summary>
    internal static List<(int Gold, int Pred)> Greedy<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> pred, Func<TG, TP, bool> same)
    {
        var used = new bool[pred.Count];
        var pairs = new List<(int, int)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            for (var pj = 0; pj < pred.Count; pj++)
            {
                if (!used[pj] && same(gold[gi], pred[pj]))
                {
                    used[pj] = true;
                    pairs.Add((gi, pj));
                    break;
                }
            }
        }
        return pairs;
    }

    private readonly record struct FlatNode(string Label, string Text, int Parent);

    private static List<FlatNode> Flatten(JsonElement? nodes)
    {
        var result = new List<FlatNode>();
        void Walk(JsonElement? list, int parent)
        {
            foreach (var node in Py.Items(list))
            {
                var index = result.Count;
                var text = node.ValueKind == JsonValueKind.Object && node.TryGetProperty("text", out var t) ? ScoreText.Norm(t) : "";
                result.Add(new FlatNode(ScoreText.Norm(Py.Get(node, "label")), text, parent));
                Walk(Py.Get(node, "children"), index);
            }
        }
        Walk(nodes, -1);
        return result;
    }

    /// <summary>Outline nodes matched in order (same label, text prefix of 60), then the share also under the matching parent.</summary>
    private static (double Nodes, double Tree) ScoreOutline(JsonElement? gold, JsonElement? pred)
    {
        var g = Flatten(gold);
        var p = Flatten(pred);
        var match = new Dictionary<int, int>();
        var j = 0;
        for (var gi = 0; gi < g.Count; gi++)
        {
            for (var pj = j; pj < p.Count; pj++)
            {
                if (p[pj].Label == g[gi].Label && ScoreText.SamePrefix(g[gi].Text, p[pj].Text, 60))
                {
                    match[gi] = pj;
                    j = pj + 1;
                    break;
                }
            }
        }
        var nodes = F1(match.Count, g.Count, p.Count);
        var treeOk = 0;
        foreach (var (gi, pj) in match)
        {
            var gParent = g[gi].Parent;
            var pParent = p[pj].Parent;
            if ((gParent == -1 && pParent == -1) || (match.TryGetValue(gParent, out var mapped) && mapped == pParent)) treeOk++;
        }
        return (nodes, F1(treeOk, g.Count, p.Count));
    }

    private static (double Tasks, double Items, double? Deadlines) ScoreTasks(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> pred)
    {
        var gTitles = gold.Select(t => ScoreText.Norm(Py.Get(t, "title"))).ToList();
        var pTitles = pred.Select(t => ScoreText.Norm(Py.Get(t, "title"))).ToList();
        var pairs = Greedy(gTitles, pTitles, (a, b) => ScoreText.SamePrefix(a, b, 40));
        var tasks = F1(pairs.Count, gold.Count, pred.Count);
        var itemScores = new List<double>();
        int deadlineHits = 0, deadlineCount = 0;
        foreach (var (gi, pj) in pairs)
        {
            var gItems = Py.Items(Py.Get(gold[gi], "items")).Select(x => ScoreText.Norm(x)).ToList();
            var pItems = Py.Items(Py.Get(pred[pj], "items")).Select(x => ScoreText.Norm(x)).ToList();
            itemScores.Add(F1(Greedy(gItems, pItems, (a, b) => ScoreText.SamePrefix(a, b, 40)).Count, gItems.Count, pItems.Count));
            var gDeadline = Py.Get(gold[gi], "deadline");
            if (Py.Truthy(gDeadline))
            {
                deadlineCount++;
                if (ScoreText.Norm(gDeadline) == ScoreText.Norm(Py.Get(pred[pj], "deadline"))) deadlineHits++;
            }
        }
        double items;
        if (itemScores.Count > 0)
        {
            var sum = 0.0;
            foreach (var s in itemScores) sum += s;
            items = sum / itemScores.Count;
        }
        else
        {
            items = gold.Count == 0 ? 1.0 : 0.0;
        }
        return (tasks, items, deadlineCount > 0 ? (double)deadlineHits / deadlineCount : null);
    }

    /// <summary>A target's identity: year, comparator, value and unit head, with Python's equality.</summary>
    private readonly record struct TargetKey(string Year, string Comparator, double? Value, string Unit)
    {
        // NaN never equals NaN (Python builds a new float per key), unlike double.Equals.
        public bool Same(TargetKey other) =>
            Year == other.Year && Comparator == other.Comparator && Unit == other.Unit &&
            (Value is null ? other.Value is null : other.Value is { } v && v == Value.Value);
    }

    private static TargetKey KeyOf(JsonElement t)
    {
        var raw = Py.Str(Py.Get(t, "value")) ?? "None";
        return new TargetKey(Py.EqualityKey(Py.Get(t, "year")), Py.EqualityKey(Py.Get(t, "comparator")),
            Py.ParseFloat(raw.Replace(",", ".", StringComparison.Ordinal)), ScoreText.UnitKey(Py.Get(t, "unit")));
    }

    private static double ScoreTargets(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> pred)
    {
        var pool = pred.Select(KeyOf).ToList();
        var hits = 0;
        foreach (var t in gold)
        {
            var k = KeyOf(t);
            var at = pool.FindIndex(x => x.Same(k));
            if (at < 0) continue;
            pool.RemoveAt(at);
            hits++;
        }
        return F1(hits, gold.Count, pred.Count);
    }

    /// <summary>F1 of two sets of normalised texts; null and empty items are left out before normalising.</summary>
    private static double ScoreSet(IEnumerable<string?> gold, IEnumerable<string?> pred)
    {
        var g = gold.Where(x => !string.IsNullOrEmpty(x)).Select(ScoreText.Norm).ToHashSet(StringComparer.Ordinal);
        var p = pred.Where(x => !string.IsNullOrEmpty(x)).Select(ScoreText.Norm).ToHashSet(StringComparer.Ordinal);
        return F1(g.Count(p.Contains), g.Count, p.Count);
    }

    /// <summary>A unit is found when its canonical name or its name as written matches either of the prediction's.</summary>
    private static double ScoreUnits(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> pred)
    {
        static (string Canonical, string Name) Names(JsonElement u) => (ScoreText.Norm(Py.Get(u, "canonical")), ScoreText.Norm(Py.Get(u, "name")));
        var g = gold.Select(Names).ToList();
        var p = pred.Select(Names).ToList();
        static bool Same((string Canonical, string Name) a, (string Canonical, string Name) b) =>
            (a.Canonical.Length > 0 && (a.Canonical == b.Canonical || a.Canonical == b.Name)) ||
            (a.Name.Length > 0 && (a.Name == b.Canonical || a.Name == b.Name));
        return F1(Greedy(g, p, Same).Count, gold.Count, pred.Count);
    }

    /// <summary>Cell accuracy over all gold cells (tables and rows aligned in order, cells by column) and the share of tables with the right row count.</summary>
    private static (double Cells, double Rows) ScoreTables(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> pred)
    {
        if (gold.Count == 0) return pred.Count == 0 ? (1.0, 1.0) : (0.0, 0.0);
        int total = 0, hit = 0, rowsOk = 0;
        for (var ti = 0; ti < gold.Count; ti++)
        {
            var gRows = Py.Items(Py.Get(gold[ti], "rows"));
            var pRows = ti < pred.Count ? Py.Items(Py.Get(pred[ti], "rows")) : [];
            if (gRows.Count == pRows.Count) rowsOk++;
            for (var ri = 0; ri < gRows.Count; ri++)
            {
                var gCells = Py.Items(Py.Get(gRows[ri], "cells"));
                var pCells = ri < pRows.Count ? Py.Items(Py.Get(pRows[ri], "cells")) : [];
                for (var ci = 0; ci < gCells.Count; ci++)
                {
                    total++;
                    if (ci < pCells.Count && ScoreText.Norm(gCells[ci]) == ScoreText.Norm(pCells[ci])) hit++;
                }
            }
        }
        return (total != 0 ? (double)hit / total : 0.0, (double)rowsOk / gold.Count);
    }
}
