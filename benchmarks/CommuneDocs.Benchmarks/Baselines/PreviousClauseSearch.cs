using System.Globalization;
using System.Text;
using CommuneDocs.Indexing;
using CommuneDocs.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CommuneDocs.Benchmarks.Baselines;

/// <summary>What <see cref="PreviousClauseSearch"/> found: one clause document, as the search gave it before one hit per wording.</summary>
public sealed record PreviousHit(string Source, string? Commune, string Path, ClauseKind Kind, string Text, float Score, string Snippet, int? Year);

/// <summary>
/// Searches a <see cref="PlanIndex"/> for clauses like a text. The query is analysed by both variants of
/// <see cref="VietnameseAnalyzer"/>: accented syllables and bigrams match the accented field, folded ones the folded
/// field, so "thanh toan truc tuyen" finds "thanh toán trực tuyến" and an accented query ranks exact spellings first.
/// Snippets are made from the analyzer's own token offsets: a folded query marks the accented words it matched.
/// </summary>
/// <remarks>
/// The search as it was before one hit per wording and matching as typed (commit da21631), kept for the before/after
/// ratios of <see cref="SearchBenchmarks"/> on one index in one run.
/// </remarks>
public sealed class PreviousClauseSearch
{
    /// <summary>Put before each matched span of a snippet.</summary>
    public const string MarkStart = "«";

    /// <summary>Put after each matched span of a snippet.</summary>
    public const string MarkEnd = "»";

    /// <summary>How many characters of context a snippet keeps on either side of its first match.</summary>
    public const int SnippetContext = 80;

    /// <summary>How many clauses sharing a syllable pair with the query are ranked by the whole query, at least.</summary>
    public const int MinCandidates = 100;

    // Accented matches count a little more, so that an accented query prefers the exact spelling.
    private const float AccentedBoost = 1.5f;
    private const int MaxQueryTerms = 512;

    // A filter that fewer than one clause in this many passes drives the search; a denser one is checked as a bit set.
    private const int SparseFilterShare = 50;

    private readonly PlanIndex _index;
    private readonly Analyzer _accented = new VietnameseAnalyzer();
    private readonly Analyzer _folded = new VietnameseAnalyzer(folded: true);

    /// <summary>Creates a search over <paramref name="index"/>; it sees every change committed to it.</summary>
    public PreviousClauseSearch(PlanIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
    }

    /// <summary>
    /// The clauses most like <paramref name="query"/>'s text that pass its filters, best first. A query of two or more
    /// syllables first gathers the clauses that share a syllable pair with it (most Vietnamese words are two syllables,
    /// and a pair is far rarer than either of its syllables), and ranks their best <see cref="MinCandidates"/> (or ten
    /// times <see cref="ClauseQuery.Top"/>) by the whole query: pairs and single syllables, in both fields. A query of one
    /// syllable, or one whose pairs fewer clauses share than it asks for, is matched by every term.
    /// </summary>
    public IReadOnlyList<PreviousHit> Search(ClauseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Top <= 0) return [];
        var accentedTerms = Terms(_accented, query.Text);
        var foldedTerms = Terms(_folded, query.Text);
        if (foldedTerms.Count == 0) return [];
        var whole = Match(accentedTerms, foldedTerms, pairsOnly: false);
        var pairs = Match(accentedTerms, foldedTerms, pairsOnly: true);
        var filters = new List<Term>();
        if (query.Kind is { } kind) filters.Add(new Term(ClauseFields.Kind, PlanIndex.KindName(kind)));
        if (!string.IsNullOrWhiteSpace(query.Commune)) filters.Add(new Term(ClauseFields.CommuneKey, PlanIndex.CommuneKey(query.Commune)));
        if (query.Year is { } year) filters.Add(new Term(ClauseFields.Year, year.ToString(CultureInfo.InvariantCulture)));

