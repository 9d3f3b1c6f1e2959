using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CommuneDocs.Tests.Indexing;

/// <summary>Lucene-style assertions on what an analyzer makes of a text (after Lucene's BaseTokenStreamTestCase).</summary>
internal static class AnalyzerAssert
{
    public sealed record Token(string Term, int Start, int End, int PositionIncrement);

    public static List<Token> Tokens(Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        return tokens;
    }

    /// <summary>Asserts the terms in order and, when given, their start and end offsets.</summary>
    public static void AssertAnalyzesTo(Analyzer analyzer, string text, string[] terms, int[]? starts = null, int[]? ends = null)
    {
        var tokens = Tokens(analyzer, text);
        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(t => t.Term), Is.EqualTo(terms), "terms");
            if (starts is not null) Assert.That(tokens.Select(t => t.Start), Is.EqualTo(starts), "start offsets");
            if (ends is not null) Assert.That(tokens.Select(t => t.End), Is.EqualTo(ends), "end offsets");
        });
    }

    /// <summary>Analyses random text and checks that it never throws and that offsets stay inside the text and in order (Lucene's checkRandomData).</summary>
    public static void CheckRandomData(Analyzer analyzer, int iterations, int seed)
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵAĐƯỦ0123456789 ,.;:-/()\"\n\t";
        var marks = new[] { '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031B', '\u0306' };
        var random = new Random(seed);
        for (var i = 0; i < iterations; i++)
        {
            var length = random.Next(0, 200);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = random.Next(10) switch
                {
                    0 => marks[random.Next(marks.Length)],
                    1 => (char)random.Next(0x20, 0xD7FF),
                    _ => alphabet[random.Next(alphabet.Length)],
                };
            }
            var text = new string(chars);
            List<Token> tokens = null!;
            Assert.DoesNotThrow(() => tokens = Tokens(analyzer, text), $"text: {text}");
            foreach (var t in tokens)
            {
                Assert.That(t.Start, Is.InRange(0, text.Length), $"start in: {text}");
                Assert.That(t.End, Is.InRange(t.Start, text.Length), $"end in: {text}");
                Assert.That(t.Term, Is.Not.Empty);
            }
        }
    }
}
