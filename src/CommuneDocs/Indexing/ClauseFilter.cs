using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>
/// Runs queries over the clauses that have every filter term (commune, kind, year), for one search. A filter few
/// clauses pass drives a search over the whole index (the query is only advanced to them); one that many pass is a
/// bit set per segment that the query checks as it goes, which keeps Lucene's fastest, out-of-order scoring of
/// disjunctions (the leap-frog a filtered search otherwise uses made a year filter three times slower than none).
/// The bit sets are made once and serve the search's later look-ups too (the places of each hit). Without a commune
/// filter, only the first copy of each wording of a segment is scored (<see cref="FirstCopies"/>).
/// </summary>
internal sealed class ClauseFilter
{
    // A filter that fewer than one clause in this many passes drives the search; a denser one is checked as a bit set.
    private const int SparseFilterShare = 50;

    // The sets of the terms that many of a segment's clauses have (see TermSet), kept while its reader lives.
    private static readonly ConditionalWeakTable<AtomicReader, ConcurrentDictionary<Term, FixedBitSet>> DenseTermSets = new();

    private readonly IndexSearcher _searcher;
    private readonly TermLookup _lookup;
    private readonly List<Term> _terms;
    private readonly bool _firstCopies;
    private readonly Dictionary<int, FixedBitSet?> _withTerms = [];

    /// <summary>
    /// A filter of <paramref name="terms"/> for one search. With <paramref name="firstCopies"/> (for filters on kind and
    /// year only) <see cref="Best"/> scores only the first copy of each wording of a segment (<see cref="FirstCopies"/>).
    /// </summary>
    public ClauseFilter(IndexSearcher searcher, TermLookup lookup, List<Term> terms, bool firstCopies)
    {
        _searcher = searcher;
        _lookup = lookup;
        _terms = terms;
        _firstCopies = firstCopies;
    }

    /// <summary>Whether there is a filter term at all.</summary>
    public bool Filters => _terms.Count > 0;

    /// <summary>The best <paramref name="top"/> clauses of distinct wordings for <paramref name="query"/> among those that pass.</summary>
    public List<DistinctClause> Best(Query query, int top)
    {
        var collector = new DistinctClauseCollector(top);
        Collect(query, collector);
        return collector.Best();
    }

    /// <summary>Gives <paramref name="collector"/> the documents of <paramref name="query"/> that pass (only first copies, when asked for).</summary>
    private void Collect(Query query, ICollector collector)
    {
        var reader = _searcher.IndexReader;
        if (_firstCopies)
        {
            CollectFirstCopies(query, collector);
            return;
        }
        if (_terms.Count == 0)
        {
            _searcher.Search(query, collector);
            return;
        }
        if (_terms.Min(_lookup.DocFreq) * SparseFilterShare < reader.MaxDoc)
        {
            var all = new BooleanQuery();
            foreach (var term in _terms) all.Add(_lookup.Query(term), Occur.MUST);
            _searcher.Search(query, new QueryWrapperFilter(all), collector);
            return;
        }
        var weight = _searcher.CreateNormalizedWeight(query);
        foreach (var leaf in reader.Leaves)
        {
            if (Accepted(leaf) is not { } accepted) continue;
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
        }
    }

    /// <summary>The first copies (<see cref="FirstCopies"/>) that pass the filter, segment by segment.</summary>
    private void CollectFirstCopies(Query query, ICollector collector)
    {
        var weight = _searcher.CreateNormalizedWeight(query);
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            var accepted = FirstCopies.Of(leaf.AtomicReader);
            if (_terms.Count > 0)
            {
                if (WithTerms(leaf) is not { } withTerms) continue;
                // First copies are live documents only, so the intersection is too.
                var both = (FixedBitSet)withTerms.Clone();
                both.And(accepted);
                accepted = both;
            }
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
        }
    }

    /// <summary>
    /// Gives <paramref name="visit"/> the documents of one term (a wording's clauses) that pass, segment by segment in
    /// document order, from its postings: no scoring and no weight, for a term of a few thousand documents at most.
    /// </summary>
    public void ForEachWithTerm(Term term, Func<AtomicReaderContext, int, bool> visit)
    {
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            IBits? accepted = null;
            if (_terms.Count > 0)
            {
                accepted = WithTerms(leaf);
                if (accepted is null) continue;
            }
            // The postings of a term skip the segment's deleted documents.
            var docs = _lookup.Docs(leaf, term);
            if (docs is null) continue;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (accepted is not null && !accepted.Get(doc)) continue;
                if (!visit(leaf, doc)) return;
            }
        }
    }

    /// <summary>The live documents of the segment that have every filter term, or null when none has.</summary>
    private IBits? Accepted(AtomicReaderContext leaf)
    {
        var withTerms = WithTerms(leaf);
        // The bit set stands in for the segment's live documents, so a deleted clause (a replaced plan's) must be left out here.
        return withTerms is null ? null : leaf.AtomicReader.LiveDocs is { } live ? new BothBits(withTerms, live) : withTerms;
    }

    /// <summary>
    /// The documents of the segment that have every filter term, or null when none has; made once a search from the
    /// terms' sets (<see cref="TermSet"/>). Read only: it may be a set the segment's later searches share.
    /// </summary>
    private FixedBitSet? WithTerms(AtomicReaderContext leaf)
    {
        if (_withTerms.TryGetValue(leaf.Ord, out var known)) return known;
        var sets = new List<FixedBitSet>(_terms.Count);
        foreach (var term in _terms)
        {
            if (TermSet(leaf, term) is not { } set) return _withTerms[leaf.Ord] = null;
            sets.Add(set);
        }
        var withTerms = sets[0];
        if (sets.Count > 1)
        {
            // The sets may be shared: the intersection goes into a copy.
            withTerms = (FixedBitSet)withTerms.Clone();
            foreach (var other in sets.Skip(1)) withTerms.And(other);
        }
        return _withTerms[leaf.Ord] = withTerms;
    }

    /// <summary>
    /// The live documents of the segment that have <paramref name="term"/>, or null when none has. A term that many of
    /// its clauses have (a kind, a year: at most <see cref="SparseFilterShare"/> such terms a field) is kept with the
    /// segment's reader, whose documents and deletions are fixed, so later searches read it instead of its postings;
    /// a set of a million-clause segment is 125 KB, and making one for each search sent the garbage collector after
    /// them. A rarer term (a commune) is read for the search alone.
    /// </summary>
    private FixedBitSet? TermSet(AtomicReaderContext leaf, Term term)
    {
        var reader = leaf.AtomicReader;
        if (DenseTermSets.TryGetValue(reader, out var kept) && kept.TryGetValue(term, out var set)) return set;
        if (_lookup.Docs(leaf, term) is not { } docs) return null;
        set = new FixedBitSet(reader.MaxDoc);
        set.Or(docs);
        if ((long)set.Cardinality * SparseFilterShare >= reader.MaxDoc) DenseTermSets.GetValue(reader, _ => new ConcurrentDictionary<Term, FixedBitSet>()).TryAdd(term, set);
        return set;
    }

    /// <summary>The documents both sets accept.</summary>
    private sealed class BothBits(IBits first, IBits second) : IBits
    {
        public int Length => first.Length;

        public bool Get(int index) => first.Get(index) && second.Get(index);
    }
}
