using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Export.Contract;

// The gap report as gaps.schema.json (schema version 1) lays it out, with the additions docs/comparison.md describes
// (page, closest, weakerTargets, laterDeadlines): one record per JSON object, its properties in the order they are
// written. Only written, never read.

/// <summary>The root object of a gap report's contract JSON.</summary>
internal sealed record GapReportJsonDocument
{
    public int SchemaVersion => GapReport.SchemaVersion;
    public required ImmutableArray<ComparedPlanJson> Plans { get; init; }
    public required ImmutableArray<FamilyJson> Families { get; init; }
    public required ImmutableArray<PlanGapsJson> Gaps { get; init; }
    public required ImmutableArray<WeakerTargetJson> WeakerTargets { get; init; }
    public required ImmutableArray<LaterDeadlineJson> LaterDeadlines { get; init; }
}

/// <summary>An item of <c>plans</c>.</summary>
internal sealed record ComparedPlanJson(string Source, string? Commune, int? SiblingGroup);

/// <summary>An item of <c>families</c>.</summary>
internal sealed record FamilyJson(string Id, string Title, ImmutableArray<FamilyMemberJson> Members);

/// <summary>A member of a family; its page written only for sources with pages.</summary>
internal sealed record FamilyMemberJson(string Source, string TaskId, double Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page);

/// <summary>An item of <c>gaps</c>.</summary>
internal sealed record PlanGapsJson(string Source, ImmutableArray<MissingTaskJson> Missing);

/// <summary>A family a plan lacks, with its task that covers it in part when one does.</summary>
internal sealed record MissingTaskJson(string Family, int Support, int Of,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PartialMatchJson? Closest);

/// <summary><c>closest</c>: its page written only for sources with pages.</summary>
internal sealed record PartialMatchJson(string TaskId, string Title, double Score, double CoverRatio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page);

/// <summary>A target in the gap report: a plan's target with the plan's source file first.</summary>
internal record SourcedTargetJson : TargetJson
{
    [JsonPropertyOrder(-1)]
    public string? Source { get; init; }
}

/// <summary>An item of <c>weakerTargets</c>: the plan's target, then its siblings' for the same metric.</summary>
internal sealed record WeakerTargetJson : SourcedTargetJson
{
    [JsonPropertyOrder(1)]
    public ImmutableArray<SourcedTargetJson> Siblings { get; init; }
}

/// <summary>Work due by a date, in <c>laterDeadlines</c>.</summary>
internal record DatedWorkJson
{
    public string? Source { get; init; }
    public string? TaskId { get; init; }
    public string? Text { get; init; }
    public PartialDate? Deadline { get; init; }
    public int? Page { get; init; }
    public int? Block { get; init; }
}

/// <summary>An item of <c>laterDeadlines</c>: the family first, the plan's work, then its siblings'.</summary>
internal sealed record LaterDeadlineJson : DatedWorkJson
{
    [JsonPropertyOrder(-1)]
    public string? Family { get; init; }

    [JsonPropertyOrder(1)]
    public ImmutableArray<DatedWorkJson> Siblings { get; init; }
}
