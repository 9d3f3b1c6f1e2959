using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>
/// Analyses Vietnamese clause text into syllables and syllable bigrams: NFC (<see cref="NfcCharFilter"/>) →
/// <see cref="StandardTokenizer"/> (a Vietnamese syllable is one word to UAX #29) → <see cref="LowerCaseFilter"/> →
/// one tone-mark placement (<see cref="ToneMarkFilter"/>) → bigrams with unigrams kept (<see cref="SyllableBigramFilter"/>, the stream of Lucene's ShingleFilter),
/// since most Vietnamese words are two syllables ("dịch vụ", "trực tuyến").
/// The folded variant replaces the tone placement by <see cref="ASCIIFoldingFilter"/> (which maps "đ" to "d" and
/// drops every diacritic) for diacritic-free queries such as "thanh toan truc tuyen".
/// The same analyzer serves index and query time.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Creates the analyzer; <paramref name="folded"/> selects the diacritic-free variant.</summary>
    public VietnameseAnalyzer(bool folded = false)
    {
        Folded = folded;
    }

    /// <summary>True for the diacritic-free variant.</summary>
    public bool Folded { get; }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = Folded ? new ASCIIFoldingFilter(stream) : new ToneMarkFilter(stream);
        return new TokenStreamComponents(tokenizer, new SyllableBigramFilter(stream));
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new NfcCharFilter(reader);
}
