using System.Text.Json.Serialization;

namespace CommuneDocs.Export.Contract;

/// <summary>
/// The contract records' serialization metadata, generated at compile time (no reflection at run time): camelCase
/// names, nulls written, and converters that write the contract's names and read leniently — a value of an
/// unexpected type reads as missing, a list that is not one as empty (<see cref="PlanJsonReader"/>).
/// Utf8JsonWriter's depth limit (1000) is kept for writing; the reader's own options stop reading at 64 levels.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = 1000,
    Converters =
    [
        typeof(LenientStringConverter), typeof(LenientInt32Converter), typeof(LenientDecimalConverter), typeof(LenientBooleanConverter),
        typeof(StringArrayConverter), typeof(PartialDateConverter), typeof(SourceFormatConverter), typeof(DocumentKindConverter),
        typeof(ComparatorConverter), typeof(TaskSourceConverter), typeof(TableRowKindConverter), typeof(DiagnosticCodeConverter),
        typeof(ObjectArrayConverter<ReferenceJson>), typeof(ObjectArrayConverter<OutlineNodeJson>), typeof(ObjectArrayConverter<TargetJson>),
        typeof(ObjectArrayConverter<TaskJson>), typeof(ObjectArrayConverter<UnitJson>), typeof(ObjectArrayConverter<TableJson>),
        typeof(ObjectArrayConverter<RowJson>), typeof(ObjectArrayConverter<DiagnosticJson>),
    ])]
[JsonSerializable(typeof(PlanJsonDocument))]
[JsonSerializable(typeof(GapReportJsonDocument))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
