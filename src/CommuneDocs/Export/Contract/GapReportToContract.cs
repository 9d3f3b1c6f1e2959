using CommuneDocs.Comparison;

namespace CommuneDocs.Export.Contract;

/// <summary>The one mapping from a <see cref="GapReport"/> to its contract records.</summary>
internal static class GapReportToContract
{
    public static GapReportJsonDocument Map(GapReport report) => new()
    {
        Plans = [.. report.Plans.Select(p => new ComparedPlanJson(p.Source, p.Commune, p.SiblingGroup))],
        Families = [.. report.Families.Select(f => new FamilyJson(f.Id, f.Title, [.. f.Members.Select(m => new FamilyMemberJson(m.Source, m.TaskId, m.Score, m.Page))]))],
        Gaps = [.. report.Gaps.Select(g => new PlanGapsJson(g.Source, [.. g.Missing.Select(Missing)]))],
        WeakerTargets = [.. report.WeakerTargets.Select(w => PlanToContract.Target<WeakerTargetJson>(w.Target) with
        {
            Source = w.Source,
            Siblings = [.. w.Siblings.Select(s => PlanToContract.Target<SourcedTargetJson>(s.Target) with { Source = s.Source })],
        })],
        LaterDeadlines = [.. report.LaterDeadlines.Select(l => Work<LaterDeadlineJson>(l.Work) with { Family = l.Family, Siblings = [.. l.Siblings.Select(Work<DatedWorkJson>)] })],
    };

    private static MissingTaskJson Missing(MissingTask m) => new(m.Family, m.Support, m.Of,
        m.Closest is { } c ? new PartialMatchJson(c.TaskId, c.Title, c.Score, c.CoverRatio, c.Page) : null);

    private static T Work<T>(DatedWork work) where T : DatedWorkJson, new() => new()
    {
        Source = work.Source,
        TaskId = work.TaskId,
        Text = work.Text,
        Deadline = work.Deadline,
        Page = work.Span.Page,
        Block = PlanToContract.Block(work.Span),
    };
}
