namespace CommuneDocs.Text;

/// <summary>
/// TF-IDF vectors over <see cref="TextSimilarity.Features"/>, made unit length so that their dot product
/// (<see cref="TextSimilarity.Dot"/>) is their cosine. Document frequencies come from the texts being compared, so
/// words every text shares ("thực hiện", "dịch vụ") weigh little and the words that tell texts apart weigh much.
/// </summary>
internal sealed class TfIdfSpace
{
    // Each feature's id, in the order the space first met it, and its document frequency by id: vectors hold ids,
    // so thousands of tasks that share a syllable pair hold four bytes for it, not a string each.
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private int _documents;

    /// <summary>
    /// Counts a text's features into the document frequencies; returns them in their order as (term id, count), a
    /// compact array to keep for <see cref="Vector"/> instead of the dictionary.
    /// </summary>
    public KeyValuePair<int, int>[] AddDocument(Dictionary<string, int> features)
    {
        _documents++;
        var kept = new KeyValuePair<int, int>[features.Count];
        var i = 0;
        foreach (var (key, count) in features)
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                _ids.Add(key, id = _ids.Count);
                _documentFrequency.Add(0);
            }
            _documentFrequency[id]++;
            kept[i++] = new(id, count);
        }
        return kept;
    }

    /// <summary>The unit TF-IDF vector of a text's features (as <see cref="AddDocument"/> gave them), over the documents added so far; several threads may call it at once while none adds a document.</summary>
    public SparseVector Vector(IReadOnlyList<KeyValuePair<int, int>> features)
    {
        var terms = new int[features.Count];
        var weights = new double[features.Count];
        var norm = 0.0;
        for (var i = 0; i < features.Count; i++)
        {
            var (id, tf) = features[i];
            var w = (1 + Math.Log(tf)) * Math.Log(1 + (_documents + 1.0) / (_documentFrequency[id] + 1.0));
            terms[i] = id;
            weights[i] = w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
        }
        return new SparseVector(terms, weights);
    }
}
