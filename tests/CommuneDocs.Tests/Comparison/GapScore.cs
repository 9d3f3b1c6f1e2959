using System.Text.Json;
using CommuneDocs.Comparison;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Comparison;

/// <summary>
/// A C# port of <c>score_gaps</c> in ../shared/tools/score.py: predicted families are mapped to gold families by member
/// votes; a plan's gold gaps are the families it lacks that at least min_support other plans have; a plan-family pair
/// the gold marks partial is neither a gap nor a false alarm.
/// </summary>
internal static class GapScore
{
    public sealed record Result(double Precision, double Recall, double F1);

    public static Result Score(string goldGapsPath, GapReport report)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldGapsPath));
        var stems = gold.RootElement.GetProperty("plans").EnumerateArray().Select(e => e.GetString()!).ToList();
        var k = gold.RootElement.TryGetProperty("min_support", out var ms) ? ms.GetInt32() : 2;
        var (families, famMap) = Map(gold.RootElement, report);
        int hits = 0, nGold = 0, nPred = 0;
        foreach (var s in stems)
        {
            var partial = families.Where(f => f.Value.TryGetValue(s, out var m) && m.Partial).Select(f => f.Key).ToHashSet();
            var want = families.Where(f => !(f.Value.TryGetValue(s, out var m) && m.Task is not null)
                                           && stems.Count(o => o != s && f.Value.TryGetValue(o, out var om) && om.Task is not null && !om.Partial) >= k)
                .Select(f => f.Key).ToHashSet();
            var got = report.Gaps.Where(g => Stem(g.Source) == s)
                .SelectMany(g => g.Missing.Select(m => famMap.TryGetValue(m.Family, out var id) ? id : "?" + m.Family)).ToHashSet();
            got.ExceptWith(partial);
            hits += want.Intersect(got).Count();
            nGold += want.Count;
            nPred += got.Count;
        }
        var p = nPred > 0 ? (double)hits / nPred : 0;
        var r = nGold > 0 ? (double)hits / nGold : 0;
        var f1 = nGold == 0 && nPred == 0 ? 1 : p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Result(p, r, f1);
    }

    /// <summary>
    /// The partial covers the report shows and those the gold marks, each as "plan stem, gold family id, task id":
    /// the report's are its gaps' <see cref="MissingTask.Closest"/> tasks, its families mapped to the gold's by member votes.
    /// </summary>
    public static (List<string> Shown, List<string> Gold) Partials(string goldGapsPath, GapReport report)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldGapsPath));
        var (families, famMap) = Map(gold.RootElement, report);
        var shown = report.Gaps.SelectMany(g => g.Missing.Where(m => m.Closest is not null)
            .Select(m => $"{Stem(g.Source)} {famMap.GetValueOrDefault(m.Family, "?" + m.Family)} {m.Closest!.TaskId}")).Order().ToList();
        var marked = families.SelectMany(f => f.Value.Where(m => m.Value.Partial).Select(m => $"{m.Key} {f.Key} {m.Value.Task}")).Order().ToList();
        return (shown, marked);
    }

    /// <summary>The gold families (id → plan stem → task id or null, partial?) and the report's family ids mapped to them.</summary>
    private static (Dictionary<string, Dictionary<string, (string? Task, bool Partial)>> Families, Dictionary<string, string> FamilyMap) Map(JsonElement gold, GapReport report)
    {
        // family id -> stem -> (task id or null, partial?)
        var families = new Dictionary<string, Dictionary<string, (string? Task, bool Partial)>>();
        foreach (var f in gold.GetProperty("families").EnumerateArray())
        {
            var members = new Dictionary<string, (string?, bool)>();
            foreach (var m in f.GetProperty("members").EnumerateObject())
            {
                members[m.Name] = m.Value.ValueKind switch
                {
                    JsonValueKind.String => (m.Value.GetString(), false),
                    JsonValueKind.Object => (m.Value.GetProperty("partial").GetString(), true),
                    _ => (null, false),
                };
            }
            families[f.GetProperty("id").GetString()!] = members;
        }
        var memberFamily = new Dictionary<(string, string), string>();
        foreach (var (id, members) in families)
        {
            foreach (var (stem, (task, partial)) in members)
            {
                if (task is not null && !partial) memberFamily[(stem, Norm(task))] = id;
            }
        }
        var famMap = new Dictionary<string, string>();
        foreach (var fam in report.Families)
        {
            var votes = new Dictionary<string, int>();
            foreach (var m in fam.Members)
            {
                if (memberFamily.TryGetValue((Stem(m.Source), Norm(m.TaskId)), out var g)) votes[g] = votes.GetValueOrDefault(g) + 1;
            }
            // Python's max(votes, key=votes.get) keeps the first of equal counts, in insertion order.
            if (votes.Count > 0) famMap[fam.Id] = votes.Aggregate((a, b) => b.Value > a.Value ? b : a).Key;
        }
        return (families, famMap);
    }

    private static string Stem(string source) => Path.GetFileName(source).Split('.')[0];

    private static string Norm(string text) => VietnameseText.ToneKey(text).Trim();
}
