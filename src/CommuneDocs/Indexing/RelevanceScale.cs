using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CommuneDocs.Indexing;

/// <summary>
/// Turns a BM25 score into a relevance from 0 to 1: the score over the score Lucene would give a clause that says
/// just the query's words, once each (every query term with frequency 1, the query's length), worked out with the
/// similarity's own idf, average length and length encoding (<see cref="BM25Similarity"/>, the one the index scores with).
/// </summary>
internal sealed class RelevanceScale : BM25Similarity
{
    public static RelevanceScale Instance { get; } = new();

    /// <summary>
    /// The score of the ideal clause for the terms of <paramref name="field"/> whose document frequencies are
    /// <paramref name="docFreqs"/>, <paramref name="syllables"/> long; 0 for an empty field.
    /// </summary>
    public float IdealScore(IndexSearcher searcher, string field, IEnumerable<int> docFreqs, int syllables)
    {
        var stats = searcher.CollectionStatistics(field);
        if (stats is null || stats.MaxDoc == 0 || stats.SumTotalTermFreq <= 0) return 0;
        var length = DecodeNormValue(EncodeNormValue(1f, Math.Max(1, syllables)));
        var norm = K1 * (1 - B + B * length / AvgFieldLength(stats));
        var perOccurrence = (K1 + 1) / (1 + norm);
        var sum = 0f;
        foreach (var docFreq in docFreqs) sum += Idf(docFreq, stats.MaxDoc) * perOccurrence;
        return sum;
    }

    /// <summary><paramref name="score"/> over <paramref name="ideal"/>, at most 1, rounded to three places.</summary>
    public static double Relevance(float score, float ideal) => ideal <= 0 ? 0 : Math.Round(Math.Min(1.0, score / (double)ideal), 3);
}
