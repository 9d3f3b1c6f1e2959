using CommuneDocs.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CommuneDocs.Indexing;

/// <summary>
/// Puts each token's tone mark on one vowel (<see cref="ToneMarks.Place"/>), so "hoà" and "hòa", "uỷ" and "ủy" are one
/// term. A plan uses a few thousand syllables over and over, so each token's placement is remembered
/// (<see cref="PlacedTerms"/>): a token seen before costs a look-up and no allocation.
/// </summary>
internal sealed class ToneMarkFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly PlacedTerms _placed = new();

    public ToneMarkFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_placed.Of(_term.Buffer.AsSpan(0, _term.Length)) is { } placed) _term.SetEmpty().Append(placed);
        return true;
    }
}
