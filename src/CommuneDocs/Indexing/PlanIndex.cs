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
/// A Lucene index of plan clauses, in a folder or in memory. Each document is stored under a caller's key (the CLI uses
/// the name of the file that stands for it) with a content hash: updating a document whose hash has not changed writes
/// nothing, a changed one has all its clauses replaced at once. A document read from several files (the Word file and
/// the signed PDF) is one entry (<see cref="IndexEntry"/>) that lists them all. Every change is committed before the
/// method returns. Thread-safe.
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
    /// <summary>
    /// The format of the index this version writes and searches. 2 added the clause identity that keeps one hit per
    /// wording, the files of a document and the pages; an index of format 1 (every earlier version) is not searched:
    /// <see cref="Open"/> throws <see cref="IndexFormatException"/> and <see cref="Create"/> makes it anew.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>Memory a writer fills before it writes a segment: a few hundred plans (Lucene's default is 16 MB).</summary>
    internal const double RamBufferMB = 64;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _gate = new();
    private bool _disposed;

    private PlanIndex(LuceneDirectory directory, OpenMode mode)
    {
        _directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, CreateFieldAnalyzer())
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = RamBufferMB,
            // Merges only neighbouring segments, so documents keep the order they were written in (the tiered policy
            // merges any segments): a plan's clauses stay together and ties in search go to the plan indexed first.
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        _writer = new IndexWriter(directory, config);
        _writer.SetCommitData(new Dictionary<string, string> { [ClauseFields.FormatEntry] = FormatVersion.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>Opens the index in <paramref name="folder"/>, creating the folder and an empty index when missing.</summary>
    /// <exception cref="IndexFormatException">The folder holds an index of another <see cref="FormatVersion"/>, made by another version.</exception>
    /// <exception cref="IOException">The folder cannot be created, or holds an index that cannot be opened (locked or corrupt).</exception>
    public static PlanIndex Open(string folder) => OpenFolder(folder, OpenMode.CREATE_OR_APPEND);

    /// <summary>
    /// Makes a new, empty index in <paramref name="folder"/>, replacing any index there (of any format): what to do
    /// with an index an earlier version made (<see cref="IndexFormatException"/>), before indexing the plans again.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be created or written, or another process holds the index.</exception>
    public static PlanIndex Create(string folder) => OpenFolder(folder, OpenMode.CREATE);

    private static PlanIndex OpenFolder(string folder, OpenMode mode)
    {
        ArgumentNullException.ThrowIfNull(folder);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(new DirectoryInfo(folder));
        try
        {
            if (mode != OpenMode.CREATE && FormatOf(directory) is { } found && found != FormatVersion) throw new IndexFormatException(folder, found);
            return new PlanIndex(directory, mode);
        }
        catch (Exception ex) when (ex is LockObtainFailedException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            directory.Dispose();
            throw new IOException($"The index in '{folder}' cannot be opened: {ex.Message}", ex);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The format of the index in <paramref name="directory"/>: null when there is none, or none with a document; 1 when its commit does not say.</summary>
    private static int? FormatOf(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        if (infos.UserData.TryGetValue(ClauseFields.FormatEntry, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var format)) return format;
        return infos.TotalDocCount == 0 ? null : 1;
    }

    /// <summary>Creates an empty index that lives in memory only.</summary>
    public static PlanIndex CreateInMemory() => new(new RAMDirectory(), OpenMode.CREATE);

    /// <summary>Adds a plan; the same as <see cref="Update"/>.</summary>
    public IndexOutcome Add(PlanDocument plan, string sourceKey, string contentHash) => Update(plan, sourceKey, contentHash);

    /// <summary>
    /// Indexes <paramref name="plan"/> under <paramref name="sourceKey"/>: a no-op when the index already holds that key
    /// with <paramref name="contentHash"/>, otherwise the key's clauses are replaced by the plan's.
    /// </summary>
    public IndexOutcome Update(PlanDocument plan, string sourceKey, string contentHash) => UpdateAll([new IndexEntry(plan, sourceKey, contentHash)])[0];

    /// <summary>Indexes many plans as <see cref="UpdateAll(IEnumerable{IndexEntry}, int)"/> does, each a document of one file.</summary>
    /// <returns>The outcome of each plan, in order.</returns>
    public IReadOnlyList<IndexOutcome> UpdateAll(IEnumerable<(PlanDocument Plan, string SourceKey, string ContentHash)> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return UpdateAll(plans.Select(p => new IndexEntry(p.Plan, p.SourceKey, p.ContentHash)));
    }

    /// <summary>
    /// Indexes many documents as <see cref="Update"/> does each, in order, with one commit at the end instead of one per
    /// document: for a batch (the CLI's index command, a benchmark's index) it saves a flush, a commit and a searcher
    /// refresh per document. An entry also replaces the entries of its <see cref="IndexEntry.Identity"/> and of its
    /// other files' names. Searches see the documents once it returns. Should one fail, the ones before it are
    /// committed and the exception is thrown, as a loop over <see cref="Update"/> would leave the index.
    /// With <paramref name="maxDegreeOfParallelism"/> above 1 a batch large enough is cut into contiguous parts indexed
    /// on as many threads, and the index holds what writing the documents one after the other gives, in the same order.
    /// </summary>
    /// <returns>The outcome of each entry, in order: <see cref="IndexOutcome.Replaced"/> also when it replaced another key's entry.</returns>
    public IReadOnlyList<IndexOutcome> UpdateAll(IEnumerable<IndexEntry> entries, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var outcomes = new List<IndexOutcome>();
            // The keys written by this call: the searcher does not see them until the refresh at the end.
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            var pending = new List<(IndexEntry Entry, HashSet<string> Replaced)>();
            try
            {
                foreach (var entry in entries)
                {
                    ArgumentNullException.ThrowIfNull(entry);
                    ArgumentNullException.ThrowIfNull(entry.Plan);
                    ArgumentException.ThrowIfNullOrEmpty(entry.Key);
                    ArgumentNullException.ThrowIfNull(entry.ContentHash);
                    var existing = written.TryGetValue(entry.Key, out var hash) ? hash : HashOf(entry.Key);
                    if (existing == entry.ContentHash)
                    {
                        outcomes.Add(IndexOutcome.Unchanged);
                        continue;
                    }
                    var (replaced, replacesCommitted) = ReplacedKeys(entry, pending);
                    pending.Add((entry, replaced));
                    written[entry.Key] = entry.ContentHash;
                    outcomes.Add(existing is null && !replacesCommitted ? IndexOutcome.Added : IndexOutcome.Replaced);
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

    /// <summary>The names of the entry's other files that are not its key.</summary>
    private static IEnumerable<string> OtherFileNames(IndexEntry entry) =>
        entry.OtherFiles.Select(f => f.Source.File).Where(f => !string.Equals(f, entry.Key, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The other keys whose entries <paramref name="entry"/> replaces: its other files' names, and the keys of its
    /// identity, committed or written before it in this call; and whether one of them is an entry the committed index
    /// holds (the entry then counts as replaced, not added).
    /// </summary>
    private (HashSet<string> Keys, bool ReplacesCommitted) ReplacedKeys(IndexEntry entry, List<(IndexEntry Entry, HashSet<string> Replaced)> before)
    {
        var keys = new HashSet<string>(OtherFileNames(entry), StringComparer.Ordinal);
        var replacesCommitted = keys.Any(name => HashOf(name) is not null);
        if (entry.Identity is { } identity)
        {
            var committed = WithSearcher(searcher =>
            {
                var docs = searcher.Search(new TermQuery(new Term(ClauseFields.Identity, identity)), Math.Max(1, searcher.IndexReader.MaxDoc));
                return docs.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(ClauseFields.Key)).ToList();
            });
            replacesCommitted |= committed.Any(key => !string.Equals(key, entry.Key, StringComparison.Ordinal));
            keys.UnionWith(committed);
            keys.UnionWith(before.Where(p => p.Entry.Identity == identity).Select(p => p.Entry.Key));
        }
        keys.Remove(entry.Key);
        return (keys, replacesCommitted);
    }

    /// <summary>
    /// Writes the entries, each replacing what its key and the keys it replaces held: in place, one after the other,
    /// or in parts on several threads (<see cref="PartitionedWrite"/>). In parts every entry's deletions come first and
    /// only the entries no later entry replaces are written, which leaves what writing them in order leaves.
    /// </summary>
    private void Write(List<(IndexEntry Entry, HashSet<string> Replaced)> pending, int jobs)
    {
        var kept = Unreplaced(pending);
        var parts = PartitionedWrite.Parts([.. kept.Select(e => e.Plan)], jobs);
        foreach (var (entry, replaced) in pending)
        {
            foreach (var key in replaced) _writer.DeleteDocuments(new Term(ClauseFields.Key, key));
            if (parts == 1) _writer.UpdateDocuments(new Term(ClauseFields.Key, entry.Key), IndexDocuments.Of(entry));
            else _writer.DeleteDocuments(new Term(ClauseFields.Key, entry.Key));
        }
        if (parts > 1) PartitionedWrite.Write(_writer, [.. kept.Select(e => e.Plan)], i => IndexDocuments.Of(kept[i]), parts);
    }

    /// <summary>The entries no later entry replaces (by its key or one it replaces), in order.</summary>
    private static List<IndexEntry> Unreplaced(List<(IndexEntry Entry, HashSet<string> Replaced)> pending)
    {
        var later = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<IndexEntry>();
        for (var i = pending.Count - 1; i >= 0; i--)
        {
            var (entry, replaced) = pending[i];
            if (!later.Contains(entry.Key)) kept.Add(entry);
            later.Add(entry.Key);
            later.UnionWith(replaced);
        }
        kept.Reverse();
        return kept;
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
