using CommuneDocs.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CommuneDocs.Indexing;

/// <summary>Puts each token's tone mark on one vowel (<see cref="ToneMarks.Place"/>), so "hoà" and "hòa", "uỷ" and "ủy" are one term.</summary>
internal sealed class ToneMarkFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ToneMarkFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var text = _term.ToString();
        var placed = ToneMarks.Place(text);
        if (!string.Equals(text, placed, StringComparison.Ordinal)) _term.SetEmpty().Append(placed);
        return true;
    }
}
