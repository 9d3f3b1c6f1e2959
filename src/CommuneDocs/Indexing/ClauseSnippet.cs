using System.Text;
using CommuneDocs.Text;

namespace CommuneDocs.Indexing;

/// <summary>
/// The part of a clause around the words a query matched, each match marked. Matches are found with the analyzer the
/// query was analysed with, from its own token offsets: a folded query marks the accented words it matched.
/// </summary>
internal static class ClauseSnippet
{
    /// <summary>
    /// Marks the spans of <paramref name="text"/> whose tokens are query terms: bigram matches when there are any (they
    /// mark phrases, not every common syllable), otherwise single syllables.
    /// </summary>
    public static string Make(string text, QueryTerms query)
    {
        var terms = query.All.ToHashSet(StringComparer.Ordinal);
        var matches = query.Tokens(text).Where(t => terms.Contains(t.Term)).Select(t => (t.Start, t.End, Pair: QueryTerms.IsPair(t.Term))).ToList();
        var chosen = matches.Any(m => m.Pair) ? matches.Where(m => m.Pair) : matches;
        var spans = Merge(chosen.Select(m => (m.Start, m.End)));
        if (spans.Count == 0) return Cut(text, 0, Math.Min(text.Length, 2 * ClauseSearch.SnippetContext), []);
        var from = Math.Max(0, spans[0].Start - ClauseSearch.SnippetContext);
        var to = Math.Min(text.Length, spans[0].End + 2 * ClauseSearch.SnippetContext);
        return Cut(text, from, to, spans);
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }

    private static string Cut(string text, int from, int to, List<(int Start, int End)> spans)
    {
        // Widen to whole words so a snippet never starts or ends inside one.
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        var at = from;
        foreach (var (start, end) in spans)
        {
            if (end <= from || start >= to) continue;
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            sb.Append(text, at, s - at).Append(ClauseSearch.MarkStart).Append(text, s, e - s).Append(ClauseSearch.MarkEnd);
            at = e;
        }
        sb.Append(text, at, to - at);
        if (to < text.Length) sb.Append('…');
        return VietnameseText.CollapseSpaces(sb.ToString());
    }
}
