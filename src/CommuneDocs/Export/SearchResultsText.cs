using System.Globalization;
using CommuneDocs.Indexing;

namespace CommuneDocs.Export;

/// <summary>Search results as the terminal list of <c>communedocs search</c>, Vietnamese unless told otherwise.</summary>
public static class SearchResultsText
{
    /// <summary>
    /// Writes one numbered entry per hit: its snippet, what kind of clause it is, its relevance (0-1), and every plan that
    /// has it (commune, or province for a provincial plan; path and page; the document's files).
    /// </summary>
    public static void Write(string query, IReadOnlyList<ClauseHit> hits, TextWriter writer, ReportLanguage language = ReportLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(writer);
        var labels = ReportLabels.For(language);
        if (hits.Count == 0)
        {
            writer.WriteLine(labels.NoMatch(query));
            return;
        }
        for (var i = 0; i < hits.Count; i++) WriteHit(i + 1, hits[i], writer, labels);
    }

    private static void WriteHit(int rank, ClauseHit hit, TextWriter writer, ReportLabels labels)
    {
        var plans = hit.Places.GroupBy(p => p.Source).ToList();
        var more = hit.PlaceCount > hit.Places.Length;
        var where = more ? labels.InPlaces(hit.PlaceCount, false) : labels.InPlaces(plans.Count, true);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,2}. {hit.Snippet}"));
        writer.WriteLine($"    {labels.ClauseKindName(hit.Kind.ToString().ToLowerInvariant())}, {labels.Relevance} {labels.Number(hit.Relevance)}, {where}:");
        if (plans.Count == 0) return;
        var width = plans.Max(g => Where(g.First(), labels).Length);
        foreach (var plan in plans)
        {
            var paths = string.Join(", ", plan.Select(p => p.Page is { } page
                ? string.Create(CultureInfo.InvariantCulture, $"{labels.ClausePath(p.Path)} ({labels.PageAbbreviation} {page})")
                : labels.ClausePath(p.Path)));
            writer.WriteLine($"      {Where(plan.First(), labels).PadRight(width)}  {paths}  · {Files(plan.First(), labels)}");
        }
        if (more) writer.WriteLine("      " + labels.MorePlaces(hit.PlaceCount - hit.Places.Length));
    }

    /// <summary>The commune, or the province of a provincial plan.</summary>
    private static string Where(ClausePlace place, ReportLabels labels) =>
        place.Commune ?? (place.Province is { } province ? labels.ProvincialPlan(province) : labels.NoCommune);

    /// <summary>"000.docx", or "000.docx (also .pdf, .txt)": the document's other files by extension when they share its name.</summary>
    private static string Files(ClausePlace place, ReportLabels labels)
    {
        var stem = Path.GetFileNameWithoutExtension(place.Source);
        var rest = place.Files.Where(f => f != place.Source).Select(f => Path.GetFileNameWithoutExtension(f) == stem ? Path.GetExtension(f) : f).ToList();
        return rest.Count == 0 ? place.Source : $"{place.Source} ({labels.AlsoFiles} {string.Join(", ", rest)})";
    }
}
