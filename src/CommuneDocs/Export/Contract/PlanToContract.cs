using CommuneDocs.Model;

namespace CommuneDocs.Export.Contract;

/// <summary>The one mapping from a <see cref="PlanDocument"/> to its contract records.</summary>
internal static class PlanToContract
{
    public static PlanJsonDocument Map(PlanDocument plan) => new()
    {
        Source = new SourceJson { File = plan.Source.File, Format = plan.Source.Format, Pages = plan.Source.Pages },
        Kind = plan.Kind,
        Number = plan.Number,
        Symbol = plan.Symbol,
        Issuer = plan.Issuer,
        Commune = plan.Commune,
        Province = plan.Province,
        Place = plan.Place,
        Date = plan.Date,
        Title = plan.Title,
        Signer = plan.Signer is { } s ? new SignerJson { Name = s.Name, Position = s.Position, Authority = s.Authority } : null,
        Recipients = plan.Recipients,
        References = [.. plan.References.Select(Reference)],
        Outline = [.. plan.Outline.Select(Node)],
        Targets = [.. plan.Targets.Select(Target<TargetJson>)],
        Tasks = [.. plan.Tasks.Select(Task)],
        Units = [.. plan.Units.Select(Unit)],
        Tables = [.. plan.Tables.Select(Table)],
        Warnings = [.. plan.Warnings.Select(d => d.Message)],
        Diagnostics = [.. plan.Warnings.Select(Diagnostic)],
    };

    /// <summary>A target as <typeparamref name="T"/>: the plan's, or the gap report's with its source added.</summary>
    public static T Target<T>(Target t) where T : TargetJson, new() => new()
    {
        Year = t.Year,
        Text = t.Text,
        Comparator = t.Comparator,
        Value = t.Value,
        Unit = t.Unit,
        Page = t.Span.Page,
        Block = Block(t.Span),
    };

    /// <summary>Provenance's block: null for content without a single source block.</summary>
    public static int? Block(SourceSpan span) => span.Block >= 0 ? span.Block : null;

    private static ReferenceJson Reference(LegalReference r) => new()
    {
        Kind = r.Kind,
        Number = r.Number,
        Date = r.Date,
        Issuer = r.Issuer,
        Title = r.Title,
        Page = r.Span.Page,
        Block = Block(r.Span),
    };

    private static OutlineNodeJson Node(OutlineNode n) => new() { Label = n.Label, Text = n.Text, Children = [.. n.Children.Select(Node)] };

    private static TaskJson Task(PlanTask t) => new()
    {
        Id = t.Id,
        Title = t.Title,
        Items = t.Items,
        Deadline = t.Deadline,
        Lead = t.Lead,
        Support = t.Support,
        Product = t.Product,
        Source = t.Source,
        Row = t.Row,
        Recurring = t.Recurring,
        Page = t.Span.Page,
        Block = Block(t.Span),
        Subtasks = [.. t.Subtasks.Select(Task)],
    };

    private static UnitJson Unit(ResponsibleUnit u) =>
        new() { Name = u.Name, Canonical = u.Canonical, Duties = u.Duties, Page = u.Span.Page, Block = Block(u.Span) };

    private static TableJson Table(IndicatorTable t) => new()
    {
        Caption = t.Caption,
        Columns = t.Columns,
        Rows = [.. t.Rows.Select(r => new RowJson { Groups = r.Groups, Cells = r.Cells, Kind = r.Kind, Page = r.Span.Page, Block = Block(r.Span) })],
        Page = t.Span.Page,
        Block = Block(t.Span),
    };

    /// <summary>A diagnostic; its page and block left out where unknown.</summary>
    private static DiagnosticJson Diagnostic(Diagnostic d) => new() { Code = d.Code, Message = d.Message, Block = Block(d.Span), Page = d.Span.Page };
}
