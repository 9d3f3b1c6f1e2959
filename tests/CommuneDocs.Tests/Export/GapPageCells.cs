using System.Net;
using System.Text.RegularExpressions;

namespace CommuneDocs.Tests.Export;

/// <summary>
/// Reads the matrix cells of a gaps page (as written, or as a browser serialises its DOM): per table, the plans of the
/// header row and, per family row, the states of its cells in the same column order.
/// </summary>
internal static partial class GapPageCells
{
    public sealed record Cell(string Family, string Source, string State, string CssClass);

    public static List<Cell> Read(string html)
    {
        var cells = new List<Cell>();
        foreach (Match table in Table().Matches(html))
        {
            var head = Section(table.Value, "thead");
            var sources = Source().Matches(head).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            foreach (Match row in Row().Matches(Section(table.Value, "tbody")))
            {
                var states = State().Matches(row.Groups[2].Value).ToList();
                Assert.That(states, Has.Count.EqualTo(sources.Count), $"cells of family {row.Groups[1].Value}");
                var family = WebUtility.HtmlDecode(row.Groups[1].Value);
                cells.AddRange(states.Select((s, i) => new Cell(family, sources[i], s.Groups[2].Value, s.Groups[1].Value)));
            }
        }
        return cells;
    }

    /// <summary>The families of every table's body, in the order shown, with the page's count of plans that miss each.</summary>
    public static List<(string Family, int MissingIn)> Rows(string html) =>
        Row().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), int.Parse(MissingIn().Match(m.Value).Groups[1].Value))).ToList();

    /// <summary>The communes of every table's header row, in the order shown.</summary>
    public static List<string> Communes(string html) =>
        Commune().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static string Section(string table, string tag)
    {
        var start = table.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        var end = table.IndexOf("</" + tag + ">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0).And.LessThan(end), $"<{tag}> of a matrix");
        return table[start..end];
    }

    [GeneratedRegex("""<table class="matrix">.*?</table>""", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("""<th scope="col"[^>]*\bdata-source="([^"]*)"[^>]*>""")]
    private static partial Regex Source();

    [GeneratedRegex("""<th scope="col"[^>]*\bdata-commune="([^"]*)"[^>]*>""")]
    private static partial Regex Commune();

    [GeneratedRegex("""<tr data-family="([^"]*)"[^>]*>(.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("""<tr [^>]*\bdata-missing="(\d+)""")]
    private static partial Regex MissingIn();

    [GeneratedRegex("""<td class="([^"]*)" data-state="([^"]*)">""")]
    private static partial Regex State();
}
