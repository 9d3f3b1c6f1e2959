using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>
/// Runs a query over the clauses that have every filter term (commune, kind, year). A filter few clauses pass drives
/// the search (the query is only advanced to them); one that many pass is a bit set the query checks as it goes, which
/// keeps Lucene's fastest, out-of-order scoring of disjunctions (the leap-frog a filtered search otherwise uses made a
/// year filter three times slower than none).
/// </summary>
internal static class ClauseFilter
{
    // A filter that fewer than one clause in this many passes drives the search; a denser one is checked as a bit set.
    private const int SparseFilterShare = 50;

    /// <summary>The best <paramref name="top"/> clauses of distinct wordings for <paramref name="query"/> among those that pass <paramref name="filters"/>.</summary>
    public static List<DistinctClause> Best(IndexSearcher searcher, Query query, List<Term> filters, int top)
    {
        var collector = new DistinctClauseCollector(top);
        Collect(searcher, query, filters, collector);
        return collector.Best();
    }

    /// <summary>Gives <paramref name="collector"/> the documents of <paramref name="query"/> that pass <paramref name="filters"/>.</summary>
    public static void Collect(IndexSearcher searcher, Query query, List<Term> filters, ICollector collector)
    {
        if (filters.Count == 0)
        {
            searcher.Search(query, collector);
            return;
        }
        var reader = searcher.IndexReader;
        if (filters.Min(reader.DocFreq) * SparseFilterShare < reader.MaxDoc)
        {
            var all = new BooleanQuery();
            foreach (var term in filters) all.Add(new TermQuery(term), Occur.MUST);
            searcher.Search(query, new QueryWrapperFilter(all), collector);
            return;
        }
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in reader.Leaves)
        {
            var accepted = Accepted(leaf.AtomicReader, filters);
            if (accepted is null) continue;
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
        }
    }

    /// <summary>The live documents of the segment that have every filter term, or null when none has.</summary>
    private static IBits? Accepted(AtomicReader reader, List<Term> filters)
    {
        FixedBitSet? accepted = null;
        foreach (var term in filters)
        {
            var docs = reader.GetTermDocsEnum(term);
            if (docs is null) return null;
            var with = new FixedBitSet(reader.MaxDoc);
            with.Or(docs);
            if (accepted is null) accepted = with;
            else accepted.And(with);
        }
        // The bit set stands in for the segment's live documents, so a deleted clause (a replaced plan's) must be left out here.
        return accepted is null ? null : reader.LiveDocs is { } live ? new BothBits(accepted, live) : accepted;
    }

    /// <summary>The documents both sets accept.</summary>
    private sealed class BothBits(IBits first, IBits second) : IBits
    {
        public int Length => first.Length;

        public bool Get(int index) => first.Get(index) && second.Get(index);
    }
}
