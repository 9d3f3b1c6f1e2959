using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CommuneDocs.Indexing;

/// <summary>
/// Looks terms up in the segments of one searcher for one search, with one terms enumerator per segment and field
/// reused for every term. Lucene makes a new enumerator (its frames, arcs and buffers, kilobytes) for each term and
/// segment it looks up, for each query, document frequency and postings read: a search of the million-clause index
/// allocated 1.5 to 3.8 MB, and the collections that followed made its slowest calls.
/// </summary>
internal sealed class TermLookup(IndexSearcher searcher)
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enums = [];
    private readonly Dictionary<Term, TermContext> _contexts = [];

    /// <summary>A query for <paramref name="term"/> that needs no look-up of its own.</summary>
    public TermQuery Query(Term term) => new(term, Context(term));

    /// <summary>How many documents have <paramref name="term"/>, deleted ones included, as <see cref="IndexReader.DocFreq"/> counts.</summary>
    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>The live documents of one segment that have <paramref name="term"/>, or null; read them before the next look-up.</summary>
    public DocsEnum? Docs(AtomicReaderContext leaf, Term term)
    {
        var terms = Enumerator(leaf, term.Field);
        return terms is not null && terms.SeekExact(term.Bytes) ? terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE) : null;
    }

    /// <summary>The term's state in each segment that has it, as Lucene's queries and similarity read it.</summary>
    private TermContext Context(Term term)
    {
        if (_contexts.TryGetValue(term, out var known)) return known;
        var top = searcher.TopReaderContext;
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            var terms = Enumerator(leaf, term.Field);
            if (terms is not null && terms.SeekExact(term.Bytes)) context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        return _contexts[term] = context;
    }

    private TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        if (_enums.TryGetValue((leaf.Ord, field), out var known)) return known;
        return _enums[(leaf.Ord, field)] = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
    }
}