        return _index.WithSearcher(searcher =>
        {
            TopDocs? top = null;
            if (pairs.Clauses.Count > 0)
            {
                var candidates = Filtered(searcher, pairs, filters, Math.Max(MinCandidates, 10 * query.Top));
                if (candidates.TotalHits >= query.Top) top = Rescore(searcher, whole, candidates.ScoreDocs, query.Top);
            }
            top ??= Filtered(searcher, whole, filters, query.Top);
            return Collect(searcher, top, accentedTerms, foldedTerms);
        });
    }

    /// <summary>The query's terms as one disjunction: accented ones (boosted) on the accented field, folded ones on the folded field.</summary>
    private static BooleanQuery Match(List<string> accentedTerms, List<string> foldedTerms, bool pairsOnly)
    {
        var match = new BooleanQuery();
        foreach (var t in accentedTerms.Take(MaxQueryTerms / 2).Where(t => !pairsOnly || IsPair(t)))
            match.Add(new TermQuery(new Term(ClauseFields.Text, t)) { Boost = AccentedBoost }, Occur.SHOULD);
        foreach (var t in foldedTerms.Take(MaxQueryTerms / 2).Where(t => !pairsOnly || IsPair(t)))
            match.Add(new TermQuery(new Term(ClauseFields.TextFolded, t)), Occur.SHOULD);
        return match;
    }

    /// <summary>A syllable bigram of <see cref="VietnameseAnalyzer"/>: two syllables and the space between them.</summary>
    private static bool IsPair(string term) => term.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// The best <paramref name="top"/> clauses for <paramref name="match"/> among those that have every filter term. A filter
    /// few clauses pass drives the search (the match is only advanced to them); one that many pass is a bit set the match
    /// checks as it goes, which keeps Lucene's fastest, out-of-order scoring of disjunctions.
    /// </summary>
    private static TopDocs Filtered(IndexSearcher searcher, Query match, List<Term> filters, int top)
    {
        if (filters.Count == 0) return searcher.Search(match, top);
        var reader = searcher.IndexReader;
        if (filters.Min(reader.DocFreq) * SparseFilterShare < reader.MaxDoc)
        {
            var all = new BooleanQuery();
            foreach (var term in filters) all.Add(new TermQuery(term), Occur.MUST);
            return searcher.Search(match, new QueryWrapperFilter(all), top);
        }
        var weight = searcher.CreateNormalizedWeight(match);
        var collector = TopScoreDocCollector.Create(top, docsScoredInOrder: false);
        foreach (var leaf in reader.Leaves)
        {
            var accepted = Accepted(leaf.AtomicReader, filters);
            if (accepted is null) continue;
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: false, accepted)?.Score(collector);
        }
        return collector.GetTopDocs();
    }

    /// <summary>The live documents of the segment that have every filter term, or null when none has.</summary>
    private static FixedBitSet? Accepted(AtomicReader reader, List<Term> filters)
    {
        FixedBitSet? accepted = null;
        foreach (var term in filters)
        {
            var docs = reader.GetTermDocsEnum(term);
            if (docs is null) return null;
            var with = new FixedBitSet(reader.MaxDoc);
            with.Or(docs);
            if (accepted is null) accepted = with;
            else accepted.And(with);
        }
        return accepted;
    }

    /// <summary>The <paramref name="candidates"/> scored by <paramref name="whole"/>, best first (ties by document order), the first <paramref name="top"/>.</summary>
    private static TopDocs Rescore(IndexSearcher searcher, Query whole, ScoreDoc[] candidates, int top)
    {
        var weight = searcher.CreateNormalizedWeight(whole);
        var leaves = searcher.IndexReader.Leaves;
        var scored = new List<ScoreDoc>(candidates.Length);
        Scorer? scorer = null;
        var leafAt = -1;
        foreach (var candidate in candidates.OrderBy(c => c.Doc))
        {
            var at = ReaderUtil.SubIndex(candidate.Doc, leaves);
            if (at != leafAt)
            {
                leafAt = at;
                scorer = weight.GetScorer(leaves[at], leaves[at].AtomicReader.LiveDocs);
            }
            if (scorer is null) continue;
            var doc = candidate.Doc - leaves[at].DocBase;
            if (scorer.DocID < doc) scorer.Advance(doc);
            if (scorer.DocID == doc) scored.Add(new ScoreDoc(candidate.Doc, scorer.GetScore()));
        }
        var best = scored.OrderByDescending(d => d.Score).ThenBy(d => d.Doc).Take(top).ToArray();
        return new TopDocs(scored.Count, best, best.Length == 0 ? float.NaN : best[0].Score);
    }

    private List<PreviousHit> Collect(IndexSearcher searcher, TopDocs top, List<string> accentedTerms, List<string> foldedTerms)
    {
        var hits = new List<PreviousHit>(top.ScoreDocs.Length);
        foreach (var sd in top.ScoreDocs)
        {
            var doc = searcher.Doc(sd.Doc);
            var text = doc.Get(ClauseFields.Text) ?? "";
            hits.Add(new PreviousHit(
                doc.Get(ClauseFields.Source) ?? "",
                doc.Get(ClauseFields.Commune),
                doc.Get(ClauseFields.Path) ?? "",
                Enum.TryParse<ClauseKind>(doc.Get(ClauseFields.Kind), ignoreCase: true, out var k) ? k : ClauseKind.Node,
                text,
                sd.Score,
                Snippet(text, accentedTerms, foldedTerms),
                int.TryParse(doc.Get(ClauseFields.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null));
        }
        return hits;
    }

    /// <summary>The distinct terms <paramref name="analyzer"/> makes of <paramref name="text"/>, in order.</summary>
    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _, _) in Tokens(analyzer, text))
        {
            if (seen.Add(term)) terms.Add(term);
        }
        return terms;
    }

    private static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(ClauseFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    /// <summary>
    /// Marks the spans of <paramref name="text"/> whose tokens are query terms: bigram matches when there are any (they
    /// mark phrases, not every common syllable), otherwise single syllables.
    /// </summary>
    private string Snippet(string text, List<string> accentedTerms, List<string> foldedTerms)
    {
        var accented = new HashSet<string>(accentedTerms, StringComparer.Ordinal);
        var folded = new HashSet<string>(foldedTerms, StringComparer.Ordinal);
        var matches = Tokens(_accented, text).Where(t => accented.Contains(t.Term)).Select(t => (t.Start, t.End, Bigram: t.Term.Contains(' ')))
            .Concat(Tokens(_folded, text).Where(t => folded.Contains(t.Term)).Select(t => (t.Start, t.End, Bigram: t.Term.Contains(' '))))
            .ToList();
        var chosen = matches.Any(m => m.Bigram) ? matches.Where(m => m.Bigram) : matches;
        var spans = Merge(chosen.Select(m => (m.Start, m.End)));
        if (spans.Count == 0) return Cut(text, 0, Math.Min(text.Length, 2 * SnippetContext), []);
        var from = Math.Max(0, spans[0].Start - SnippetContext);
        var to = Math.Min(text.Length, spans[0].End + 2 * SnippetContext);
        return Cut(text, from, to, spans);
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }

    private static string Cut(string text, int from, int to, List<(int Start, int End)> spans)
    {
        // Widen to whole words so a snippet never starts or ends inside one.
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        var at = from;
        foreach (var (start, end) in spans)
        {
            if (end <= from || start >= to) continue;
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            sb.Append(text, at, s - at).Append(MarkStart).Append(text, s, e - s).Append(MarkEnd);
            at = e;
        }
        sb.Append(text, at, to - at);
        if (to < text.Length) sb.Append('…');
        return VietnameseText.CollapseSpaces(sb.ToString());
    }
}
