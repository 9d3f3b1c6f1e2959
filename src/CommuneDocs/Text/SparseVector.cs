namespace CommuneDocs.Text;

/// <summary>
/// A sparse vector over the terms of a <see cref="TfIdfSpace"/> (their ids), in arrays rather than a dictionary: a
/// comparison holds two for each task, tens of thousands of them. Its entries stay in the order the text gave its
/// features, so a sum over them adds up in that order; a term's weight is found by binary search over the entries
/// ordered by term.
/// </summary>
internal sealed class SparseVector
{
    private readonly int[] _terms;
    private readonly double[] _weights;

    // The entries' positions ordered by their term: what the binary search of TryGetValue walks.
    private readonly int[] _byTerm;

    /// <summary>A vector of the given terms and weights, entry for entry; each term at most once.</summary>
    public SparseVector(int[] terms, double[] weights)
    {
        _terms = terms;
        _weights = weights;
        _byTerm = new int[terms.Length];
        for (var i = 0; i < _byTerm.Length; i++) _byTerm[i] = i;
        Array.Sort((int[])terms.Clone(), _byTerm);
    }

    /// <summary>How many terms have a weight.</summary>
    public int Count => _terms.Length;

    /// <summary>The term of entry <paramref name="i"/>, in the text's order.</summary>
    public int Term(int i) => _terms[i];

    /// <summary>The weight of entry <paramref name="i"/>.</summary>
    public double Weight(int i) => _weights[i];

    /// <summary>The weight of <paramref name="term"/>; false when the vector has none.</summary>
    public bool TryGetValue(int term, out double weight)
    {
        int low = 0, high = _byTerm.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var position = _byTerm[middle];
            var found = _terms[position];
            if (found == term)
            {
                weight = _weights[position];
                return true;
            }
            if (found < term) low = middle + 1;
            else high = middle - 1;
        }
        weight = 0;
        return false;
    }
}
