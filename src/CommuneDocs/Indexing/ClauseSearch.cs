using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>
/// Searches a <see cref="PlanIndex"/> for clauses like a text. A query typed with diacritics is matched as typed (the
/// accented field: "kiểm tra" never finds "tiết kiệm"), one typed without any matches whatever the diacritics (the
/// folded field: "thanh toan truc tuyen" finds "thanh toán trực tuyến"); see <see cref="QueryTerms"/>. Each wording is
/// one hit, with every plan and path that has it (<see cref="ClauseHit.Places"/>). Snippets are made from the
/// analyzer's own token offsets: a folded query marks the accented words it matched.
/// </summary>
public sealed class ClauseSearch
{
    /// <summary>Put before each matched span of a snippet.</summary>
    public const string MarkStart = "«";

    /// <summary>Put after each matched span of a snippet.</summary>
    public const string MarkEnd = "»";

    /// <summary>How many characters of context a snippet keeps on either side of its first match.</summary>
    public const int SnippetContext = 80;

    /// <summary>How many wordings that share a syllable pair with the query are ranked by the whole query, at least.</summary>
    public const int MinCandidates = 100;

    private static readonly ISet<string> TextField = new HashSet<string> { ClauseFields.Text };

    private readonly PlanIndex _index;

    /// <summary>Creates a search over <paramref name="index"/>; it sees every change committed to it.</summary>
    public ClauseSearch(PlanIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
    }

    /// <summary>
    /// The clauses most like <paramref name="query"/>'s text that pass its filters, best first, one hit per wording.
    /// A clause matches a query of two or more syllables when it holds one of its syllable pairs (most Vietnamese words
    /// are two syllables, and a pair is far rarer than either syllable); when fewer wordings than the query asks for
    /// do, also when it holds every syllable of it. A query of one syllable matches the clauses that hold it. The
    /// best <see cref="MinCandidates"/> (or ten times <see cref="ClauseQuery.Top"/>) wordings by these terms are then
    /// ranked by the whole query, syllables and pairs, and the best <see cref="ClauseQuery.Top"/> returned.
    /// </summary>
    public IReadOnlyList<ClauseHit> Search(ClauseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Top <= 0) return [];
        var terms = QueryTerms.Of(query.Text);
        if (terms.All.Count == 0) return [];
        var filters = Filters(query);
        var pairs = terms.Pairs.ToList();
        var singles = terms.Singles.ToList();
        var candidates = Math.Max(MinCandidates, 10 * query.Top);

