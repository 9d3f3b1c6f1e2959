using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Comparison;

/// <summary>
/// Compares what sibling plans commit to, beyond which tasks they have. Targets are matched across plans like task
/// families: the same unit, year and direction, and text alike (numbers left out) by average linkage at
/// <see cref="ComparisonOptions.TargetMatchThreshold"/>, one target per plan. Dated work is matched two ways: the tasks
/// of one family by their deadlines, and the clauses that set a completion time (a task's item, a unit's duty:
/// "Thời gian hoàn thành: tháng 8/2025", "trước ngày 31/12/2025") by their text at
/// <see cref="ComparisonOptions.WorkMatchThreshold"/>. A plan is reported when its commitment is weaker than more than
/// half of the siblings' that state the same one: a lower value for a target that sets a floor (≥, &gt;, =), a higher one
/// for a ceiling (≤, &lt;), a deadline whose last day is later.
/// </summary>
internal static partial class CommitmentComparer
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The weaker targets of the plans of one sibling group.</summary>
    public static List<WeakerTarget> Targets(List<PlanDocument> plans, ComparisonOptions options)
    {
        var items = plans.SelectMany((p, i) => p.Targets.Select(t => (Plan: i, Target: t))).ToList();
        var found = new List<WeakerTarget>();
        var texts = items.Select(i => (i.Plan, i.Target.Text)).ToList();
        var measures = items.Select(i => Measure(i.Target)).ToList();
        foreach (var cluster in Match(texts, (a, b) => SameMeasure(measures[a], measures[b]), options.TargetMatchThreshold, options.MaxDegreeOfParallelism))
        {
            if (cluster.Count < 2) continue;
            var members = cluster.OrderBy(i => items[i].Plan).ToList();
            var strengths = members.Select(i => Strength(items[i].Target)).Order().ToArray();
            foreach (var i in members)
            {
                // A target is never stronger than itself, so the members stronger than it are its stronger siblings.
                var stronger = strengths.Length - AtMost(strengths, Strength(items[i].Target));
                if (stronger * 2 <= members.Count - 1) continue;
                found.Add(new WeakerTarget(plans[items[i].Plan].Source.File, items[i].Target,
                    [.. members.Where(j => j != i).Select(j => new SiblingTarget(plans[items[j].Plan].Source.File, items[j].Target))]));
            }
        }
        return [.. found.OrderBy(f => plans.FindIndex(p => p.Source.File == f.Source))];
    }

    /// <summary>The later deadlines of the plans of one sibling group: by task family, then by clauses alike.</summary>
    public static List<LaterDeadline> Deadlines(List<PlanDocument> plans, IEnumerable<(string Id, List<(int Plan, int Task)> Members)> families, ComparisonOptions options)
    {
        var found = new List<LaterDeadline>();
        foreach (var (id, members) in families)
        {
            var dated = members.Where(m => plans[m.Plan].Tasks[m.Task].Deadline is not null)
                .Select(m => (m.Plan, Work: TaskWork(plans[m.Plan], plans[m.Plan].Tasks[m.Task]))).ToList();
            found.AddRange(Later(dated, plans, id));
        }
        var clauses = InOrder.Select(plans, DatedClauses, options.MaxDegreeOfParallelism).SelectMany((work, i) => work.Select(w => (Plan: i, Work: w))).ToList();
        foreach (var cluster in Match([.. clauses.Select(c => (c.Plan, c.Work.Text))], (_, _) => true, options.WorkMatchThreshold, options.MaxDegreeOfParallelism))
        {
            if (cluster.Count < 2) continue;
            var byClause = Later([.. cluster.Select(i => clauses[i])], plans, null);
            found.AddRange(byClause.Where(c => !found.Any(f => f.Work.Source == c.Work.Source && f.Work.TaskId is { } t && t == c.Work.TaskId && f.Work.Deadline == c.Work.Deadline)));
        }
        return [.. found.OrderBy(f => plans.FindIndex(p => p.Source.File == f.Work.Source))];
    }

    /// <summary>Each work of the list whose deadline ends later than more than half of the others'.</summary>
    private static IEnumerable<LaterDeadline> Later(List<(int Plan, DatedWork Work)> dated, List<PlanDocument> plans, string? family)
    {
        if (dated.Count < 2) yield break;
        var ordered = dated.OrderBy(d => d.Plan).ToList();
        var lastDays = ordered.Select(d => LastDay(d.Work.Deadline)).ToArray();
        for (var i = 0; i < ordered.Count; i++)
        {
            var plan = ordered[i].Plan;
            var (siblings, earlier) = (0, 0);
            for (var j = 0; j < ordered.Count; j++)
            {
                if (ordered[j].Plan == plan) continue;
                siblings++;
                if (lastDays[j] < lastDays[i]) earlier++;
            }
            if (earlier * 2 > siblings) yield return new LaterDeadline(ordered[i].Work, family, [.. ordered.Where(d => d.Plan != plan).Select(d => d.Work)]);
        }
    }

    private static DatedWork TaskWork(PlanDocument plan, PlanTask task) =>
        new(plan.Source.File, task.Id, task.Title, task.Deadline!.Value) { Span = task.Span };

    /// <summary>The clauses of a plan that set a completion time: its tasks' items and its units' duties, each once.</summary>
    private static List<DatedWork> DatedClauses(PlanDocument plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<DatedWork>();
        void Add(string? taskId, string text, SourceSpan span)
        {
            if (!seen.Add(text)) return;
            var dates = VietnameseDates.CompletionDates(text);
            if (dates.Count == 0) return;
            var last = dates.MaxBy(d => d.LastDay);
            if (PartialDate.TryCreate(last.Year, last.Month, last.Day, last.Quarter) is { } deadline)
                work.Add(new DatedWork(plan.Source.File, taskId, text, deadline) { Span = span });
        }
        foreach (var task in plan.AllTasks())
        {
            foreach (var item in task.Items) Add(task.Id, item, task.Span);
        }
        foreach (var unit in plan.Units)
        {
            foreach (var duty in unit.Duties) Add(null, duty, unit.Span);
        }
        return work;
    }

    /// <summary>Above this many texts they are matched by leaders (linear in the texts) rather than by average linkage (cubic).</summary>
    internal const int LargeMatch = 400;

    /// <summary>
    /// Groups texts of different plans that say the same thing: TF-IDF cosine on folded syllables and bigrams with
    /// numbers left out (the values and dates compared are not what makes two clauses alike), between texts that
    /// <paramref name="comparable"/> allows, at <paramref name="threshold"/> or more; one text per plan in a group. The
    /// texts are read into features on up to <paramref name="maxDegreeOfParallelism"/> threads (-1: all processors).
    /// Up to <see cref="LargeMatch"/> texts by average linkage; beyond, each text joins the group whose first text it is
    /// most like, or starts one.
    /// </summary>
    internal static List<List<int>> Match(List<(int Plan, string Text)> texts, Func<int, int, bool> comparable, double threshold, int maxDegreeOfParallelism = -1)
    {
        var space = new TfIdfSpace();
        var counted = new List<KeyValuePair<int, int>[]>(texts.Count);
        InOrder.Map(texts, t => TextSimilarity.Features(Digits().Replace(t.Text, " ")), f => counted.Add(space.AddDocument(f)), maxDegreeOfParallelism);
        var vectors = counted.Select(space.Vector).ToList();
        if (texts.Count > LargeMatch) return Leaders(texts, vectors, comparable, threshold);
        var scores = new Dictionary<(int, int), double>();
        for (var a = 0; a < texts.Count; a++)
        {
            for (var b = a + 1; b < texts.Count; b++)
            {
                if (texts[a].Plan == texts[b].Plan || !comparable(a, b)) continue;
                var s = TextSimilarity.Dot(vectors[a], vectors[b]);
                if (s > 0) scores[(a, b)] = s;
            }
        }
        return AverageLinkage.Cluster([.. texts.Select(t => t.Plan)], scores, threshold);
    }

    private static List<List<int>> Leaders(List<(int Plan, string Text)> texts, List<SparseVector> vectors, Func<int, int, bool> comparable, double threshold)
    {
        var groups = new List<(List<int> Members, HashSet<int> Plans)>();
        for (var i = 0; i < texts.Count; i++)
        {
            (List<int> Members, HashSet<int> Plans)? best = null;
            var bestScore = threshold;
            foreach (var g in groups)
            {
                var leader = g.Members[0];
                if (g.Plans.Contains(texts[i].Plan) || !comparable(leader, i)) continue;
                var s = TextSimilarity.Dot(vectors[leader], vectors[i]);
                if (s >= bestScore)
                {
                    best = g;
                    bestScore = s;
                }
            }
            if (best is { } join)
            {
                join.Members.Add(i);
                join.Plans.Add(texts[i].Plan);
            }
            else
            {
                groups.Add(([i], [texts[i].Plan]));
            }
        }
        return [.. groups.Select(g => g.Members)];
    }

    /// <summary>What a target measures in: its unit (folded), year and direction.</summary>
    private readonly record struct TargetMeasure(string Unit, int? Year, bool Ceiling);

    private static TargetMeasure Measure(Target t) => new(VietnameseText.Fold(t.Unit).ToLowerInvariant(), t.Year, IsCeiling(t.Comparator));

    /// <summary>Two targets measure the same thing only with the same unit, the same year (when both state one) and the same direction.</summary>
    private static bool SameMeasure(TargetMeasure a, TargetMeasure b) =>
        a.Unit == b.Unit && (a.Year is null || b.Year is null || a.Year == b.Year) && a.Ceiling == b.Ceiling;

    /// <summary>"dưới", "tối đa": the value is a ceiling, so a lower one commits more.</summary>
    private static bool IsCeiling(Comparator c) => c is Comparator.Less or Comparator.AtMost;

    /// <summary>How much a target commits to, comparable between targets of one direction: the value, negated for a ceiling.</summary>
    private static decimal Strength(Target t) => IsCeiling(t.Comparator) ? -t.Value : t.Value;

    /// <summary>How many of <paramref name="ascending"/> are at most <paramref name="value"/>.</summary>
    private static int AtMost(decimal[] ascending, decimal value)
    {
        int low = 0, high = ascending.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (ascending[middle] <= value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static DateOnly LastDay(PartialDate d) =>
        new DateParts(d.Year, d.Month, d.Day, d.Quarter).LastDay;
}
