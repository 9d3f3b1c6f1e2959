using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CommuneDocs.Indexing;

/// <summary>One wording's best clause: the document, its score, and the wording's identity (<see cref="ClauseIdentity"/>).</summary>
internal readonly record struct DistinctClause(int Doc, float Score, long Identity);

/// <summary>
/// Collects the best <c>n</c> clauses of distinct wordings (<see cref="ClauseFields.ClauseIdValue"/>), best score first
/// and, at equal scores, lowest document first, whatever order the documents come in. Clauses of one wording score
/// alike (same words, same length), so the one kept stands for all; the others cost a score comparison, and a
/// document that could enter the top a look-up of its wording (<see cref="IdentityColumn"/>). A min-heap on
/// (score, -doc) with a map from wording to slot.
/// </summary>
internal sealed class DistinctClauseCollector : ICollector
{
    private readonly int _size;
    private DistinctClause[] _heap;
    private readonly Dictionary<long, int> _slotOf = [];
    private int _count;
    private int _docBase;
    private Scorer? _scorer;
    private long[] _identities = [];

    public DistinctClauseCollector(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _size = size;
        _heap = new DistinctClause[Math.Min(size, 1024)];
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
        var global = _docBase + doc;
        if (_count == _size && !Better(score, global, _heap[0])) return;
        var identity = _identities[doc];
        var clause = new DistinctClause(global, score, identity);
        if (_slotOf.TryGetValue(identity, out var slot))
        {
            if (!Better(score, global, _heap[slot])) return;
            _heap[slot] = clause;
            Down(slot);
            return;
        }
        if (_count < _size)
        {
            if (_count == _heap.Length) Array.Resize(ref _heap, (int)Math.Min(_size, 2L * _heap.Length));
            _heap[_count] = clause;
            _slotOf[identity] = _count;
            Up(_count++);
            return;
        }
        _slotOf.Remove(_heap[0].Identity);
        _heap[0] = clause;
        _slotOf[identity] = 0;
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
        _slotOf[_heap[a].Identity] = a;
        _slotOf[_heap[b].Identity] = b;
    }
}
