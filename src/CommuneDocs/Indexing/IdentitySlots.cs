namespace CommuneDocs.Indexing;

/// <summary>
/// Which heap slot holds a wording, for <see cref="DistinctClauseCollector"/>: open addressing with linear probing on
/// the identities' low bits (they are hash bits already). The collector asks it for every document that could enter
/// its top, most of them clauses of a wording it holds (a quarter of a million a search on a million clauses), where a
/// <see cref="Dictionary{TKey,TValue}"/> cost a tenth of the search.
/// </summary>
internal sealed class IdentitySlots
{
    private const byte Empty = 0;
    private const byte Full = 1;
    private const byte Deleted = 2;

    private long[] _keys;
    private int[] _slots;
    private byte[] _states;
    private int _mask;
    private int _full;
    private int _used;

    public IdentitySlots(int capacity)
    {
        var size = 16;
        while (size < 2 * capacity) size *= 2;
        _keys = new long[size];
        _slots = new int[size];
        _states = new byte[size];
        _mask = size - 1;
    }

    /// <summary>The slot of <paramref name="identity"/>, when held.</summary>
    public bool TryGet(long identity, out int slot)
    {
        for (var i = (int)identity & _mask; ; i = (i + 1) & _mask)
        {
            var state = _states[i];
            if (state == Empty) break;
            if (state == Full && _keys[i] == identity)
            {
                slot = _slots[i];
                return true;
            }
        }
        slot = -1;
        return false;
    }

    /// <summary>Holds <paramref name="identity"/> at <paramref name="slot"/>, adding it or moving it.</summary>
    public void Set(long identity, int slot)
    {
        var free = -1;
        for (var i = (int)identity & _mask; ; i = (i + 1) & _mask)
        {
            var state = _states[i];
            if (state == Full && _keys[i] == identity)
            {
                _slots[i] = slot;
                return;
            }
            if (state == Deleted && free < 0) free = i;
            if (state == Empty)
            {
                if (free < 0)
                {
                    free = i;
                    _used++;
                }
                break;
            }
        }
        _keys[free] = identity;
        _slots[free] = slot;
        _states[free] = Full;
        _full++;
        if (_used * 4 > _states.Length * 3) Rehash();
    }

    /// <summary>Lets go of <paramref name="identity"/>.</summary>
    public void Remove(long identity)
    {
        for (var i = (int)identity & _mask; ; i = (i + 1) & _mask)
        {
            var state = _states[i];
            if (state == Empty) return;
            if (state == Full && _keys[i] == identity)
            {
                _states[i] = Deleted;
                _full--;
                return;
            }
        }
    }

    /// <summary>A new table, twice as large when over half full, without the deleted marks.</summary>
    private void Rehash()
    {
        var (keys, slots, states) = (_keys, _slots, _states);
        var size = _full * 2 > states.Length ? states.Length * 2 : states.Length;
        _keys = new long[size];
        _slots = new int[size];
        _states = new byte[size];
        _mask = size - 1;
        _full = 0;
        _used = 0;
        for (var i = 0; i < states.Length; i++)
        {
            if (states[i] == Full) Set(keys[i], slots[i]);
        }
    }
}
