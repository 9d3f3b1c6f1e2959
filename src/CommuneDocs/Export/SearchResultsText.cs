using System.Globalization;
using CommuneDocs.Indexing;

namespace CommuneDocs.Export;

/// <summary>Search results as the terminal list of <c>communedocs search</c>, Vietnamese unless told otherwise.</summary>
public static class SearchResultsText
{
    /// <summary>Writes one numbered entry per hit (commune, file, where in the plan, what kind of clause, score) and its snippet.</summary>
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
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            var kind = labels.ClauseKindName(h.Kind.ToString().ToLowerInvariant());
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1,2}. {h.Commune ?? "?"} · {h.Source} · {labels.ClausePath(h.Path)} ({kind}) · {labels.Score} {labels.Number(h.Score)}"));
            writer.WriteLine($"    {h.Snippet}");
        }
    }
}
