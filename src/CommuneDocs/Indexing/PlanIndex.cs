using System.Globalization;
using CommuneDocs.Model;
using CommuneDocs.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CommuneDocs.Indexing;

/// <summary>
/// A Lucene index of plan clauses, in a folder or in memory. Each plan is stored under a caller's key (the CLI uses the
/// file name) with a content hash: updating a plan whose hash has not changed writes nothing, a changed plan has all its
/// clauses replaced at once. Every change is committed before the method returns. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// using var index = PlanIndex.Open("index/");
/// index.Update(plan, "000_x.txt", hash);
/// var hits = new ClauseSearch(index).Search(new ClauseQuery("thanh toan truc tuyen"));
/// </code>
/// </example>
public sealed class PlanIndex : IDisposable
{
    /// <summary>Memory a writer fills before it writes a segment: a few hundred plans (Lucene's default is 16 MB).</summary>
    internal const double RamBufferMB = 64;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _gate = new();
    private bool _disposed;

    private PlanIndex(LuceneDirectory directory)
    {
        _directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, CreateFieldAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = RamBufferMB,
            // Merges only neighbouring segments, so documents keep the order they were written in (the tiered policy
            // merges any segments): a plan's clauses stay together and ties in search go to the plan indexed first.
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        _writer = new IndexWriter(directory, config);
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>Opens the index in <paramref name="folder"/>, creating the folder and an empty index when missing.</summary>
    /// <exception cref="IOException">The folder cannot be created, or holds an index that cannot be opened (locked or corrupt).</exception>
    public static PlanIndex Open(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(new DirectoryInfo(folder));
        try
        {
            return new PlanIndex(directory);
        }
        catch (Exception ex) when (ex is LockObtainFailedException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            directory.Dispose();
            throw new IOException($"The index in '{folder}' cannot be opened: {ex.Message}", ex);
        }
    }

    /// <summary>Creates an empty index that lives in memory only.</summary>
    public static PlanIndex CreateInMemory() => new(new RAMDirectory());

    /// <summary>Adds a plan; the same as <see cref="Update"/>.</summary>
    public IndexOutcome Add(PlanDocument plan, string sourceKey, string contentHash) => Update(plan, sourceKey, contentHash);

    /// <summary>
    /// Indexes <paramref name="plan"/> under <paramref name="sourceKey"/>: a no-op when the index already holds that key
    /// with <paramref name="contentHash"/>, otherwise the key's clauses are replaced by the plan's.
    /// </summary>
    public IndexOutcome Update(PlanDocument plan, string sourceKey, string contentHash) => UpdateAll([(plan, sourceKey, contentHash)])[0];

    /// <summary>
    /// Indexes many plans as <see cref="Update"/> does each, in order, with one commit at the end instead of one per
    /// plan: for a batch (the CLI's index command, a benchmark's index) it saves a flush, a commit and a searcher
    /// refresh per plan. Searches see the plans once it returns. Should a plan fail, the plans before it are committed
    /// and the exception is thrown, as a loop over <see cref="Update"/> would leave the index.
    /// </summary>
    /// <returns>The outcome of each plan, in order.</returns>
    public IReadOnlyList<IndexOutcome> UpdateAll(IEnumerable<(PlanDocument Plan, string SourceKey, string ContentHash)> plans) => UpdateAll(plans, 1);

    /// <summary>
    /// Indexes many plans as <see cref="UpdateAll(IEnumerable{ValueTuple{PlanDocument, string, string}})"/> does, on up
    /// to <paramref name="maxDegreeOfParallelism"/> threads: a batch large enough is cut into contiguous parts indexed
    /// at once, and the index holds what writing the plans one after the other gives, in the same order.
    /// </summary>
    /// <returns>The outcome of each plan, in order.</returns>
    public IReadOnlyList<IndexOutcome> UpdateAll(IEnumerable<(PlanDocument Plan, string SourceKey, string ContentHash)> plans, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var outcomes = new List<IndexOutcome>();
            // The keys written by this call: the searcher does not see them until the refresh at the end.
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            var pending = new List<(PlanDocument Plan, string SourceKey, string ContentHash)>();
            try
            {
                foreach (var (plan, sourceKey, contentHash) in plans)
                {
                    ArgumentNullException.ThrowIfNull(plan);
                    ArgumentException.ThrowIfNullOrEmpty(sourceKey);
                    ArgumentNullException.ThrowIfNull(contentHash);
                    var existing = written.TryGetValue(sourceKey, out var hash) ? hash : HashOf(sourceKey);
                    if (existing == contentHash)
                    {
                        outcomes.Add(IndexOutcome.Unchanged);
                        continue;
                    }
                    pending.Add((plan, sourceKey, contentHash));
                    written[sourceKey] = contentHash;
                    outcomes.Add(existing is null ? IndexOutcome.Added : IndexOutcome.Replaced);
                }
            }
            finally
            {
                // The plans accepted before a failure are written and committed, as a loop over Update would leave them.
                try
                {
                    Write(pending, maxDegreeOfParallelism);
                }
                finally
                {
                    if (pending.Count > 0)
                    {
                        _writer.Commit();
                        _searchers.MaybeRefreshBlocking();
                    }
                }
            }
            return outcomes;
        }
    }

