namespace CommuneDocs.Text;

/// <summary>
/// Many texts' feature counts (<see cref="TextSimilarity.Features"/>) over shared integer ids, each text's ids in
/// ascending order with its squared norm, for the cosines of many pairs of them: a cosine is a merge of two short runs
/// of integers, where two dictionaries of strings hash every feature of one text into the other.
/// <see cref="Cosine"/> gives what <see cref="TextSimilarity.Cosine"/> gives for the same two texts, to the bit: both
/// sum products of integer counts, which a double holds exactly.
/// </summary>
internal sealed class CountVectors
{
    // Text i's entries are [_starts[i], _starts[i + 1]) of _ids and _counts, by ascending id.
    private readonly int[] _starts;
    private readonly int[] _ids;
    private readonly int[] _counts;
    private readonly long[] _normsSquared;

    /// <summary>The vectors of <paramref name="texts"/>, in their order.</summary>
    public CountVectors(IReadOnlyList<Dictionary<string, int>> texts)
    {
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        _starts = new int[texts.Count + 1];
        for (var i = 0; i < texts.Count; i++) _starts[i + 1] = _starts[i] + texts[i].Count;
        _ids = new int[_starts[^1]];
        _counts = new int[_ids.Length];
        _normsSquared = new long[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var at = _starts[i];
            foreach (var (feature, count) in texts[i])
            {
                if (!idOf.TryGetValue(feature, out var id)) idOf.Add(feature, id = idOf.Count);
                _ids[at] = id;
                _counts[at++] = count;
                _normsSquared[i] += (long)count * count;
            }
            Array.Sort(_ids, _counts, _starts[i], texts[i].Count);
        }
    }

    /// <summary>How many texts there are.</summary>
    public int Count => _normsSquared.Length;

    /// <summary>The cosine of texts <paramref name="a"/> and <paramref name="b"/>'s counts: 0 when either has no feature.</summary>
    public double Cosine(int a, int b)
    {
        if (_normsSquared[a] == 0 || _normsSquared[b] == 0) return 0;
        long dot = 0;
        int i = _starts[a], endA = _starts[a + 1], j = _starts[b], endB = _starts[b + 1];
        while (i < endA && j < endB)
        {
            var (x, y) = (_ids[i], _ids[j]);
            if (x == y) dot += (long)_counts[i++] * _counts[j++];
            else if (x < y) i++;
            else j++;
        }
        return dot / Math.Sqrt((double)_normsSquared[a] * _normsSquared[b]);
    }
}
