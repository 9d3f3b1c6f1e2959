using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// The plan's tasks: the children of the part that holds them, each with its items, its completion time and its
/// lead and support units, from its own text or else from the appendix row with the same number or title.
/// </summary>
internal static partial class TaskExtractor
{
    // Completion wording before a time: "Thời gian hoàn thành: tháng 12/2025", "hoàn thành trước ngày 15/12/2025", "trong Quý III năm 2025".
    [GeneratedRegex(@"(thời gian|thời hạn|hoàn thành|trước ngày|trước|chậm nhất|xong|hạn chót|trong)\s*[^.;]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompletionCue();

    [GeneratedRegex(@"(?:đơn vị\s+)?chủ trì\s*(?:thực hiện)?\s*:\s*(?<units>[^;.\n]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"(?:đơn vị\s+)?phối hợp\s*(?:thực hiện)?\s*:\s*(?<units>[^;.\n]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SupportPattern();

    public static ImmutableArray<PlanTask> Extract(StructuredDocument doc, UnitRegistry registry)
    {
        var part = Parts.Tasks(doc.Outline);
        if (part is null) return [];
        var result = ImmutableArray.CreateBuilder<PlanTask>();
        var partPath = Parts.PathOf(doc.Outline, part);
        var taskTables = TaskTables(doc);
        foreach (var child in part.Children)
        {
            var id = partPath + "." + child.Label;
            var items = Parts.Content(child).Select(c => c.Text).Where(t => t.Length > 0).ToImmutableArray();
            var lines = Parts.AllLines(child).Select(l => TextOf.Flatten(l.Text)).ToList();
            var deadline = Deadline(lines);
            var lead = Units(lines, LeadPattern(), registry);
            var support = Units(lines, SupportPattern(), registry);
            if (FindRow(taskTables, child, registry) is { } row)
            {
                deadline ??= row.Deadline;
                if (lead.IsEmpty) lead = row.Lead;
                if (support.IsEmpty) support = row.Support;
            }
            result.Add(new PlanTask(id, child.Text, items, deadline, lead, support, child.Line.Span));
        }
        return result.ToImmutable();
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

    private static ImmutableArray<string> Units(IEnumerable<string> lines, Regex pattern, UnitRegistry registry)
    {
        foreach (var text in lines)
        {
            var m = pattern.Match(text);
            if (m.Success) return SplitUnits(m.Groups["units"].Value, registry);
        }
        return [];
    }

    /// <summary>Unit names listed with commas, keeping a known name that has a comma in it ("Phòng Kinh tế, Hạ tầng và Đô thị").</summary>
    internal static ImmutableArray<string> SplitUnits(string text, UnitRegistry registry)
    {
        var parts = text.Split([",", ";", "\n"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(u => u.TrimEnd('.')).ToList();
        var result = new List<string>();
        foreach (var part in parts)
        {
            if (result.Count > 0 && registry.IsKnown(result[^1] + ", " + part) && !registry.IsKnown(part))
                result[^1] += ", " + part;
            else if (part.Length > 1)
                result.Add(part);
        }
        return [.. result];
    }

    private sealed record RowFacts(PartialDate? Deadline, ImmutableArray<string> Lead, ImmutableArray<string> Support);

    /// <summary>A table that lists tasks with their times or units: its columns, and the matching key of each row's task text.</summary>
    private sealed record TaskTable(TableShape Table, int Time, int Lead, int Support, string[] RowKeys);

    /// <summary>The document's task tables (a task or content column, and a time or lead column), each row's key made once.</summary>
    private static List<TaskTable> TaskTables(StructuredDocument doc)
    {
        var result = new List<TaskTable>();
        foreach (var table in doc.Tables)
        {
            var cols = table.Columns.Select(VietnameseText.Fold).ToList();
            var time = cols.FindIndex(c => c.Contains("thoi gian", StringComparison.Ordinal) || c.Contains("thoi han", StringComparison.Ordinal));
            var lead = cols.FindIndex(c => c.Contains("chu tri", StringComparison.Ordinal));
            var support = cols.FindIndex(c => c.Contains("phoi hop", StringComparison.Ordinal));
            var content = cols.FindIndex(c => c.Contains("nhiem vu", StringComparison.Ordinal) || c.Contains("noi dung", StringComparison.Ordinal));
            if (content < 0 || (time < 0 && lead < 0)) continue;
            result.Add(new TaskTable(table, time, lead, support, [.. table.Rows.Select(r => VietnameseText.ToneKey(r.Cells[content]))]));
        }
        return result;
    }

    /// <summary>The task appendix row for a task: a title that starts the same way.</summary>
    private static RowFacts? FindRow(List<TaskTable> tables, StructureNode task, UnitRegistry registry)
    {
        if (tables.Count == 0) return null;
        var key = VietnameseText.ToneKey(task.Text);
        foreach (var (table, time, lead, support, rowKeys) in tables)
        {
            for (var r = 0; r < rowKeys.Length; r++)
            {
                var cell = rowKeys[r];
                var n = Math.Min(40, Math.Min(key.Length, cell.Length));
                if (n < 15 || !key.AsSpan(0, n).SequenceEqual(cell.AsSpan(0, n))) continue;
                var row = table.Rows[r];
                return new RowFacts(
                    time >= 0 ? Dates.ParseTime(row.Cells[time]) : null,
                    lead >= 0 ? SplitUnits(row.Cells[lead], registry) : [],
                    support >= 0 ? SplitUnits(row.Cells[support], registry) : []);
            }
        }
        return null;
    }

    /// <summary>"... /QĐ-TTg ngày": the date that follows is the cited document's.</summary>
    [GeneratedRegex(@"/[\p{L}\-]+\s*ngày\s*$")]
    private static partial Regex SymbolThenDate();

    /// <summary>"... số 1565 ngày": the date that follows is the cited document's.</summary>
    [GeneratedRegex(@"\bsố\s+\S+\s+ngày\s*$")]
    private static partial Regex NumberThenDate();
}
