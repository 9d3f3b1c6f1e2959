using System.Collections.Immutable;
using CommuneDocs.Model;

namespace CommuneDocs.Export.Contract;

/// <summary>
/// The one mapping from contract records to a <see cref="PlanDocument"/>, lenient as a gold file needs: a missing
/// field takes its default, and an item the model cannot hold (a task without an id, a target without a value, a unit
/// without a name, a reference with neither number nor title, a diagnostic without a message) is left out.
/// </summary>
internal static class ContractToPlan
{
    /// <exception cref="DocumentFormatException">The plan names no source file and <paramref name="fallbackFile"/> is null.</exception>
    public static PlanDocument Map(PlanJsonDocument json, string? fallbackFile)
    {
        var file = json.Source?.File ?? StemAsFile(fallbackFile)
            ?? throw new DocumentFormatException(DocumentError.UnsupportedFormat, "input: the plan JSON names no source file.");
        return new PlanDocument
        {
            Source = new SourceInfo(file, json.Source?.Format ?? FormatOfExtension(file), json.Source?.Pages),
            Kind = json.Kind ?? DocumentKind.Other,
            Number = json.Number,
            Symbol = json.Symbol,
            Issuer = json.Issuer,
            Commune = json.Commune,
            Province = json.Province,
            Place = json.Place,
            Date = json.Date,
            Title = json.Title,
            Signer = json.Signer is { } s ? new Signer(s.Name, s.Position, s.Authority) : null,
            Recipients = Strings(json.Recipients),
            References = Each(json.References, Reference),
            Outline = Each(json.Outline, Node),
            Targets = Each(json.Targets, Target),
            Tasks = Each(json.Tasks, Task),
            Units = Each(json.Units, u => u.Name is { } name ? new ResponsibleUnit(name, u.Canonical ?? name, Strings(u.Duties)) { Span = Span(u.Page, u.Block) } : null),
            Tables = Each(json.Tables, Table),
            Warnings = Warnings(json),
        };
    }

    /// <summary>A gold file is named after its stem ("000_x.json"); the plan it describes is that stem's document.</summary>
    private static string? StemAsFile(string? fallbackFile) => fallbackFile is null ? null : Path.GetFileNameWithoutExtension(fallbackFile);

    private static SourceFormat FormatOfExtension(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".pdf" => SourceFormat.Pdf,
        ".docx" => SourceFormat.Docx,
        ".md" or ".markdown" => SourceFormat.Markdown,
        ".htm" or ".html" => SourceFormat.Html,
        _ => SourceFormat.Text,
    };

    private static LegalReference? Reference(ReferenceJson r) => r.Number is null && r.Title is null
        ? null
        : new LegalReference(r.Kind ?? "", r.Number, r.Date, r.Issuer) { Title = r.Title, Span = Span(r.Page, r.Block) };

    private static OutlineNode Node(OutlineNodeJson n) => new(n.Label ?? "", n.Text ?? "", Each(n.Children, Node), SourceSpan.None);

    private static Target? Target(TargetJson t) => t.Value is { } value
        ? new Target(t.Year, t.Text ?? "", t.Comparator ?? Comparator.Equal, value, t.Unit ?? "", Span(t.Page, t.Block))
        : null;

    private static PlanTask? Task(TaskJson t) => t.Id is { } id
        ? new PlanTask(id, t.Title ?? "", Strings(t.Items), t.Deadline, Strings(t.Lead), Strings(t.Support), Span(t.Page, t.Block))
        {
            Subtasks = Each(t.Subtasks, Task),
            Product = t.Product,
            Source = t.Source ?? TaskSource.Body,
            Row = t.Row,
            Recurring = t.Recurring,
        }
        : null;

    private static IndicatorTable Table(TableJson t) =>
        new(t.Caption, Strings(t.Columns), Each(t.Rows, Row)) { Span = Span(t.Page, t.Block) };

    private static IndicatorRow Row(RowJson r) =>
        new(Strings(r.Groups), Strings(r.Cells)) { Kind = r.Kind ?? TableRowKind.Data, Span = Span(r.Page, r.Block) };

    /// <summary>The diagnostics that have a message; without any, the <c>warnings</c> of an older file as <see cref="DiagnosticCode.Other"/>.</summary>
    private static ImmutableArray<Diagnostic> Warnings(PlanJsonDocument json)
    {
        var diagnostics = Each(json.Diagnostics, d => d.Message is { } message
            ? new Diagnostic(d.Code ?? DiagnosticCode.Other, message, Span(d.Page, d.Block))
            : null);
        return diagnostics.IsEmpty ? [.. Strings(json.Warnings).Select(m => new Diagnostic(DiagnosticCode.Other, m, SourceSpan.None))] : diagnostics;
    }

    /// <summary>Provenance, when the item has a block; its page counts only with one.</summary>
    private static SourceSpan Span(int? page, int? block) => block is { } b ? new SourceSpan(b, page) : SourceSpan.None;

    /// <summary>A list the JSON left out reads as empty.</summary>
    private static ImmutableArray<string> Strings(ImmutableArray<string> items) => items.IsDefault ? [] : items;

    private static ImmutableArray<T> Each<TJson, T>(ImmutableArray<TJson> items, Func<TJson, T?> map) where T : class =>
        items.IsDefault ? [] : [.. items.Select(map).OfType<T>()];
}
