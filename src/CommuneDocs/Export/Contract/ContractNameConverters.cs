using System.Text.Json;
using System.Text.Json.Serialization;
using CommuneDocs.Model;

namespace CommuneDocs.Export.Contract;

/// <summary>
/// A value the contract writes as a name ("pdf", "&gt;=", "2025-Q3"): written with <paramref name="name"/>, read with
/// <paramref name="parse"/> from a string or a number's text; a name it does not know, or a value that is neither,
/// reads as null, and the mapping to the model decides the default.
/// </summary>
internal abstract class ContractNameConverter<T>(Func<T, string> name, Func<string, T?> parse) : JsonConverter<T?> where T : struct
{
    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientStringConverter.ReadText(ref reader) is { } text ? parse(text) : null;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) => writer.WriteStringValue(name(value!.Value));
}

/// <summary><c>source.format</c>: "text", "docx", "pdf", "markdown" or "html", read without regard to case.</summary>
internal sealed class SourceFormatConverter() : ContractNameConverter<SourceFormat>(Name, Parse)
{
    /// <summary>The contract's name of a format; "text" for a value it does not name.</summary>
    public static string Name(SourceFormat format) => format switch
    {
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        SourceFormat.Markdown => "markdown",
        SourceFormat.Html => "html",
        _ => "text",
    };

    private static SourceFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "pdf" => SourceFormat.Pdf,
        "docx" => SourceFormat.Docx,
        "text" => SourceFormat.Text,
        "markdown" => SourceFormat.Markdown,
        "html" => SourceFormat.Html,
        _ => null,
    };
}

/// <summary><c>kind</c>: "plan", "decision", "report", "letter" or "other", read without regard to case.</summary>
internal sealed class DocumentKindConverter() : ContractNameConverter<DocumentKind>(Name, Parse)
{
    /// <summary>The contract's name of a kind: the member's name in lower case.</summary>
    public static string Name(DocumentKind kind) => kind.ToString().ToLowerInvariant();

    private static DocumentKind? Parse(string name) => name.ToLowerInvariant() switch
    {
        "plan" => DocumentKind.Plan,
        "decision" => DocumentKind.Decision,
        "report" => DocumentKind.Report,
        "letter" => DocumentKind.Letter,
        "other" => DocumentKind.Other,
        _ => null,
    };
}

/// <summary>A target's <c>comparator</c>: "&lt;", "&lt;=", "=", "&gt;=" or "&gt;".</summary>
internal sealed class ComparatorConverter() : ContractNameConverter<Comparator>(Symbol, Parse)
{
    /// <summary>The contract's symbol of a comparator; "=" for a value it does not name.</summary>
    public static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.Less => "<",
        Comparator.AtMost => "<=",
        Comparator.AtLeast => ">=",
        Comparator.Greater => ">",
        _ => "=",
    };

    private static Comparator? Parse(string symbol) => symbol switch
    {
        "<" => Comparator.Less,
        "<=" => Comparator.AtMost,
        "=" => Comparator.Equal,
        ">=" => Comparator.AtLeast,
        ">" => Comparator.Greater,
        _ => null,
    };
}

/// <summary>A task's <c>source</c>: "body" or "appendix".</summary>
internal sealed class TaskSourceConverter() : ContractNameConverter<TaskSource>(Name, Parse)
{
    /// <summary>The contract's name of a task's source; "body" for a value it does not name.</summary>
    public static string Name(TaskSource source) => source == TaskSource.Appendix ? "appendix" : "body";

    private static TaskSource? Parse(string name) => name switch
    {
        "appendix" => TaskSource.Appendix,
        "body" => TaskSource.Body,
        _ => null,
    };
}

/// <summary>A table row's <c>kind</c>: "header", "group" or "data".</summary>
internal sealed class TableRowKindConverter() : ContractNameConverter<TableRowKind>(Name, Parse)
{
    /// <summary>The contract's name of a row's kind; "data" for a value it does not name.</summary>
    public static string Name(TableRowKind kind) => kind switch
    {
        TableRowKind.Header => "header",
        TableRowKind.Group => "group",
        _ => "data",
    };

    private static TableRowKind? Parse(string name) => name switch
    {
        "header" => TableRowKind.Header,
        "group" => TableRowKind.Group,
        "data" => TableRowKind.Data,
        _ => null,
    };
}

/// <summary>A diagnostic's <c>code</c>: the member's name ("NumberingJump"), read as <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> reads it.</summary>
internal sealed class DiagnosticCodeConverter() : ContractNameConverter<DiagnosticCode>(code => code.ToString(), Parse)
{
    private static DiagnosticCode? Parse(string name) => Enum.TryParse<DiagnosticCode>(name, out var code) ? code : null;
}

/// <summary>A date cut to what is known: "2025", "2025-Q3", "2025-08", "2025-08-26"; a date that is not one reads as null.</summary>
internal sealed class PartialDateConverter() : ContractNameConverter<PartialDate>(date => date.ToString(), PartialDate.ParseIso);
