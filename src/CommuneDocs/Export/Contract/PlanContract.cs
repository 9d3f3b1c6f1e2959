using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CommuneDocs.Model;

namespace CommuneDocs.Export.Contract;

// The plan as plan.schema.json (schema version 1) lays it out: one record per JSON object, its properties in the
// order they are written. Read leniently (ContractJsonContext's converters), so every field may be missing.

/// <summary>The root object of a plan's contract JSON.</summary>
internal sealed record PlanJsonDocument
{
    /// <summary>Always the version this code writes; what a file says is not read.</summary>
    public int SchemaVersion => PlanDocument.SchemaVersion;

    /// <summary>The file parsed; a value that is not an object reads as an empty one.</summary>
    [JsonConverter(typeof(LenientObjectConverter<SourceJson>))]
    public SourceJson? Source { get; init; }

    public DocumentKind? Kind { get; init; }
    public string? Number { get; init; }
    public string? Symbol { get; init; }
    public string? Issuer { get; init; }
    public string? Commune { get; init; }
    public string? Province { get; init; }
    public string? Place { get; init; }
    public PartialDate? Date { get; init; }
    public string? Title { get; init; }

    /// <summary>Who signed; a value that is not an object reads as a signer with nothing known.</summary>
    [JsonConverter(typeof(LenientObjectConverter<SignerJson>))]
    public SignerJson? Signer { get; init; }

    public ImmutableArray<string> Recipients { get; init; }
    public ImmutableArray<ReferenceJson> References { get; init; }
    public ImmutableArray<OutlineNodeJson> Outline { get; init; }
    public ImmutableArray<TargetJson> Targets { get; init; }
    public ImmutableArray<TaskJson> Tasks { get; init; }
    public ImmutableArray<UnitJson> Units { get; init; }
    public ImmutableArray<TableJson> Tables { get; init; }

    /// <summary>The diagnostics' messages, for readers of version 1 without <see cref="Diagnostics"/>.</summary>
    public ImmutableArray<string> Warnings { get; init; }

    public ImmutableArray<DiagnosticJson> Diagnostics { get; init; }
}

/// <summary><c>source</c>: the file a plan was parsed from.</summary>
internal sealed record SourceJson
{
    public string? File { get; init; }
    public SourceFormat? Format { get; init; }
    public int? Pages { get; init; }
}

/// <summary><c>signer</c>.</summary>
internal sealed record SignerJson
{
    public string? Name { get; init; }
    public string? Position { get; init; }
    public string? Authority { get; init; }
}

/// <summary>An item of <c>references</c>.</summary>
internal sealed record ReferenceJson
{
    public string? Kind { get; init; }
    public string? Number { get; init; }
    public PartialDate? Date { get; init; }
    public string? Issuer { get; init; }

    /// <summary>Written only for a document cited by name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    public int? Page { get; init; }
    public int? Block { get; init; }
}

/// <summary>A node of <c>outline</c>.</summary>
internal sealed record OutlineNodeJson
{
    public string? Label { get; init; }
    public string? Text { get; init; }
    public ImmutableArray<OutlineNodeJson> Children { get; init; }
}

/// <summary>An item of <c>targets</c>; the gap report's targets add their plan's source (<see cref="SourcedTargetJson"/>).</summary>
internal record TargetJson
{
    public int? Year { get; init; }
    public string? Text { get; init; }
    public Comparator? Comparator { get; init; }

    /// <summary>A number, or a string such as "90,5" that reads as one; a target without a value is not read.</summary>
    public decimal? Value { get; init; }

    public string? Unit { get; init; }
    public int? Page { get; init; }
    public int? Block { get; init; }
}

/// <summary>An item of <c>tasks</c>, or of a task's <c>subtasks</c>.</summary>
internal sealed record TaskJson
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public ImmutableArray<string> Items { get; init; }
    public PartialDate? Deadline { get; init; }
    public ImmutableArray<string> Lead { get; init; }
    public ImmutableArray<string> Support { get; init; }
    public string? Product { get; init; }
    public TaskSource? Source { get; init; }
    public string? Row { get; init; }

    /// <summary>True only when the JSON says <c>true</c>.</summary>
    public bool Recurring { get; init; }

    public int? Page { get; init; }
    public int? Block { get; init; }
    public ImmutableArray<TaskJson> Subtasks { get; init; }
}

/// <summary>An item of <c>units</c>.</summary>
internal sealed record UnitJson
{
    public string? Name { get; init; }
    public string? Canonical { get; init; }
    public ImmutableArray<string> Duties { get; init; }
    public int? Page { get; init; }
    public int? Block { get; init; }
}

/// <summary>An item of <c>tables</c>.</summary>
internal sealed record TableJson
{
    public string? Caption { get; init; }
    public ImmutableArray<string> Columns { get; init; }
    public ImmutableArray<RowJson> Rows { get; init; }
    public int? Page { get; init; }
    public int? Block { get; init; }
}

/// <summary>A row of a table.</summary>
internal sealed record RowJson
{
    public ImmutableArray<string> Groups { get; init; }
    public ImmutableArray<string> Cells { get; init; }
    public TableRowKind? Kind { get; init; }
    public int? Page { get; init; }
    public int? Block { get; init; }
}

/// <summary>An item of <c>diagnostics</c> (an addition to version 1): its block and page written only when known.</summary>
internal sealed record DiagnosticJson
{
    public DiagnosticCode? Code { get; init; }
    public string? Message { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Block { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }
}