    /// <summary>Writes the plans, each replacing what its key held: in place, or in parts on several threads (<see cref="PartitionedWrite"/>).</summary>
    private void Write(List<(PlanDocument Plan, string SourceKey, string ContentHash)> pending, int jobs)
    {
        // A key written twice in one call keeps its last plan.
        var lastOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pending.Count; i++) lastOf[pending[i].SourceKey] = i;
        var last = pending.Where((p, i) => lastOf[p.SourceKey] == i).ToList();
        var parts = PartitionedWrite.Parts([.. last.Select(p => p.Plan)], jobs);
        if (parts == 1)
        {
            foreach (var (plan, sourceKey, contentHash) in pending) _writer.UpdateDocuments(new Term(ClauseFields.Key, sourceKey), Documents(plan, sourceKey, contentHash));
            return;
        }
        foreach (var (_, sourceKey, _) in last) _writer.DeleteDocuments(new Term(ClauseFields.Key, sourceKey));
        PartitionedWrite.Write(_writer, [.. last.Select(p => p.Plan)], i => Documents(last[i].Plan, last[i].SourceKey, last[i].ContentHash), parts);
    }

    /// <summary>Removes every clause of the plan under <paramref name="sourceKey"/>; false when the index did not hold it.</summary>
    public bool Remove(string sourceKey)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (HashOf(sourceKey) is null) return false;
            _writer.DeleteDocuments(new Term(ClauseFields.Key, sourceKey));
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            return true;
        }
    }

    /// <summary>The content hash stored for <paramref name="sourceKey"/>, or null when the index does not hold it.</summary>
    public string? ContentHash(string sourceKey)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return HashOf(sourceKey);
        }
    }

    /// <summary>The keys of the plans the index holds, in ordinal order.</summary>
    public IReadOnlyList<string> SourceKeys
    {
        get => WithSearcher(searcher =>
        {
            var docs = searcher.Search(new TermQuery(new Term(ClauseFields.DocType, ClauseFields.PlanDoc)), Math.Max(1, searcher.IndexReader.MaxDoc));
            return docs.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(ClauseFields.Key)).Order(StringComparer.Ordinal).ToList();
        });
    }

    /// <summary>How many clauses the index holds, for all plans or for the plan under <paramref name="sourceKey"/>.</summary>
    public int ClauseCount(string? sourceKey = null)
    {
        var query = new BooleanQuery { { new TermQuery(new Term(ClauseFields.DocType, ClauseFields.ClauseDoc)), Occur.MUST } };
        if (sourceKey is not null) query.Add(new TermQuery(new Term(ClauseFields.Key, sourceKey)), Occur.MUST);
        return WithSearcher(searcher => searcher.Search(query, 1).TotalHits);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
    }

    /// <summary>The analyzer for each field: accented text, and the folded variant for the folded fields.</summary>
    internal static Analyzer CreateFieldAnalyzer() => new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(), new Dictionary<string, Analyzer>
    {
        [ClauseFields.TextFolded] = new VietnameseAnalyzer(folded: true),
        [ClauseFields.TaskBodyFolded] = new VietnameseAnalyzer(folded: true),
    });

    /// <summary>
    /// Runs <paramref name="use"/> with a searcher over everything committed so far. The searcher is held for the call
    /// only, so a concurrent update cannot close its reader underneath it (Lucene's <see cref="SearcherManager"/>).
    /// </summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private string? HashOf(string sourceKey)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ClauseFields.DocType, ClauseFields.PlanDoc)), Occur.MUST },
            { new TermQuery(new Term(ClauseFields.Key, sourceKey)), Occur.MUST },
        };
        return WithSearcher(searcher =>
        {
            var top = searcher.Search(query, 1);
            return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).Get(ClauseFields.Hash);
        });
    }

    private static IEnumerable<IEnumerable<IIndexableField>> Documents(PlanDocument plan, string sourceKey, string contentHash)
    {
        var planDoc = new Document
        {
            new StringField(ClauseFields.DocType, ClauseFields.PlanDoc, Field.Store.YES),
            new StringField(ClauseFields.Key, sourceKey, Field.Store.YES),
            new StringField(ClauseFields.Hash, contentHash, Field.Store.YES),
            new StringField(ClauseFields.Source, plan.Source.File, Field.Store.YES),
        };
        yield return planDoc;
        foreach (var clause in ClauseExtractor.Extract(plan))
        {
            var doc = new Document
            {
                new StringField(ClauseFields.DocType, ClauseFields.ClauseDoc, Field.Store.NO),
                new StringField(ClauseFields.Key, sourceKey, Field.Store.YES),
                new StringField(ClauseFields.Source, plan.Source.File, Field.Store.YES),
                new StringField(ClauseFields.Kind, KindName(clause.Kind), Field.Store.YES),
                new StringField(ClauseFields.Path, clause.Path, Field.Store.YES),
                new TextField(ClauseFields.Text, clause.Text, Field.Store.YES),
                new TextField(ClauseFields.TextFolded, clause.Text, Field.Store.NO),
            };
            if (plan.Commune is { } commune)
            {
                doc.Add(new StoredField(ClauseFields.Commune, commune));
                doc.Add(new StringField(ClauseFields.CommuneKey, CommuneKey(commune), Field.Store.NO));
            }
            if (plan.Province is { } province) doc.Add(new StoredField(ClauseFields.Province, province));
            if (plan.Title is { } title) doc.Add(new StoredField(ClauseFields.PlanTitle, title));
            if (clause.Year is { } year) doc.Add(new StringField(ClauseFields.Year, year.ToString(CultureInfo.InvariantCulture), Field.Store.YES));
            if (clause.TaskBody is { } body) doc.Add(new TextField(ClauseFields.TaskBodyFolded, body, Field.Store.NO));
            yield return doc;
        }
    }

    /// <summary>The kind's name in the index and on the command line: "task", "item", "target", "duty", "row", "node".</summary>
    internal static string KindName(ClauseKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A commune name folded for filtering: "Cẩm Giang", "cam giang" and "CAM GIANG" give one key.</summary>
    internal static string CommuneKey(string commune) => VietnameseText.Fold(commune);

    /// <summary>Searchers that score with BM25, as the writer does.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
