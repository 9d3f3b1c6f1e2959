namespace CommuneDocs.Text;

/// <summary>
/// TF-IDF vectors over <see cref="TextSimilarity.Features"/>, made unit length so that their dot product
/// (<see cref="TextSimilarity.Dot"/>) is their cosine. Document frequencies come from the texts being compared, so
/// words every text shares ("thực hiện", "dịch vụ") weigh little and the words that tell texts apart weigh much.
/// </summary>
internal sealed class TfIdfSpace
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    // One string for each feature, whichever text it came from: a vector keys its features by these, so thousands of
    // tasks that share a syllable pair hold one copy of it, not one each (most of the memory of a large comparison).
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>
    /// Counts a text's features into the document frequencies; returns them in their order, keyed by the space's
    /// one string for each, in a compact array to keep for <see cref="Vector"/> instead of the dictionary.
    /// </summary>
    public KeyValuePair<string, int>[] AddDocument(Dictionary<string, int> features)
    {
        _documents++;
        var kept = new KeyValuePair<string, int>[features.Count];
        var i = 0;
        foreach (var (key, count) in features)
        {
            _documentFrequency[key] = _documentFrequency.TryGetValue(key, out var n) ? n + 1 : 1;
            if (!_terms.TryGetValue(key, out var term)) _terms.Add(term = key);
            kept[i++] = new(term, count);
        }
        return kept;
    }

    /// <summary>The unit TF-IDF vector of a text's features, over the documents added so far.</summary>
    public Dictionary<string, double> Vector(IReadOnlyCollection<KeyValuePair<string, int>> features)
    {
        var vector = new Dictionary<string, double>(features.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (key, tf) in features)
        {
            var df = _documentFrequency.TryGetValue(key, out var n) ? n : 0;
            var w = (1 + Math.Log(tf)) * Math.Log(1 + (_documents + 1.0) / (df + 1.0));
            vector[_terms.TryGetValue(key, out var term) ? term : key] = w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var key in vector.Keys.ToList()) vector[key] /= norm;
        }
        return vector;
    }
}
