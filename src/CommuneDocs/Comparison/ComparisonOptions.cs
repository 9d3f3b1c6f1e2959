using System.Collections.Immutable;

namespace CommuneDocs.Comparison;

/// <summary>
/// Settings of <see cref="PlanComparer"/>. The thresholds were measured on the four plans that implement
/// Quyết định 1565/QĐ-TTg (the gold tasks and the parser's own tasks); see <c>docs/comparison.md</c> and <c>ThresholdTests</c>.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>The default: support 2, thresholds as measured.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>A plan lacks a family when at least this many of its siblings have it (K; default 2).</summary>
    public int MinSupport { get; init; } = 2;

    /// <summary>
    /// The mean task similarity (0-1) at or above which two groups of tasks join into one family. Swept from 0.05 to
    /// 0.80 on the 1565 gold plans, gap F1 is 1.0 for 0.15-0.27 (0.91 below: unrelated tasks join; 0.92-0.80 above:
    /// reworded tasks such as "Tuyên truyền, nâng cao nhận thức ... dịch vụ số" stay apart); on the parser's output of
    /// the same plans, 1.0 for 0.15-0.26. 0.21 is the middle.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.21;

    /// <summary>
    /// The similarity at or above which a plan's task is reported as the closest partial match of a family it lacks.
    /// Informational only (it never changes which families are missing): on the 1565 plans the tasks the gold marks
    /// as partial score 0.13-0.28 with their family, but unrelated tasks reach 0.18, so no threshold tells them apart.
    /// </summary>
    public double PartialThreshold { get; init; } = 0.10;

    /// <summary>
    /// How alike two plans' titles must be (0-1) to be siblings, besides citing the same upper-level document.
    /// Titles of the four 1565 plans score 0.38 and more with each other; the plan on another subject (cải cách thủ
    /// tục hành chính), which shares some cited decrees, at most 0.22 with them: 0.30 sits between.
    /// </summary>
    public double SiblingTitleThreshold { get; init; } = 0.30;

    /// <summary>How many candidate tasks the index proposes for each task before they are scored.</summary>
    public int CandidatesPerTask { get; init; } = 50;

    /// <summary>
    /// The source file names of the plans to compare as one group of siblings; when empty (the default) sibling plans
    /// are found from their references and titles.
    /// </summary>
    public ImmutableArray<string> Siblings { get; init; } = [];
}
