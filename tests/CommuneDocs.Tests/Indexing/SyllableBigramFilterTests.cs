using System.Text;
using CommuneDocs.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CommuneDocs.Tests.Indexing;

/// <summary>
/// <see cref="SyllableBigramFilter"/> makes the stream Lucene's ShingleFilter(2, 2) with unigrams made before it,
/// attribute for attribute, so an index written with it is the index written before, and queries analyse alike.
/// </summary>
public class SyllableBigramFilterTests
{
    private static readonly VietnameseAnalyzer Accented = new();
    private static readonly VietnameseAnalyzer Folded = new(folded: true);
    private static readonly ShingleAnalyzer AccentedShingles = new(folded: false);
    private static readonly ShingleAnalyzer FoldedShingles = new(folded: true);

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Dịch vụ công trực tuyến toàn trình")]
    [TestCase("một")]
    [TestCase("1565/QĐ-TTg ngày 11/10/2023, \"Đề án 06\"")]
    public void Stream_IsShingleFiltersStream(string text)
    {
        Assert.That(Stream(Accented, text), Is.EqualTo(Stream(AccentedShingles, text)));
        Assert.That(Stream(Folded, text), Is.EqualTo(Stream(FoldedShingles, text)));
    }

    [Test]
    public void Stream_WithSkippedLongTokens_HasShingleFiltersFillers()
    {
        // StandardTokenizer skips a token over 255 characters, leaving a hole that ShingleFilter fills with "_".
        var longToken = new string('a', 300);
        foreach (var text in new[] { $"{longToken} đầu", $"giữa {longToken} câu", $"cuối {longToken}", longToken, $"{longToken} {longToken} hai", $"a {longToken} {longToken}" })
        {
            var expected = Stream(AccentedShingles, text);
            Assert.That(Stream(Accented, text), Is.EqualTo(expected), text);
            Assert.That(expected.Tokens.Any(t => t.Term.Contains('_')) || expected.Tokens.Count == 0, Is.True, "the case has a filler");
        }
    }

    [Test]
    public void Stream_OnRandomText_IsShingleFiltersStream()
    {
        var random = new Random(1565);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵAĐƯỦ0123456789    ,.;:-/()\"\n\t_";
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 120);
            for (var c = 0; c < length; c++)
            {
                if (random.Next(60) == 0) text.Append('x', random.Next(250, 300)).Append(' ');
                else if (random.Next(15) == 0) text.Append((char)random.Next(0x300, 0x36F));
                else text.Append(alphabet[random.Next(alphabet.Length)]);
            }
            var s = text.ToString();
            Assert.That(Stream(Accented, s), Is.EqualTo(Stream(AccentedShingles, s)), s);
            Assert.That(Stream(Folded, s), Is.EqualTo(Stream(FoldedShingles, s)), s);
        }
    }

    [Test]
    public void Stream_ReusedForManyTexts_StartsAfreshEachTime()
    {
        // Lucene reuses one token stream per field and thread; nothing of one text may leak into the next.
        var texts = new[] { "a b c", new string('z', 300), "d", "", "e f", "g " + new string('y', 300) };
        foreach (var text in texts.Concat(texts.Reverse()))
        {
            Assert.That(Stream(Accented, text), Is.EqualTo(Stream(AccentedShingles, text)), text);
        }
    }

    /// <summary>Every attribute of every token, then the end state (final offset and position increment).</summary>
    private static Analysed Stream(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var list = new List<Token>();
        while (stream.IncrementToken()) list.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, length.PositionLength, type.Type));
        stream.End();
        var end = (offset.StartOffset, offset.EndOffset, increment.PositionIncrement);
        return new Analysed(list, end);
    }

    private sealed record Token(string Term, int Start, int End, int Increment, int Length, string Type);

    private sealed record Analysed(List<Token> Tokens, (int Start, int End, int Increment) EndState)
    {
        public bool Equals(Analysed? other) => other is not null && Tokens.SequenceEqual(other.Tokens) && EndState == other.EndState;

        public override int GetHashCode() => Tokens.Count;

        public override string ToString() => string.Join(" | ", Tokens) + $" / end {EndState}";
    }

    /// <summary>The analyzer as it was written with Lucene's ShingleFilter: the reference.</summary>
    private sealed class ShingleAnalyzer(bool folded) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = folded ? new ASCIIFoldingFilter(stream) : new ToneMarkFilter(stream);
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(true);
            return new TokenStreamComponents(tokenizer, shingles);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => new NfcCharFilter(reader);
    }
}
