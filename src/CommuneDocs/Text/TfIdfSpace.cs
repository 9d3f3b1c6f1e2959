namespace CommuneDocs.Text;

/// <summary>
/// TF-IDF vectors over <see cref="TextSimilarity.Features"/>, made unit length so that their dot product
/// (<see cref="TextSimilarity.Dot"/>) is their cosine. Document frequencies come from the texts being compared, so
/// words every text shares ("thực hiện", "dịch vụ") weigh little and the words that tell texts apart weigh much.
/// </summary>
internal sealed class TfIdfSpace
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>Counts a text's features into the document frequencies.</summary>
    public void AddDocument(Dictionary<string, int> features)
    {
        _documents++;
        foreach (var key in features.Keys) _documentFrequency[key] = _documentFrequency.TryGetValue(key, out var n) ? n + 1 : 1;
    }

    /// <summary>The unit TF-IDF vector of a text's features, over the documents added so far.</summary>
    public Dictionary<string, double> Vector(Dictionary<string, int> features)
    {
        var vector = new Dictionary<string, double>(features.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (key, tf) in features)
        {
            var df = _documentFrequency.TryGetValue(key, out var n) ? n : 0;
            var w = (1 + Math.Log(tf)) * Math.Log(1 + (_documents + 1.0) / (df + 1.0));
            vector[key] = w;
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
