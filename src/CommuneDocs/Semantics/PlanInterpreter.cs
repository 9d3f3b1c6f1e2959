using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>Turns a structured document into the <see cref="PlanDocument"/> model, one extractor per field.</summary>
internal static partial class PlanInterpreter
{
    public static PlanDocument Interpret(StructuredDocument doc, UnitRegistry units)
    {
        var diagnostics = new List<Diagnostic>(doc.Diagnostics);
        var header = HeaderExtractor.Extract(doc, diagnostics);
        var signer = ClosingExtractor.Signer(doc, diagnostics);
        // The plan's year is the year it plans for ("... năm 2026" issued in November 2025), else the year of issue.
        var planYear = YearOf(header.Title) ?? header.Date?.Year;
        if (doc.KindHeading is null && doc.Outline.Length == 0 && header.Issuer is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.NotAPlan,
                "the text has no kind heading (KẾ HOẠCH, QUYẾT ĐỊNH, ...), no issuing body and no numbered parts: it does not look like an administrative document", SourceSpan.None));
        }
        var tasks = TaskExtractor.Extract(doc, units);
        return new PlanDocument
        {
            Source = doc.Info,
            Kind = header.Kind,
            Number = header.Number,
            Symbol = header.Symbol,
            Issuer = header.Issuer,
            Commune = header.Commune,
            Province = header.Province,
            Place = header.Place,
            Date = header.Date,
            Title = header.Title,
            Signer = signer,
            Recipients = ClosingExtractor.Recipients(doc),
            References = ReferenceExtractor.Extract(doc, header.Number, header.Symbol),
            Outline = [.. doc.Outline.Select(n => n.ToOutlineNode())],
            Targets = TargetExtractor.Extract(doc, planYear),
            Tasks = tasks,
            Units = UnitExtractor.Extract(doc, units, tasks.SelectMany(t => t.SelfAndSubtasks())),
            Tables = [.. doc.Tables.Select(t => new IndicatorTable(t.Caption, t.Columns, TaskTable.RowsShown(t)) { Span = t.Span })],
            Warnings = [.. diagnostics],
        };
    }

    private static int? YearOf(string? text)
    {
        if (text is null) return null;
        var m = Year().Match(text);
        return m.Success ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
