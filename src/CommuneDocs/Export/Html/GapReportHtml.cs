using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CommuneDocs.Comparison;

namespace CommuneDocs.Export.Html;

/// <summary>
/// Writes a <see cref="GapReport"/> as one self-contained HTML page (inline style and script, nothing fetched), in
/// Vietnamese unless told otherwise: per sibling group a matrix of task families × plans, first on the page, whose cells
/// say whether the plan has the family's task, misses it (one cell per gap of the report, <c>data-state="missing"</c>,
/// marked partial when the report names a broader task of the plan that covers it in part) or lacks it without a gap,
/// because too few siblings have it. A cell opens the task's text with its file and page, or for a gap the siblings'
/// tasks; a column head opens the commune's full name. Below the matrix: each commune's commitments weaker than its
/// siblings' (targets, deadlines), the legend and the counts. Families sort by how many plans miss them, plans by commune.
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

    /// <summary>The page as a string, in Vietnamese.</summary>
    public static string ToHtml(GapReport report) => ToHtml(report, ReportLanguage.Vietnamese);

    /// <summary>The page as a string, in <paramref name="language"/>.</summary>
    public static string ToHtml(GapReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new Page(writer, ReportLabels.For(language)).Write(report);
        return writer.ToString();
    }

    /// <summary>Writes the page in Vietnamese to a stream as UTF-8 (without a byte order mark); the stream is left open.</summary>
    public static void Write(GapReport report, Stream stream) => Write(report, stream, ReportLanguage.Vietnamese);

    /// <summary>Writes the page in <paramref name="language"/> to a stream as UTF-8 (without a byte order mark); the stream is left open.</summary>
    public static void Write(GapReport report, Stream stream, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        new Page(writer, ReportLabels.For(language)).Write(report);
    }

    /// <summary>
    /// A commune's name as a narrow column shows it: every word but the last cut to its initial ("Đường An" → "Đ.An",
    /// "Nguyễn Trung Trực" → "N.T.Trực"); a name of one word stays whole.
    /// </summary>
    internal static string ShortName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return name;
        return string.Concat(words[..^1].Select(w => w[..(char.IsSurrogate(w[0]) ? 2 : 1)] + ".")) + words[^1];
    }

    private sealed class Page(TextWriter w, ReportLabels labels)
    {
        private Dictionary<string, string> _names = [];

        public void Write(GapReport report)
        {
            _names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var plan in report.Plans) _names.TryAdd(plan.Source, plan.Commune ?? plan.Source);
            var matrices = GapMatrix.Build(report);
            var gapCount = report.Gaps.Sum(g => g.Missing.Length);
            w.Write($"<!DOCTYPE html>\n<html lang=\"{labels.HtmlLang}\">\n<head>\n<meta charset=\"utf-8\">\n");
            w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
            Text(labels.PageTitle);
            w.Write("</title>\n<style>");
            w.Write(GapPageAssets.Style);
            w.Write("</style>\n</head>\n<body>\n<h1>");
            Text(labels.PageTitle);
            w.Write("</h1>\n");
            WriteControls();
            WriteKey();
            foreach (var matrix in matrices) WriteMatrix(matrix);
            new CommitmentSection(w, labels, _names).Write(report);
            w.Write("<section class=\"about\">\n<p class=\"summary\">");
            Text(labels.Summary(report.Plans.Length, matrices.Length, report.Families.Length, gapCount));
            w.Write(' ');
            Text(labels.GapMeaning);
            w.Write("</p>\n");
            WriteLegend();
            w.Write("</section>\n");
            WriteNotCompared(report);
            w.Write("<script>");
            w.Write(GapPageAssets.Script);
            w.Write("</script>\n</body>\n</html>\n");
        }

        private void WriteControls()
        {
            w.Write("<div class=\"controls\" hidden>\n<label>");
            Text(labels.SortFamilies);
            w.Write(" <select data-sort=\"families\"><option value=\"order\">");
            Text(labels.FamiliesInOrder);
            w.Write("</option><option value=\"missing\">");
            Text(labels.FamiliesMostMissed);
            w.Write("</option></select></label>\n<label>");
            Text(labels.SortCommunes);
            w.Write(" <select data-sort=\"communes\"><option value=\"order\">");
            Text(labels.CommunesInOrder);
            w.Write("</option><option value=\"name\">");
            Text(labels.CommunesByName);
            w.Write("</option></select></label>\n</div>\n");
        }

        /// <summary>The four states in one line above the matrix; the legend below it says what they mean.</summary>
        private void WriteKey()
        {
            w.Write("<p class=\"key-line\">");
            foreach (var (css, symbol, word) in States())
            {
                w.Write($"<span class=\"{css}\">{symbol} ");
                Text(word);
                w.Write("</span> ");
            }
            w.Write("</p>\n");
        }

        private void WriteLegend()
        {
            w.Write("<h2>");
            Text(labels.LegendTitle);
            w.Write("</h2>\n<ul class=\"legend\">\n");
            var meanings = new[] { labels.HasMeaning, labels.MissingMeaning, labels.PartialMeaning, labels.UnsharedMeaning };
            foreach (var ((css, symbol, word), meaning) in States().Zip(meanings))
            {
                w.Write($"<li><span class=\"key {css}\">{symbol} ");
                Text(word);
                w.Write("</span> ");
                Text(meaning);
                w.Write("</li>\n");
            }
            w.Write("</ul>\n");
        }

        private IEnumerable<(string Css, string Symbol, string Word)> States() =>
        [
            ("has", "●", labels.Has), ("missing", "✗", labels.Missing), ("partial", "◐", labels.Partial), ("unshared", "–", labels.Unshared),
        ];

        private void WriteMatrix(GapMatrix m)
        {
            w.Write($"<section class=\"group\" data-group=\"{m.Group}\">\n<h2>");
            Text(labels.GroupHeading(m.Group, m.Plans.Length, m.Families.Length));
            w.Write("</h2>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"corner\">");
            Text(labels.FamilyColumn);
            w.Write("</th>");
            for (var p = 0; p < m.Plans.Length; p++) WriteCommuneHead(m.Plans[p], p);
            w.Write("</tr></thead>\n<tbody>\n");
            for (var f = 0; f < m.Families.Length; f++)
            {
                var family = m.Families[f];
                var missing = m.MissingIn(f);
                w.Write("<tr data-family=\"");
                Text(family.Id);
                w.Write($"\" data-order=\"{f}\" data-missing=\"{missing}\"><th scope=\"row\"><span class=\"fid\">");
                Text(family.Id);
                w.Write("</span> <span class=\"ftitle\" lang=\"vi\">");
                Text(family.Title);
                w.Write("</span><span class=\"count\">");
                Text(labels.MissingIn(missing, m.Plans.Length));
                w.Write("</span></th>");
                for (var p = 0; p < m.Plans.Length; p++) WriteCell(family, m.Plans[p], m.Cell(f, p), m.Plans.Length - 1);
                w.Write("</tr>\n");
            }
            w.Write("</tbody>\n<tfoot><tr><th scope=\"row\">");
            Text(labels.MissingPerPlan);
            w.Write("</th>");
            for (var p = 0; p < m.Plans.Length; p++) w.Write($"<td class=\"total\">{m.MissingOf(p)}</td>");
            w.Write("</tr></tfoot>\n</table>\n</div>\n</section>\n");
        }

        /// <summary>A column head: the commune's name (shortened on a narrow screen) that opens its full name and file.</summary>
        private void WriteCommuneHead(ComparedPlan plan, int order)
        {
            var name = _names[plan.Source];
            w.Write($"<th scope=\"col\" data-order=\"{order}\" data-source=\"");
            Text(plan.Source);
            w.Write("\" data-commune=\"");
            Text(name);
            w.Write("\"><details><summary><span class=\"full\" lang=\"vi\">");
            Text(name);
            w.Write("</span><span class=\"short\" lang=\"vi\" aria-hidden=\"true\">");
            Text(ShortName(name));
            w.Write("</span></summary><div class=\"detail\">");
            WriteCloseButton();
            w.Write("<h3 lang=\"vi\">");
            Text(name);
            w.Write("</h3><p>");
            Text(labels.File);
            w.Write(": <span class=\"file\">");
            Text(plan.Source);
            w.Write("</span></p></div></details></th>");
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
                    WriteState("●", labels.Has, cell.Member!.TaskId);
                    break;
                case CellState.Missing when closest is not null:
                    WriteState("◐", labels.Partial, closest.TaskId);
                    break;
                case CellState.Missing:
                    WriteState("✗", labels.Missing, null);
                    break;
                default:
                    WriteState("–", labels.Unshared, null);
                    break;
            }
            w.Write("</summary><div class=\"detail\">");
            WriteCloseButton();
            w.Write("<h3>");
            Text(cell.State == CellState.Has ? labels.PlanHas(_names[plan.Source], family.Id) : labels.PlanLacks(_names[plan.Source], family.Id));
            if (cell.State == CellState.Unshared)
            {
                w.Write(": ");
                Text(labels.NotAGap);
            }
            w.Write("</h3>");
            if (cell.Member is { } member)
            {
                w.Write("<p>");
                WriteTaskPlace(member.TaskId, member.Source, member.Page);
                w.Write(" (");
                Text(labels.Similarity(labels.Number(member.Score)));
                w.Write(")</p><blockquote lang=\"vi\">");
                Text(member.Title);
                w.Write("</blockquote>");
            }
            else
            {
                w.Write("<p lang=\"vi\">");
                Text(family.Title);
                w.Write("</p><p>");
                Text(labels.SiblingsHaveIt(family.Members.Length, siblings, cell.State == CellState.Unshared));
                w.Write("</p>");
                WriteMembers(family);
            }
            if (closest is not null)
            {
                w.Write("<p>");
                Text(labels.PartialTask);
                w.Write(' ');
                WriteTaskPlace(closest.TaskId, plan.Source, closest.Page);
                w.Write("</p><blockquote lang=\"vi\">");
                Text(closest.Title);
                w.Write("</blockquote>");
            }
            w.Write("</div></details></td>");
        }

        /// <summary>The state's symbol, its word (hidden on a narrow screen, where the legend says it) and the task's id.</summary>
        private void WriteState(string symbol, string word, string? taskId)
        {
            w.Write(symbol);
            w.Write(" <span class=\"word\">");
            Text(word);
            w.Write("</span>");
            if (taskId is null) return;
            w.Write(" <span class=\"tid\">");
            Text(taskId);
            w.Write("</span>");
        }

        /// <summary>"Nhiệm vụ II.3, tệp 000.pdf, trang 4": where to find the task in its source.</summary>
        private void WriteTaskPlace(string taskId, string source, int? page)
        {
            w.Write("<b>");
            Text(labels.TaskOf(taskId, source));
            if (page is { } p)
            {
                w.Write(", ");
                Text(labels.OnPage(p));
            }
            w.Write("</b>");
        }

        private void WriteCloseButton()
        {
            w.Write("<button type=\"button\" class=\"close\" aria-label=\"");
            Text(labels.Close);
            w.Write("\">×</button>");
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
                if (member.Page is { } page)
                {
                    w.Write(", ");
                    Text(labels.OnPage(page));
                }
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
            w.Write("<section class=\"alone\">\n<h2>");
            Text(labels.NotCompared);
            w.Write("</h2>\n<ul>\n");
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
    }

    /// <summary>Writes text as HTML, escaping only what HTML needs.</summary>
    internal static void Encode(TextWriter w, string text) => Encoder.Encode(w, text);
}
