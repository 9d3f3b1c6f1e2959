using System.Collections.Immutable;

namespace CommuneDocs.Comparison;

/// <summary>
/// Settings of <see cref="PlanComparer"/>. The thresholds were measured on the four plans that implement
/// Quyết định 1565/QĐ-TTg (the gold tasks and the parser's own tasks); see <c>docs/comparison.md</c>.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>The default: support 2, thresholds as measured.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>A plan lacks a family when at least this many of its siblings have it (K; default 2).</summary>
    public int MinSupport { get; init; } = 2;

    /// <summary>
    /// The mean task similarity (0-1) above which two groups of tasks join into one family. Equivalent tasks of the
    /// 1565 plans score 0.30 and more with each other, the closest non-equivalent pair 0.17: 0.24 sits between.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.24;

    /// <summary>The similarity above which a plan's task is reported as the closest partial match of a family it lacks.</summary>
    public double PartialThreshold { get; init; } = 0.10;

    /// <summary>
    /// How alike two plans' titles must be (0-1) to be siblings, besides citing the same upper-level document.
    /// Sibling titles of the 1565 plans score 0.35 and more; a plan on another subject that cites a shared decree
    /// among others scores below 0.15.
    /// </summary>
    public double SiblingTitleThreshold { get; init; } = 0.20;

    /// <summary>How many candidate tasks the index proposes for each task before they are scored.</summary>
    public int CandidatesPerTask { get; init; } = 50;

    /// <summary>
    /// The source file names of the plans to compare as one group of siblings; when empty (the default) sibling plans
    /// are found from their references and titles.
    /// </summary>
    public ImmutableArray<string> Siblings { get; init; } = [];
}
