using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace CommuneDocs.Indexing;

/// <summary>A task of another plan that the index finds like a given task.</summary>
/// <param name="SourceKey">The key of the plan it belongs to.</param>
/// <param name="TaskId">Its id ("II.5").</param>
/// <param name="Score">The MoreLikeThis (BM25) score; comparable within one query only.</param>
internal sealed record TaskCandidate(string SourceKey, string TaskId, float Score);

/// <summary>
/// Finds, for a task's title and items, the tasks of other plans that share its most telling folded syllables and
/// bigrams (Lucene <see cref="MoreLikeThis"/> over title + items). It only proposes candidates; the comparer scores them.
/// </summary>
internal static class TaskCandidates
{
    /// <summary>Query terms MoreLikeThis keeps: enough for a title and a few items.</summary>
    public const int MaxQueryTerms = 60;

    // Analyzers are thread-safe (Lucene keeps their token streams per thread); one serves every query.
    private static readonly VietnameseAnalyzer Folded = new(folded: true);

    public static IReadOnlyList<TaskCandidate> Find(PlanIndex index, string taskText, IReadOnlyCollection<string> sourceKeys, int top)
    {
        if (sourceKeys.Count == 0 || string.IsNullOrWhiteSpace(taskText)) return [];
        return index.WithSearcher(searcher => Find(searcher, taskText, sourceKeys, top));
    }

    private static List<TaskCandidate> Find(IndexSearcher searcher, string taskText, IReadOnlyCollection<string> sourceKeys, int top)
    {
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = Folded,
            FieldNames = [ClauseFields.TaskBodyFolded],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = MaxQueryTerms,
        };
        using var reader = new StringReader(taskText);
        var like = mlt.Like(reader, ClauseFields.TaskBodyFolded);
        var sources = new BooleanQuery();
        foreach (var key in sourceKeys) sources.Add(new TermQuery(new Term(ClauseFields.Key, key)), Occur.SHOULD);
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(ClauseFields.Kind, PlanIndex.KindName(ClauseKind.Task))), Occur.MUST },
            { sources, Occur.MUST },
        };
        var hits = searcher.Search(like, new QueryWrapperFilter(filter), top);
        return hits.ScoreDocs.Select(sd =>
        {
            var doc = searcher.Doc(sd.Doc);
            return new TaskCandidate(doc.Get(ClauseFields.Key) ?? "", doc.Get(ClauseFields.Path) ?? "", sd.Score);
        }).ToList();
    }
}
