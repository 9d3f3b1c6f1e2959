namespace CommuneDocs.Text;

/// <summary>
/// How alike two texts are, for every stage that compares them: the features (folded syllables and syllable bigrams,
/// after expanding the abbreviations plans use, "DVCTT"; folding makes "hoà"/"hòa" and a text typed without
/// diacritics compare equal) and the measures over them (cosine of counts, dot product of unit vectors such as
/// <see cref="TfIdfSpace"/>'s, overlap of bigram sets). Pure functions.
/// </summary>
internal static class TextSimilarity
{
    /// <summary>The text's features and how often each occurs: its folded syllables and its syllable bigrams.</summary>
    public static Dictionary<string, int> Features(string text)
    {
        var syllables = Syllables(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < syllables.Count; i++)
        {
            Add(counts, syllables[i]);
            if (i + 1 < syllables.Count) Add(counts, Bigram(syllables[i], syllables[i + 1]));
        }
        return counts;
    }

    /// <summary>The text's syllables, abbreviations expanded and folded: the runs of letters and digits.</summary>
    private static List<string> Syllables(string text)
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

    /// <summary>The bigram of two syllables that follow each other: both, with a space between.</summary>
    private static string Bigram(string first, string second) => first + " " + second;

    /// <summary>The bigrams of <paramref name="words"/>, in order: each word with the next.</summary>
    public static IEnumerable<string> Bigrams(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++) yield return Bigram(words[i], words[i + 1]);
    }

    /// <summary>The cosine of two count vectors, such as <see cref="Features"/>: 0 when either is empty.</summary>
    public static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (k, v) in a)
        {
            na += v * v;
            if (b.TryGetValue(k, out var w)) dot += v * w;
        }
        foreach (var v in b.Values) nb += v * v;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>The dot product of two sparse vectors (the cosine, for unit vectors), summed over the terms of the one with fewer.</summary>
    public static double Dot(SparseVector a, SparseVector b) =>
        a.Count <= b.Count ? DotOver(a, b) : DotOver(b, a);

    /// <summary>The dot product of two sparse vectors, summed in the order of <paramref name="summed"/>'s entries.</summary>
    public static double DotOver(SparseVector summed, SparseVector other)
    {
        var dot = 0.0;
        for (var i = 0; i < summed.Count; i++)
        {
            if (other.TryGetValue(summed.Term(i), out var v)) dot += summed.Weight(i) * v;
        }
        return dot;
    }

    /// <summary>The dot product of a sparse vector and a sum of them, in the order of <paramref name="summed"/>'s entries.</summary>
    public static double DotOver(SparseVector summed, Dictionary<int, double> other)
    {
        var dot = 0.0;
        for (var i = 0; i < summed.Count; i++)
        {
            if (other.TryGetValue(summed.Term(i), out var v)) dot += summed.Weight(i) * v;
        }
        return dot;
    }

    /// <summary>The dot product of two dictionaries of weights, summed over the keys of the one with fewer.</summary>
    public static double Dot<TKey>(Dictionary<TKey, double> a, Dictionary<TKey, double> b) where TKey : notnull =>
        a.Count <= b.Count ? DotOver(a, b) : DotOver(b, a);

    /// <summary>The dot product of two dictionaries of weights, summed in the order of <paramref name="summed"/>'s keys.</summary>
    public static double DotOver<TKey>(Dictionary<TKey, double> summed, Dictionary<TKey, double> other) where TKey : notnull
    {
        var dot = 0.0;
        foreach (var (key, w) in summed)
        {
            if (other.TryGetValue(key, out var v)) dot += w * v;
        }
        return dot;
    }

    /// <summary>
    /// The share of the smaller set's items that the other holds (the overlap coefficient): 1 when one text's bigrams
    /// all stand in the other, however much longer that one goes on. 0 when either is empty.
    /// </summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    private static void Add(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
