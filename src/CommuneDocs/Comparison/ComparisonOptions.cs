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
    /// The least similarity (0-1) of a plan's task to a family it lacks for the task to count as covering it in part
    /// (with <see cref="PartialCoverRatio"/>). Informational only: a partial cover never changes which families are
    /// missing. On the 1565 plans the tasks the gold marks as partial score 0.08-0.28 with their family.
    /// </summary>
    public double PartialThreshold { get; init; } = 0.05;

    /// <summary>
    /// How alike a plan's task must be to a family the plan lacks, relative to its score in its own family, to be
    /// shown as covering it in part. On the 1565 plans (gold and parsed .txt/.docx/.pdf) the gold's partial covers reach
    /// 0.27-0.57 and the other gaps' most alike tasks at most 0.25, while their bare similarities overlap (partial
    /// 0.08-0.28, not partial up to 0.19); 0.26 sits between. See docs/comparison.md.
    /// </summary>
    public double PartialCoverRatio { get; init; } = 0.26;

    /// <summary>
    /// A task whose score in its own family is below this is broad: it states more than one family's work, so it may
    /// cover a family its plan lacks in part. Tasks that state one family's work alone score 0.70 and more with their
    /// family (Hà Tây's 0.73-1.00; the generated scale corpus's 0.70-0.98); Vũ Quang's three broad tasks 0.26-0.49.
    /// </summary>
    public double BroadTaskScore { get; init; } = 0.6;

    /// <summary>
    /// How alike two plans' titles must be (0-1) to be siblings, besides citing the same upper-level document.
    /// Titles of the four 1565 plans score 0.38 and more with each other; the plan on another subject (cải cách thủ
    /// tục hành chính), which shares some cited decrees, at most 0.22 with them: 0.30 sits between.
    /// </summary>
    public double SiblingTitleThreshold { get; init; } = 0.30;

    /// <summary>
    /// How alike (0-1, numbers left out) two targets of sibling plans with the same unit, year and direction must be to
    /// measure the same thing, so that their values are compared. See docs/comparison.md.
    /// </summary>
    public double TargetMatchThreshold { get; init; } = 0.5;

    /// <summary>
    /// How alike (0-1, numbers and dates left out) two clauses of sibling plans that set a completion time must be to
    /// be the same work, so that their deadlines are compared. See docs/comparison.md.
    /// </summary>
    public double WorkMatchThreshold { get; init; } = 0.22;

    /// <summary>
    /// How many threads the comparison may use: it turns task and clause texts into features and makes the task
    /// vectors on them, while clustering and matching run on one. -1, the default, for as many as the machine has. The
    /// report is the same whatever the number.
    /// </summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is -1 or > 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Give a number of threads, or -1 for all processors.");
    }

    private readonly int _maxDegreeOfParallelism = -1;

    /// <summary>How many candidate tasks the index proposes for each task before they are scored.</summary>
    public int CandidatesPerTask { get; init; } = 50;

    /// <summary>
    /// The source file names of the plans to compare as one group of siblings; when empty (the default) sibling plans
    /// are found from their references and titles.
    /// </summary>
    public ImmutableArray<string> Siblings { get; init; } = [];
}
