using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CommuneDocs.Indexing;

/// <summary>One wording's best clause: the document, its score, and the wording's identity (<see cref="ClauseIdentity"/>).</summary>
internal readonly record struct DistinctClause(int Doc, float Score, long Identity);

/// <summary>
/// Collects the best <c>n</c> clauses of distinct wordings (<see cref="ClauseFields.ClauseIdValue"/>), best score first.
/// Clauses of one wording score alike (same words, same length), so the first met stands for all; the others cost a
/// score comparison, and a document that could enter the top a look-up of its wording (<see cref="IdentityColumn"/>).
/// Of wordings that tie at the weakest score kept, the first met stays (the order is the index's, so the same from one
/// search to the next). A min-heap on (score, -doc) with a map from wording to slot (<see cref="IdentitySlots"/>).
/// </summary>
internal sealed class DistinctClauseCollector : ICollector
{
    private readonly int _size;
    private DistinctClause[] _heap;
    private readonly IdentitySlots _slotOf;
    private int _count;
    private int _docBase;
    private Scorer? _scorer;
    private long[] _identities = [];

    public DistinctClauseCollector(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _size = size;
        _heap = new DistinctClause[Math.Min(size, 1024)];
        _slotOf = new IdentitySlots(Math.Min(size, 1024));
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _identities = IdentityColumn.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        // Not above the weakest wording kept: whatever its wording, it does not enter (at equal scores the first met stays).
        if (_count == _size && score <= _heap[0].Score) return;
        var identity = _identities[doc];
        // A wording kept already: its other clauses score alike, and which of them stands for it does not matter.
        if (_slotOf.TryGet(identity, out _)) return;
        var clause = new DistinctClause(_docBase + doc, score, identity);
        if (_count < _size)
        {
            if (_count == _heap.Length) Array.Resize(ref _heap, (int)Math.Min(_size, 2L * _heap.Length));
            _heap[_count] = clause;
            _slotOf.Set(identity, _count);
            Up(_count++);
            return;
        }
        _slotOf.Remove(_heap[0].Identity);
        _heap[0] = clause;
        _slotOf.Set(identity, 0);
        Down(0);
    }

    /// <summary>The clauses collected, best first.</summary>
    public List<DistinctClause> Best() =>
        [.. _heap.Take(_count).OrderByDescending(c => c.Score).ThenBy(c => c.Doc)];

    private static bool Better(float score, int doc, DistinctClause than) => score > than.Score || (score == than.Score && doc < than.Doc);

    private static bool Worse(DistinctClause a, DistinctClause b) => Better(b.Score, b.Doc, a);

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_heap[i], _heap[parent])) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            if (left < _count && Worse(_heap[left], _heap[worst])) worst = left;
            if (left + 1 < _count && Worse(_heap[left + 1], _heap[worst])) worst = left + 1;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_heap[a], _heap[b]) = (_heap[b], _heap[a]);
        _slotOf.Set(_heap[a].Identity, a);
        _slotOf.Set(_heap[b].Identity, b);
    }
}
