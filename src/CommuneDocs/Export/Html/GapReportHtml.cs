using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CommuneDocs.Comparison;

namespace CommuneDocs.Export.Html;

/// <summary>
/// Writes a <see cref="GapReport"/> as one self-contained HTML page (inline style and script, nothing fetched): per
/// sibling group a matrix of task families × plans whose cells say whether the plan has the family's task, misses it
/// (one cell per gap of the report, <c>data-state="missing"</c>, marked partial when the report names a task of the plan
/// close enough to cover it in part) or
/// lacks it without a gap, because too few siblings have it. A cell opens the task's title and id, or for a gap the
/// siblings' tasks; families sort by how many plans miss them, plans by commune.
/// </summary>
/// <example>
/// <code>
/// var report = PlanComparer.Compare(plans);
/// using var file = File.Create("gaps.html");
/// GapReportHtml.Write(report, file);
/// </code>
/// </example>
public static class GapReportHtml
{
    /// <summary>Vietnamese (and any other text) is written as UTF-8 characters; only what HTML needs is escaped.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page as a string.</summary>
    public static string ToHtml(GapReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new Page(writer).Write(report);
        return writer.ToString();
    }

    /// <summary>Writes the page to a stream as UTF-8 (without a byte order mark); the stream is left open.</summary>
    public static void Write(GapReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        new Page(writer).Write(report);
    }

    private sealed class Page(TextWriter w)
    {
        private Dictionary<string, string> _names = [];

        public void Write(GapReport report)
        {
            _names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var plan in report.Plans) _names.TryAdd(plan.Source, plan.Commune ?? plan.Source);
            var matrices = GapMatrix.Build(report);
            var gapCount = report.Gaps.Sum(g => g.Missing.Length);
            w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            w.Write("<title>Missing tasks of sibling plans</title>\n<style>");
            w.Write(GapPageAssets.Style);
            w.Write("</style>\n</head>\n<body>\n<h1>Missing tasks of sibling plans</h1>\n<p class=\"summary\">");
            w.Write($"{Count(report.Plans.Length, "plan")} compared, {Count(matrices.Length, "sibling group")}, ");
            w.Write($"{Count(report.Families.Length, "task family", "task families")}, {Count(gapCount, "gap")}. ");
            w.Write("A gap is a family a plan lacks that enough of its sibling plans have. Open a cell for its tasks.</p>\n");
            w.Write("""
                <ul class="legend">
                <li><span class="key has">● has</span> the plan has a task of the family (its id is shown)</li>
                <li><span class="key missing">✗ missing</span> a gap: the plan lacks the family</li>
                <li><span class="key partial">◐ partial</span> a gap, but the plan's most alike task (shown) may cover the family in part</li>
                <li><span class="key unshared">– not shared</span> the plan lacks it, but too few siblings have it for a gap</li>
                </ul>
                <div class="controls" hidden>
                <span>Families:</span>
                <button type="button" data-sort="families" data-value="order" aria-pressed="true">in report order</button>
                <button type="button" data-sort="families" data-value="missing" aria-pressed="false">most missed first</button>
                <span>Plans:</span>
                <button type="button" data-sort="communes" data-value="order" aria-pressed="true">in input order</button>
                <button type="button" data-sort="communes" data-value="name" aria-pressed="false">by commune</button>
                </div>

                """);
            foreach (var matrix in matrices) WriteMatrix(matrix);
            WriteNotCompared(report);
            w.Write("<script>");
            w.Write(GapPageAssets.Script);
            w.Write("</script>\n</body>\n</html>\n");
        }

        private void WriteMatrix(GapMatrix m)
        {
            w.Write($"<section class=\"group\" data-group=\"{m.Group}\">\n<h2>Sibling group {m.Group}: {Count(m.Plans.Length, "plan")}, ");
            w.Write($"{Count(m.Families.Length, "task family", "task families")}</h2>\n<div class=\"scroll\">\n<table class=\"matrix\">\n");
            w.Write("<thead><tr><th scope=\"col\" class=\"corner\">Task family</th>");
            for (var p = 0; p < m.Plans.Length; p++)
            {
                var plan = m.Plans[p];
                w.Write($"<th scope=\"col\" data-order=\"{p}\" data-source=\"");
                Text(plan.Source);
                w.Write("\" data-commune=\"");
                Text(_names[plan.Source]);
                w.Write("\"><span lang=\"vi\">");
                Text(_names[plan.Source]);
                w.Write("</span><span class=\"file\">");
                Text(plan.Source);
                w.Write("</span></th>");
            }
            w.Write("</tr></thead>\n<tbody>\n");
            for (var f = 0; f < m.Families.Length; f++)
            {
                var family = m.Families[f];
                var missing = m.MissingIn(f);
                w.Write($"<tr data-family=\"");
                Text(family.Id);
                w.Write($"\" data-order=\"{f}\" data-missing=\"{missing}\"><th scope=\"row\"><span class=\"fid\">");
                Text(family.Id);
                w.Write("</span> <span lang=\"vi\">");
                Text(family.Title);
                w.Write($"</span><span class=\"count\">missing in {missing} of {m.Plans.Length}</span></th>");
                for (var p = 0; p < m.Plans.Length; p++) WriteCell(family, m.Plans[p], m.Cell(f, p), m.Plans.Length - 1);
                w.Write("</tr>\n");
            }
            w.Write("</tbody>\n<tfoot><tr><th scope=\"row\">Missing per plan</th>");
            for (var p = 0; p < m.Plans.Length; p++) w.Write($"<td class=\"total\">{m.MissingOf(p)}</td>");
            w.Write("</tr></tfoot>\n</table>\n</div>\n</section>\n");
        }

