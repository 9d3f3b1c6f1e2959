using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CommuneDocs.Model;

namespace CommuneDocs.Export;

/// <summary>
/// Reads contract JSON (<c>plan.schema.json</c>, schema version 1) back into a <see cref="PlanDocument"/>: the output
/// of <see cref="PlanJson.Write"/> or a hand-made gold file. Lenient: a missing or null optional field takes its
/// default, unknown fields are ignored; only JSON that is not an object, or a plan without a source file name, fails.
/// </summary>
public static class PlanJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the contract JSON file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentFormatException">The file is missing or is not contract JSON.</exception>
    public static PlanDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new DocumentFormatException(DocumentError.UnsupportedFormat, Messages.NotFound(path), new FileNotFoundException(null, path));
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads contract JSON from a stream; <paramref name="fallbackFile"/> names the plan when its <c>source.file</c> is missing.</summary>
    /// <exception cref="DocumentFormatException">The content is not JSON, not an object, or names no source file.</exception>
    public static PlanDocument Read(Stream stream, string? fallbackFile = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"{fallbackFile ?? "input"}: not valid JSON ({ex.Message}).", ex);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"{fallbackFile ?? "input"}: the JSON is not a plan object.");
            return ReadPlan(root, fallbackFile);
        }
    }

    private static PlanDocument ReadPlan(JsonElement root, string? fallbackFile)
    {
        var source = Child(root, "source");
        var file = Str(source, "file") ?? StemAsFile(fallbackFile)
            ?? throw new DocumentFormatException(DocumentError.UnsupportedFormat, "input: the plan JSON names no source file.");
        var signer = Child(root, "signer");
        return new PlanDocument
        {
            Source = new SourceInfo(file, ParseFormat(Str(source, "format"), file), Int(source, "pages")),
            Kind = ParseKind(Str(root, "kind")),
            Number = Str(root, "number"),
            Symbol = Str(root, "symbol"),
            Issuer = Str(root, "issuer"),
            Commune = Str(root, "commune"),
            Province = Str(root, "province"),
            Place = Str(root, "place"),
            Date = PartialDate.ParseIso(Str(root, "date")),
            Title = Str(root, "title"),
            Signer = signer is { } s ? new Signer(Str(s, "name"), Str(s, "position"), Str(s, "authority")) : null,
            Recipients = Strings(root, "recipients"),
            References = Objects(root, "references", ReadReference),
            Outline = Objects(root, "outline", ReadNode),
            Targets = Objects(root, "targets", ReadTarget),
            Tasks = Objects(root, "tasks", ReadTask),
            Units = Objects(root, "units", u => Str(u, "name") is { } name
                ? new ResponsibleUnit(name, Str(u, "canonical") ?? name, Strings(u, "duties")) { Span = Span(u) }
                : null),
            Tables = Objects(root, "tables", t => new IndicatorTable(Str(t, "caption"), Strings(t, "columns"),
                Objects(t, "rows", r => new IndicatorRow(Strings(r, "groups"), Strings(r, "cells")) { Span = Span(r), Kind = RowKind(Str(r, "kind")) })) { Span = Span(t) }),
            Warnings = ReadWarnings(root),
        };
    }

    /// <summary>A gold file is named after its stem ("000_x.json"); the plan it describes is that stem's document.</summary>
    private static string? StemAsFile(string? fallbackFile) => fallbackFile is null ? null : Path.GetFileNameWithoutExtension(fallbackFile);

    /// <summary>A cited document: by number, or by name alone (<c>number</c> null, <c>title</c> given).</summary>
    private static LegalReference? ReadReference(JsonElement r)
    {
        var number = Str(r, "number");
        var title = Str(r, "title");
        if (number is null && title is null) return null;
        return new LegalReference(Str(r, "kind") ?? "", number, PartialDate.ParseIso(Str(r, "date")), Str(r, "issuer")) { Title = title, Span = Span(r) };
    }

    private static PlanTask? ReadTask(JsonElement t)
    {
        if (Str(t, "id") is not { } id) return null;
        return new PlanTask(id, Str(t, "title") ?? "", Strings(t, "items"), PartialDate.ParseIso(Str(t, "deadline")),
            Strings(t, "lead"), Strings(t, "support"), Span(t))
        {
            Subtasks = Objects(t, "subtasks", ReadTask),
            Product = Str(t, "product"),
            Source = Str(t, "source") == "appendix" ? TaskSource.Appendix : TaskSource.Body,
            Row = Str(t, "row"),
            Recurring = Child(t, "recurring") is { ValueKind: JsonValueKind.True },
        };
    }

    /// <summary>The <c>block</c> and <c>page</c> provenance of an item, when it has them.</summary>
    private static SourceSpan Span(JsonElement e) => Int(e, "block") is { } block ? new SourceSpan(block, Int(e, "page")) : SourceSpan.None;

    private static OutlineNode? ReadNode(JsonElement n) =>
        new(Str(n, "label") ?? "", Str(n, "text") ?? "", Objects(n, "children", ReadNode), SourceSpan.None);

    private static Target? ReadTarget(JsonElement t)
    {
        var value = Child(t, "value") is { } v ? v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(v.GetString()?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => (decimal?)null,
        } : null;
        if (value is null) return null;
        return new Target(Int(t, "year"), Str(t, "text") ?? "", ParseComparator(Str(t, "comparator")), value.Value, Str(t, "unit") ?? "", Span(t));
    }

    private static ImmutableArray<Diagnostic> ReadWarnings(JsonElement root)
    {
        var diagnostics = Objects(root, "diagnostics", d => Str(d, "message") is { } m
            ? new Diagnostic(Enum.TryParse<DiagnosticCode>(Str(d, "code"), out var code) ? code : DiagnosticCode.Other, m,
                Span(d))
            : null);
        if (!diagnostics.IsEmpty) return diagnostics;
        return Strings(root, "warnings").Select(m => new Diagnostic(DiagnosticCode.Other, m, SourceSpan.None)).ToImmutableArray();
    }

    private static SourceFormat ParseFormat(string? format, string file) => format?.ToLowerInvariant() switch
    {
        "pdf" => SourceFormat.Pdf,
        "docx" => SourceFormat.Docx,
        "text" => SourceFormat.Text,
        "markdown" => SourceFormat.Markdown,
        "html" => SourceFormat.Html,
        _ => Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".pdf" => SourceFormat.Pdf,
            ".docx" => SourceFormat.Docx,
            ".md" or ".markdown" => SourceFormat.Markdown,
            ".htm" or ".html" => SourceFormat.Html,
            _ => SourceFormat.Text,
        },
    };

    private static TableRowKind RowKind(string? kind) => kind switch
    {
        "header" => TableRowKind.Header,
        "group" => TableRowKind.Group,
        _ => TableRowKind.Data,
    };

    private static DocumentKind ParseKind(string? kind) => kind?.ToLowerInvariant() switch
    {
        "plan" => DocumentKind.Plan,
        "decision" => DocumentKind.Decision,
        "report" => DocumentKind.Report,
        "letter" => DocumentKind.Letter,
        _ => DocumentKind.Other,
    };

    private static Comparator ParseComparator(string? symbol) => symbol switch
    {
        "<" => Comparator.Less,
        "<=" => Comparator.AtMost,
        ">=" => Comparator.AtLeast,
        ">" => Comparator.Greater,
        _ => Comparator.Equal,
    };

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static string? Str(JsonElement? parent, string name) => Child(parent, name) is { } v ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;

    private static int? Int(JsonElement? parent, string name) => Child(parent, name) is { } v ? v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetInt32(out var i) => i,
        JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    } : null;

    private static ImmutableArray<string> Strings(JsonElement? parent, string name)
    {
        if (Child(parent, name) is not { ValueKind: JsonValueKind.Array } array) return [];
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var e in array.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String && e.GetString() is { } s) builder.Add(s);
        }
        return builder.ToImmutable();
    }

    private static ImmutableArray<T> Objects<T>(JsonElement? parent, string name, Func<JsonElement, T?> read) where T : class
    {
        if (Child(parent, name) is not { ValueKind: JsonValueKind.Array } array) return [];
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var e in array.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.Object && read(e) is { } item) builder.Add(item);
        }
        return builder.ToImmutable();
    }
}
