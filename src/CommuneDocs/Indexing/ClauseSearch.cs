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
        var whole = AnyOf(terms.Field, terms.All);
        var pairs = terms.Pairs.ToList();
        var singles = terms.Singles.ToList();
        var candidates = Math.Max(MinCandidates, 10 * query.Top);

        return _index.WithSearcher(searcher =>
        {
            var found = new List<DistinctClause>();
            if (pairs.Count > 0) found.AddRange(ClauseFilter.Best(searcher, AnyOf(terms.Field, pairs), filters, candidates));
            if (found.Count < query.Top)
            {
                var seen = found.Select(c => c.Identity).ToHashSet();
                var loose = singles.Count == 1 ? AnyOf(terms.Field, singles) : AllOf(terms.Field, singles);
                found.AddRange(ClauseFilter.Best(searcher, loose, filters, candidates).Where(c => !seen.Contains(c.Identity)));
            }
            var best = Rescore(searcher, whole, found, query.Top);
            var ideal = RelevanceScale.Instance.IdealScore(searcher, terms.Field, terms.All, terms.Syllables);
            return best.Select(c => Hit(searcher, c, filters, query.MaxPlaces, terms, ideal)).Where(h => h is not null).Select(h => h!).ToList();
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

    private static BooleanQuery AnyOf(string field, IEnumerable<string> terms)
    {
        var any = new BooleanQuery();
        foreach (var t in terms) any.Add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        return any;
    }

    private static BooleanQuery AllOf(string field, IEnumerable<string> terms)
    {
        var all = new BooleanQuery();
        foreach (var t in terms) all.Add(new TermQuery(new Term(field, t)), Occur.MUST);
        return all;
    }

    /// <summary>The <paramref name="candidates"/> scored by <paramref name="whole"/>, best first (ties by document order), the first <paramref name="top"/>.</summary>
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
        return [.. scored.OrderByDescending(d => d.Score).ThenBy(d => d.Doc).Take(top)];
    }

    /// <summary>The hit for a wording: its places that pass the filters (the first <paramref name="maxPlaces"/> indexed), the first one's text.</summary>
    private static ClauseHit? Hit(IndexSearcher searcher, DistinctClause clause, List<Term> filters, int maxPlaces, QueryTerms terms, float ideal)
    {
        var same = new FirstDocs(Math.Max(1, maxPlaces));
        ClauseFilter.Collect(searcher, new TermQuery(new Term(ClauseFields.ClauseId, ClauseIdentity.Term(clause.Identity))), filters, same);
        if (same.Docs.Count == 0) return null;
        var leaves = searcher.IndexReader.Leaves;
        var readers = new Dictionary<int, PlaceColumns.Reader>();
        var places = same.Docs.Select(doc =>
        {
            var at = ReaderUtil.SubIndex(doc, leaves);
            if (!readers.TryGetValue(at, out var reader)) readers[at] = reader = new PlaceColumns.Reader(leaves[at].AtomicReader);
            return (Doc: doc, Place: reader.Place(doc - leaves[at].DocBase));
        }).OrderBy(p => p.Place.Source, StringComparer.Ordinal).ThenBy(p => p.Place.Path, StringComparer.Ordinal).ToList();
        var text = searcher.Doc(places[0].Doc, TextField).Get(ClauseFields.Text) ?? "";
        return new ClauseHit(text, places[0].Place.Kind, clause.Score, ClauseSnippet.Make(text, terms), [.. places.Select(p => p.Place)])
        {
            Relevance = RelevanceScale.Relevance(clause.Score, ideal),
            PlaceCount = same.Total,
        };
    }

    /// <summary>Counts the documents it is given and keeps the first <c>max</c> (in document order, so the first indexed).</summary>
    private sealed class FirstDocs(int max) : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = [];

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            Total++;
            if (Docs.Count < max) Docs.Add(_docBase + doc);
        }
    }
}
