using CommuneDocs.Text;

namespace CommuneDocs.Indexing;

/// <summary>
/// <see cref="ToneMarks.Place"/> remembered for the terms one token filter sees: null when a term keeps its spelling,
/// otherwise its placed spelling. Holds at most <see cref="Capacity"/> terms (then starts again), so a stream of
/// distinct tokens cannot grow it without bound. Not thread-safe: one per token filter, as Lucene reuses a filter on
/// one thread.
/// </summary>
internal sealed class PlacedTerms
{
    /// <summary>The most terms held: a plan's syllables many times over.</summary>
    public const int Capacity = 8192;

    private readonly Dictionary<string, string?> _placed = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public PlacedTerms()
    {
        _bySpan = _placed.GetAlternateLookup<ReadOnlySpan<char>>();
    }
#endif

    /// <summary>The placed spelling of <paramref name="term"/>, or null when it is the term itself.</summary>
    public string? Of(ReadOnlySpan<char> term)
    {
#if NET9_0_OR_GREATER
        if (_bySpan.TryGetValue(term, out var known)) return known;
#endif
        var text = term.ToString();
#if !NET9_0_OR_GREATER
        if (_placed.TryGetValue(text, out var known)) return known;
#endif
        var placed = ToneMarks.Place(text);
        var result = string.Equals(text, placed, StringComparison.Ordinal) ? null : placed;
        if (_placed.Count >= Capacity) _placed.Clear();
        _placed[text] = result;
        return result;
    }
}
