using System.Collections.Immutable;
using CommuneDocs.Model;

namespace CommuneDocs.Comparison;

/// <summary>The result of comparing plans: which tasks sibling plans share, and which each plan lacks (<c>gaps.schema.json</c>).</summary>
/// <param name="Plans">Every plan compared, in input order.</param>
/// <param name="Families">Groups of equivalent tasks of sibling plans, one task per plan at most.</param>
/// <param name="Gaps">For each plan that has siblings, the families it lacks that enough siblings have.</param>
public sealed record GapReport(ImmutableArray<ComparedPlan> Plans, ImmutableArray<TaskFamily> Families, ImmutableArray<PlanGaps> Gaps)
{
    /// <summary>Version of the <c>gaps</c> JSON contract this report maps to.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Targets of a plan weaker than most of its siblings' targets for the same metric.</summary>
    public ImmutableArray<WeakerTarget> WeakerTargets { get; init; } = [];

    /// <summary>Work a plan gives a later deadline than most of its siblings give the same work.</summary>
    public ImmutableArray<LaterDeadline> LaterDeadlines { get; init; } = [];
}

/// <summary>A plan taking part in a comparison.</summary>
/// <param name="Source">Its source file name.</param>
/// <param name="Commune">Its commune, when known.</param>
/// <param name="SiblingGroup">The number (from 1) of the group of sibling plans it belongs to, or null when it has no sibling.</param>
public sealed record ComparedPlan(string Source, string? Commune, int? SiblingGroup);

/// <summary>Equivalent tasks of sibling plans.</summary>
/// <param name="Id">The family's id in this report ("F3").</param>
/// <param name="Title">A representative title: that of the member most like the others.</param>
/// <param name="Members">One task per plan, in plan order.</param>
public sealed record TaskFamily(string Id, string Title, ImmutableArray<FamilyMember> Members);

/// <summary>A task in a family.</summary>
/// <param name="Source">The plan's source file name.</param>
/// <param name="TaskId">The task's id ("II.5").</param>
/// <param name="Title">The task's title, as the plan words it.</param>
/// <param name="Score">Its mean similarity (0-1) to the other members; 1 for a family of one.</param>
public sealed record FamilyMember(string Source, string TaskId, string Title, double Score)
{
    /// <summary>The page the task starts on in its source, for formats with pages (PDF); else null.</summary>
    public int? Page { get; init; }
}

/// <summary>The families one plan lacks.</summary>
/// <param name="Source">The plan's source file name.</param>
/// <param name="Missing">The families it lacks that at least the minimum support of its siblings have.</param>
public sealed record PlanGaps(string Source, ImmutableArray<MissingTask> Missing);

/// <summary>A family a plan lacks.</summary>
/// <param name="Family">The family's id.</param>
/// <param name="Support">How many of the plan's siblings have it.</param>
/// <param name="Of">How many siblings the plan has.</param>
/// <param name="Closest">The plan's task that covers the family in part, when one does (<see cref="ComparisonOptions.PartialCoverRatio"/>).</param>
public sealed record MissingTask(string Family, int Support, int Of, PartialMatch? Closest);

/// <summary>A plan's task that covers a family it lacks only in part (<see cref="ComparisonOptions.PartialCoverRatio"/>).</summary>
/// <param name="TaskId">The task's id.</param>
/// <param name="Title">The task's title.</param>
/// <param name="Score">Its mean similarity (0-1) to the family's members.</param>
public sealed record PartialMatch(string TaskId, string Title, double Score)
{
    /// <summary>Its similarity to the family divided by its score in the family it belongs to.</summary>
    public double CoverRatio { get; init; }

    /// <summary>The page the task starts on in its source, for formats with pages (PDF); else null.</summary>
    public int? Page { get; init; }
}

/// <summary>
/// A plan's target weaker than most of its siblings' targets for the same metric (same unit, year and direction, text
/// alike): a lower value for "tối thiểu 90%", a higher one for "dưới 8 phút".
/// </summary>
/// <param name="Source">The plan's source file name.</param>
/// <param name="Target">The plan's target, with its page and block.</param>
/// <param name="Siblings">The siblings' targets for the same metric, in plan order.</param>
public sealed record WeakerTarget(string Source, Target Target, ImmutableArray<SiblingTarget> Siblings);

/// <summary>A sibling plan's target for a metric.</summary>
/// <param name="Source">The sibling plan's source file name.</param>
/// <param name="Target">Its target.</param>
public sealed record SiblingTarget(string Source, Target Target);

/// <summary>Work due by a date: a task, an item of a task, or a unit's duty.</summary>
/// <param name="Source">The plan's source file name.</param>
/// <param name="TaskId">The task's id, for a task or an item of one; null for a unit's duty.</param>
/// <param name="Text">The clause that states the work and its time, as written.</param>
/// <param name="Deadline">When it is due.</param>
public sealed record DatedWork(string Source, string? TaskId, string Text, PartialDate Deadline)
{
    /// <summary>Where the clause is stated: the page (for formats with pages) and the reader's block.</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>Work a plan gives a later deadline than most of its siblings give the same work.</summary>
/// <param name="Work">The plan's work and deadline.</param>
/// <param name="Family">The task family, when the work is a task matched by family; null when clauses were matched by their text.</param>
/// <param name="Siblings">The siblings' deadlines for the same work, in plan order.</param>
public sealed record LaterDeadline(DatedWork Work, string? Family, ImmutableArray<DatedWork> Siblings);