        return _index.WithSearcher(searcher =>
        {
            // Copies of a wording differ by commune, not by kind or year: without a commune filter one copy a segment is enough.
            var lookup = new TermLookup(searcher);
            var filter = new ClauseFilter(searcher, lookup, filters, firstCopies: string.IsNullOrWhiteSpace(query.Commune));
            var found = new List<DistinctClause>();
            if (pairs.Count > 0) found.AddRange(filter.Best(AnyOf(lookup, terms.Field, pairs), candidates));
            if (found.Count < query.Top)
            {
                var seen = found.Select(c => c.Identity).ToHashSet();
                var loose = singles.Count == 1 ? AnyOf(lookup, terms.Field, singles) : AllOf(lookup, terms.Field, singles);
                found.AddRange(filter.Best(loose, candidates).Where(c => !seen.Contains(c.Identity)));
            }
            var best = Rescore(searcher, AnyOf(lookup, terms.Field, terms.All), found, query.Top);
            var ideal = RelevanceScale.Instance.IdealScore(searcher, terms.Field, terms.All.Select(t => lookup.DocFreq(new Term(terms.Field, t))), terms.Syllables);
            return best.Select(c => Hit(searcher, lookup, c, filter, query.MaxPlaces, terms, ideal)).Where(h => h is not null).Select(h => h!).ToList();
        });
    }

    private static List<Term> Filters(ClauseQuery query)
    {
        var filters = new List<Term>();
        if (query.Kind is { } kind) filters.Add(new Term(ClauseFields.Kind, PlanIndex.KindName(kind)));
        if (!string.IsNullOrWhiteSpace(query.Commune)) filters.Add(new Term(ClauseFields.CommuneKey, PlanIndex.CommuneKey(query.Commune)));
        if (query.Year is { } year) filters.Add(new Term(ClauseFields.Year, year.ToString(CultureInfo.InvariantCulture)));
        return filters;
    }

    private static BooleanQuery AnyOf(TermLookup lookup, string field, IEnumerable<string> terms)
    {
        var any = new BooleanQuery();
        foreach (var t in terms) any.Add(lookup.Query(new Term(field, t)), Occur.SHOULD);
        return any;
    }

    private static BooleanQuery AllOf(TermLookup lookup, string field, IEnumerable<string> terms)
    {
        var all = new BooleanQuery();
        foreach (var t in terms) all.Add(lookup.Query(new Term(field, t)), Occur.MUST);
        return all;
    }

    /// <summary>The <paramref name="candidates"/> scored by <paramref name="whole"/>, best first (ties by wording identity, whichever clause stands for it), the first <paramref name="top"/>.</summary>
    private static List<DistinctClause> Rescore(IndexSearcher searcher, Query whole, List<DistinctClause> candidates, int top)
    {
        var weight = searcher.CreateNormalizedWeight(whole);
        var leaves = searcher.IndexReader.Leaves;
        var scored = new List<DistinctClause>(candidates.Count);
        Scorer? scorer = null;
        var leafAt = -1;
        foreach (var candidate in candidates.OrderBy(c => c.Doc))
        {
            var at = ReaderUtil.SubIndex(candidate.Doc, leaves);
            if (at != leafAt)
            {
                leafAt = at;
                scorer = weight.GetScorer(leaves[at], leaves[at].AtomicReader.LiveDocs);
            }
            if (scorer is null) continue;
            var doc = candidate.Doc - leaves[at].DocBase;
            if (scorer.DocID < doc) scorer.Advance(doc);
            if (scorer.DocID == doc) scored.Add(candidate with { Score = scorer.GetScore() });
        }
        return [.. scored.OrderByDescending(d => d.Score).ThenBy(d => d.Identity).Take(top)];
    }

    /// <summary>The hit for a wording: its places that pass the filters (the first <paramref name="maxPlaces"/> in the index's order), the first one's text.</summary>
    private static ClauseHit? Hit(IndexSearcher searcher, TermLookup lookup, DistinctClause clause, ClauseFilter filter, int maxPlaces, QueryTerms terms, float ideal)
    {
        var term = new Term(ClauseFields.ClauseId, ClauseIdentity.Term(clause.Identity));
        var places = new List<(int Doc, ClausePlace Place)>();
        var readers = new Dictionary<int, PlaceColumns.Reader>();
        var total = 0;
        // Without filters or deletions the term's document frequency counts the places; else each is counted.
        var counted = !filter.Filters && !searcher.IndexReader.HasDeletions;
        filter.ForEachWithTerm(term, (leaf, doc) =>
        {
            total++;
            if (places.Count < Math.Max(1, maxPlaces))
            {
                if (!readers.TryGetValue(leaf.Ord, out var reader)) readers[leaf.Ord] = reader = new PlaceColumns.Reader(leaf.AtomicReader);
                places.Add((leaf.DocBase + doc, reader.Place(doc)));
            }
            return !counted || places.Count < Math.Max(1, maxPlaces);
        });
        if (places.Count == 0) return null;
        places = [.. places.OrderBy(p => p.Place.Source, StringComparer.Ordinal).ThenBy(p => p.Place.Path, StringComparer.Ordinal)];
        var text = searcher.Doc(places[0].Doc, TextField).Get(ClauseFields.Text) ?? "";
        return new ClauseHit(text, places[0].Place.Kind, clause.Score, ClauseSnippet.Make(text, terms), [.. places.Select(p => p.Place)])
        {
            Relevance = RelevanceScale.Relevance(clause.Score, ideal),
            PlaceCount = counted ? lookup.DocFreq(term) : total,
        };
    }
}
