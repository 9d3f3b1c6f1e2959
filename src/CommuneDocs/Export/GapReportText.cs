using CommuneDocs.Comparison;

namespace CommuneDocs.Export;

/// <summary>
/// A <see cref="GapReport"/> as the terminal table of <c>communedocs gaps</c>: per plan its sibling group and the task
/// families it lacks (with support, and the broader task that covers one in part), then its targets weaker and its
/// deadlines later than most siblings'. Vietnamese unless told otherwise.
/// </summary>
public static class GapReportText
{
    /// <summary>Writes the table to <paramref name="writer"/>.</summary>
    public static void Write(GapReport report, TextWriter writer, ReportLanguage language = ReportLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var labels = ReportLabels.For(language);
        var families = report.Families.ToDictionary(f => f.Id);
        var names = report.Plans.GroupBy(p => p.Source).ToDictionary(g => g.Key, g => g.First().Commune ?? g.Key);
        foreach (var plan in report.Plans)
        {
            var name = plan.Commune ?? "?";
            if (plan.SiblingGroup is not { } group)
            {
                writer.WriteLine(labels.NoSibling(name, plan.Source));
                continue;
            }
            var missing = report.Gaps.FirstOrDefault(g => g.Source == plan.Source)?.Missing ?? [];
            writer.WriteLine(labels.PlanGapsLine(name, plan.Source, group, missing.Length));
            foreach (var m in missing)
            {
                var closest = m.Closest is { } c ? $"  ~ {labels.CoveredInPart} {c.TaskId} ({labels.Number(c.Score)})" : "";
                writer.WriteLine($"  {m.Family,-4} {m.Support}/{m.Of}  {families[m.Family].Title}{closest}");
            }
            foreach (var t in report.WeakerTargets.Where(t => t.Source == plan.Source))
            {
                var year = t.Target.Year is { } y ? $" {labels.Year.ToLowerInvariant()} {y}" : "";
                var others = string.Join("; ", t.Siblings.Select(s => $"{names.GetValueOrDefault(s.Source, s.Source)} {labels.TargetValue(s.Target.Comparator, s.Target.Value, s.Target.Unit)}"));
                writer.WriteLine($"  {labels.WeakerTarget}{year}: {labels.TargetValue(t.Target.Comparator, t.Target.Value, t.Target.Unit)} ({labels.SiblingsCommit} {others})  «{t.Target.Text}»");
            }
            foreach (var d in report.LaterDeadlines.Where(d => d.Work.Source == plan.Source))
            {
                var others = string.Join("; ", d.Siblings.Select(s => $"{names.GetValueOrDefault(s.Source, s.Source)} {labels.Date(s.Deadline)}"));
                writer.WriteLine($"  {labels.LaterDeadline}: {labels.Date(d.Work.Deadline)} ({labels.SiblingsCommit} {others})  «{d.Work.Text}»");
            }
        }
    }
}
