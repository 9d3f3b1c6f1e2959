using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// The plan's tasks: the task tree of every part that assigns work (<see cref="TaskTree"/>), each task filled from the
/// appendix row that restates it, then the tasks only an appendix table lists (<see cref="AppendixTasks"/>).
/// </summary>
internal static partial class TaskExtractor
{
    // Completion wording before a time: "Thời gian hoàn thành: tháng 12/2025", "hoàn thành trước ngày 15/12/2025", "trong Quý III năm 2025", "từ tháng 01 đến ngày 15/3/2026".
    [GeneratedRegex(@"(thời gian|thời hạn|hoàn thành|trước ngày|trước|chậm nhất|xong|hạn chót|trong|đến)\s*[^.;]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompletionCue();

    public static ImmutableArray<PlanTask> Extract(StructuredDocument doc, UnitRegistry registry)
    {
        var parts = Parts.TaskParts(doc.Outline).Select(p => (p, Parts.PathOf(doc.Outline, p)));
        var appendix = new AppendixTasks(TaskTable.Find(doc), registry);
        var body = new TaskTree(registry).Build(parts).Select(appendix.Fill).ToImmutableArray();
        return body.AddRange(appendix.Listed(body));
    }

    /// <summary>The latest completion time the text states.</summary>
    internal static PartialDate? Deadline(IEnumerable<string> lines)
    {
        DateParts? best = null;
        foreach (var text in lines)
        {
            foreach (var found in VietnameseDates.FindAll(text))
            {
                var before = text[Math.Max(0, found.Index - 80)..found.Index];
                if (!CompletionCue().IsMatch(before)) continue;
                // The date of a cited document ("Quyết định số ... ngày 18/7/2025") is not a deadline.
                var tail = before.Length > 30 ? before[^30..] : before;
                if (SymbolThenDate().IsMatch(tail) || NumberThenDate().IsMatch(tail)) continue;
                if (best is null || found.Date.LastDay > best.Value.LastDay) best = found.Date;
            }
        }
        return best.ToPartialDate();
    }

    /// <summary>"... /QĐ-TTg ngày": the date that follows is the cited document's.</summary>
    [GeneratedRegex(@"/[\p{L}\-]+\s*ngày\s*$")]
    private static partial Regex SymbolThenDate();

    /// <summary>"... số 1565 ngày": the date that follows is the cited document's.</summary>
    [GeneratedRegex(@"\bsố\s+\S+\s+ngày\s*$")]
    private static partial Regex NumberThenDate();
}
