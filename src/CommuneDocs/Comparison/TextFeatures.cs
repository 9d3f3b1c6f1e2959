using CommuneDocs.Text;

namespace CommuneDocs.Comparison;

/// <summary>
/// The features two texts are compared on: folded syllables and syllable bigrams, after expanding the abbreviations
/// plans use ("DVCTT"). Folding makes "hoà"/"hòa" and a text typed without diacritics compare equal.
/// </summary>
internal static class TextFeatures
{
    public static Dictionary<string, int> Of(string text)
    {
        var syllables = Syllables(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < syllables.Count; i++)
        {
            Add(counts, syllables[i]);
            if (i + 1 < syllables.Count) Add(counts, syllables[i] + " " + syllables[i + 1]);
        }
        return counts;
    }

    public static List<string> Syllables(string text)
    {
        var folded = VietnameseText.Fold(Abbreviations.Expand(text));
        var result = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                result.Add(folded[start..i]);
                start = -1;
            }
        }
        return result;
    }

    private static void Add(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}

/// <summary>
/// TF-IDF vectors over <see cref="TextFeatures"/> and their cosine. Document frequencies come from the texts being
/// compared, so words every task shares ("thực hiện", "dịch vụ") weigh little and the words that tell tasks apart weigh much.
/// </summary>
internal sealed class TfIdfSpace
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;

    public void AddDocument(Dictionary<string, int> features)
    {
        _documents++;
        foreach (var key in features.Keys) _documentFrequency[key] = _documentFrequency.TryGetValue(key, out var n) ? n + 1 : 1;
    }

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

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var dot = 0.0;
        foreach (var (key, w) in a)
        {
            if (b.TryGetValue(key, out var v)) dot += w * v;
        }
        return dot;
    }
}