        private void WriteCell(TaskFamily family, ComparedPlan plan, MatrixCell cell, int siblings)
        {
            var closest = cell.Gap?.Closest;
            var (cssClass, state) = cell.State switch
            {
                CellState.Has => ("has", "has"),
                CellState.Missing => (closest is null ? "missing" : "partial", "missing"),
                _ => ("unshared", "unshared"),
            };
            w.Write($"<td class=\"{cssClass}\" data-state=\"{state}\"><details><summary>");
            switch (cell.State)
            {
                case CellState.Has:
                    w.Write("● has ");
                    Text(cell.Member!.TaskId);
                    break;
                case CellState.Missing when closest is not null:
                    w.Write("◐ partial ");
                    Text(closest.TaskId);
                    break;
                case CellState.Missing:
                    w.Write("✗ missing");
                    break;
                default:
                    w.Write("– not shared");
                    break;
            }
            w.Write("</summary><div class=\"detail\"><button type=\"button\" class=\"close\" aria-label=\"Close\">×</button><h3><span lang=\"vi\">");
            Text(_names[plan.Source]);
            w.Write("</span> ");
            w.Write(cell.State == CellState.Has ? "has " : "lacks ");
            Text(family.Id);
            w.Write(cell.State == CellState.Unshared ? ": not a gap</h3>" : "</h3>");
            if (cell.Member is { } member)
            {
                w.Write("<p>Task <b>");
                Text(member.TaskId);
                w.Write("</b> of <span class=\"file\">");
                Text(member.Source);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"</span> (similarity to the family {member.Score:0.00})</p><blockquote lang=\"vi\">"));
                Text(member.Title);
                w.Write("</blockquote>");
            }
            else
            {
                w.Write("<p lang=\"vi\">");
                Text(family.Title);
                w.Write($"</p><p>{(cell.State == CellState.Unshared ? "Only " : "")}{family.Members.Length} of its {siblings} sibling plans ");
                w.Write(family.Members.Length == 1 ? "has" : "have");
                w.Write(" it:</p>");
                WriteMembers(family);
            }
            if (closest is not null)
            {
                w.Write("<p>Its most alike task, which may cover the family in part: <b>");
                Text(closest.TaskId);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"</b> (similarity {closest.Score:0.00}):</p><blockquote lang=\"vi\">"));
                Text(closest.Title);
                w.Write("</blockquote>");
            }
            w.Write("</div></details></td>");
        }

        private void WriteMembers(TaskFamily family)
        {
            w.Write("<ul class=\"members\">");
            foreach (var member in family.Members)
            {
                w.Write("<li><b lang=\"vi\">");
                Text(_names.GetValueOrDefault(member.Source, member.Source));
                w.Write("</b> ");
                Text(member.TaskId);
                w.Write(" <span class=\"file\">");
                Text(member.Source);
                w.Write("</span><span lang=\"vi\">");
                Text(member.Title);
                w.Write("</span></li>");
            }
            w.Write("</ul>");
        }

        private void WriteNotCompared(GapReport report)
        {
            var alone = report.Plans.Where(p => p.SiblingGroup is null).ToList();
            if (alone.Count == 0) return;
            w.Write("<section class=\"alone\">\n<h2>Not compared: no sibling plan</h2>\n<ul>\n");
            foreach (var plan in alone)
            {
                w.Write("<li><span lang=\"vi\">");
                Text(_names[plan.Source]);
                w.Write("</span> <span class=\"file\">");
                Text(plan.Source);
                w.Write("</span></li>\n");
            }
            w.Write("</ul>\n</section>\n");
        }

        private void Text(string text) => Encoder.Encode(w, text);

        private static string Count(int n, string one, string? many = null) =>
            string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
    }
}
