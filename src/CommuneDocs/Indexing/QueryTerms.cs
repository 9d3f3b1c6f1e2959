using CommuneDocs.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CommuneDocs.Indexing;

/// <summary>
/// A query's text as index terms, in the one field that matches it as typed: with any diacritic (a tone or vowel
/// mark, or "đ") the accented field, whose terms keep every diacritic but the tone's placement, so "kiểm" finds
/// "kiểm" and not "kiệm"; with none at all the folded field, so "kiem tra" finds "kiểm tra" and "kiệm".
/// </summary>
internal sealed class QueryTerms
{
    // Analyzers are thread-safe (Lucene keeps their token streams per thread); one of each serves every query.
    private static readonly VietnameseAnalyzer Accented = new();
    private static readonly VietnameseAnalyzer Folded = new(folded: true);

    private const int MaxTerms = 256;

    private readonly Analyzer _analyzer;

    private QueryTerms(string text)
    {
        Exact = HasDiacritics(text);
        _analyzer = Exact ? Accented : Folded;
        Field = Exact ? ClauseFields.Text : ClauseFields.TextFolded;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _, _) in Tokens(text))
        {
            if (!IsPair(term)) Syllables++;
            if (All.Count < MaxTerms && seen.Add(term)) All.Add(term);
        }
    }

    /// <summary>True when the query has diacritics and is matched as typed.</summary>
    public bool Exact { get; }

    /// <summary>The field the terms are looked up in.</summary>
    public string Field { get; }

    /// <summary>The distinct terms, syllables and syllable pairs, in order.</summary>
    public List<string> All { get; } = [];

    /// <summary>The distinct syllable pairs.</summary>
    public IEnumerable<string> Pairs => All.Where(IsPair);

    /// <summary>The distinct single syllables.</summary>
    public IEnumerable<string> Singles => All.Where(t => !IsPair(t));

    /// <summary>How many syllables the query has, repeats included: its length as a clause.</summary>
    public int Syllables { get; }

    public static QueryTerms Of(string text) => new(text);

    /// <summary>A syllable bigram of <see cref="VietnameseAnalyzer"/>: two syllables and the space between them.</summary>
    public static bool IsPair(string term) => term.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> has a letter with a diacritic (a tone or vowel mark, "đ"), precomposed or
    /// combining: what folding would change, case aside.
    /// </summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                var folded = VietnameseText.Fold(c.ToString());
                if (!string.Equals(folded, char.ToLowerInvariant(c).ToString(), StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>The tokens this query's analyzer makes of <paramref name="text"/>, with their offsets in it.</summary>
    public List<(string Term, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = _analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
