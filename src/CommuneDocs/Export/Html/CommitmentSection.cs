using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Export.Html;

/// <summary>
/// The gaps page's section on commitments, per commune: its targets weaker than most siblings' for the same metric and
/// its deadlines later than most siblings' for the same work, each with the plan's clause, value and page beside the
/// siblings' ones.
/// </summary>
internal sealed class CommitmentSection(TextWriter w, ReportLabels labels, IReadOnlyDictionary<string, string> names)
{
    public void Write(GapReport report)
    {
        w.Write("<section class=\"commitments\">\n<h2>");
        Text(labels.CommitmentsHeading);
        w.Write("</h2>\n<p>");
        Text(labels.CommitmentsMeaning);
        w.Write("</p>\n");
        var sources = report.WeakerTargets.Select(t => t.Source).Concat(report.LaterDeadlines.Select(d => d.Work.Source)).ToHashSet(StringComparer.Ordinal);
        if (sources.Count == 0)
        {
            w.Write("<p>");
            Text(labels.NoCommitmentFindings);
            w.Write("</p>\n");
        }
        foreach (var plan in report.Plans.Where(p => sources.Contains(p.Source)))
        {
            w.Write("<h3 lang=\"vi\" data-source=\"");
            Text(plan.Source);
            w.Write("\">");
            Text(Name(plan.Source));
            w.Write("</h3>\n<ul class=\"findings\">\n");
            foreach (var t in report.WeakerTargets.Where(t => t.Source == plan.Source)) WriteTarget(t);
            foreach (var d in report.LaterDeadlines.Where(d => d.Work.Source == plan.Source)) WriteDeadline(d);
            w.Write("</ul>\n");
        }
        w.Write("</section>\n");
    }

    /// <summary>One side of a finding as the page shows it: whose, the value or date, where it is stated, the clause.</summary>
    private sealed record Stated(string Source, string Value, string? TaskId, SourceSpan Span, string Text);

    private void WriteTarget(WeakerTarget finding)
    {
        Stated Of(string source, Target t) => new(source, labels.TargetValue(t.Comparator, t.Value, t.Unit), null, t.Span, t.Text);
        var year = finding.Target.Year is { } y ? " " + labels.Year.ToLowerInvariant() + " " + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        WriteFinding("weaker-target", labels.WeakerTarget + year, Of(finding.Source, finding.Target), finding.Siblings.Select(s => Of(s.Source, s.Target)));
    }

    private void WriteDeadline(LaterDeadline finding)
    {
        Stated Of(DatedWork work) => new(work.Source, labels.Date(work.Deadline), work.TaskId, work.Span, work.Text);
        WriteFinding("later-deadline", labels.LaterDeadline, Of(finding.Work), finding.Siblings.Select(Of));
    }

    private void WriteFinding(string css, string heading, Stated mine, IEnumerable<Stated> siblings)
    {
        w.Write($"<li class=\"{css}\"><b>");
        Text(heading);
        w.Write(":</b> <span class=\"value\">");
        Text(mine.Value);
        w.Write("</span>");
        WherePlace(mine);
        w.Write("<blockquote lang=\"vi\">");
        Text(mine.Text);
        w.Write("</blockquote>");
        Text(labels.SiblingsCommit);
        w.Write("<ul>");
        foreach (var s in siblings)
        {
            w.Write("<li><b lang=\"vi\">");
            Text(Name(s.Source));
            w.Write("</b> <span class=\"value\">");
            Text(s.Value);
            w.Write("</span>");
            WherePlace(s);
            w.Write("<span class=\"said\" lang=\"vi\">");
            Text(s.Text);
            w.Write("</span></li>");
        }
        w.Write("</ul></li>\n");
    }

    /// <summary>" (II.1, trang 3)": the task and page a clause is stated at, as far as known.</summary>
    private void WherePlace(Stated stated)
    {
        var parts = new List<string>();
        if (stated.TaskId is { } id) parts.Add(id);
        if (stated.Span.Page is { } page) parts.Add(labels.OnPage(page));
        if (parts.Count == 0) return;
        w.Write(" <span class=\"file\">(");
        Text(string.Join(", ", parts));
        w.Write(")</span>");
    }

    private string Name(string source) => names.GetValueOrDefault(source, source);

    private void Text(string text) => GapReportHtml.Encode(w, text);
}
