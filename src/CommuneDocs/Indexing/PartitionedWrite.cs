using System.Runtime.ExceptionServices;
using CommuneDocs.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CommuneDocs.Indexing;

/// <summary>
/// Writes a batch of plans into an index on several threads, the documents in the batch's order: the batch is cut into
/// contiguous parts, each part is indexed on its own thread by its own writer into a segment in memory (analysis and
/// inversion, the cost of indexing, run in parallel), and the segments are added to the index in order
/// (<see cref="IndexWriter.AddIndexes(LuceneDirectory[])"/> copies them as they are). The index holds what writing
/// the plans one after the other would give: the same documents, in the same order, with the same statistics.
/// One <see cref="IndexWriter"/> shared by the threads would also run in parallel, but it puts each thread's
/// documents in a segment of its own in the order the threads happen to flush, and search breaks ties by document.
/// </summary>
internal static class PartitionedWrite
{
    /// <summary>Fewer clauses a part than this are not worth a writer of their own.</summary>
    public const int MinClausesPerPart = 2000;

    /// <summary>How many parts <paramref name="plans"/> are best cut into with <paramref name="jobs"/> threads: 1 means write them in place.</summary>
    public static int Parts(IReadOnlyList<PlanDocument> plans, int jobs)
    {
        if (jobs <= 1 || plans.Count < 2) return 1;
        var clauses = plans.Sum(EstimatedClauses);
        return Math.Clamp(clauses / MinClausesPerPart, 1, Math.Min(jobs, plans.Count));
    }

    /// <summary>
    /// Indexes <paramref name="plans"/> (each <c>documents(i)</c>, keys already unique) in <paramref name="parts"/>
    /// parts on as many threads and adds them to <paramref name="target"/> in order. Should a plan fail, the plans
    /// before it are added and the first failure is thrown, as writing them one after the other would leave the index.
    /// </summary>
    public static void Write(IndexWriter target, IReadOnlyList<PlanDocument> plans, Func<int, IEnumerable<IEnumerable<IIndexableField>>> documents,
        int parts)
    {
        var bounds = Bounds(plans, parts);
        var directories = new LuceneDirectory[parts];
        var failures = new Exception?[parts];
        try
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                directories[part] = new RAMDirectory();
                failures[part] = WritePart(directories[part], bounds[part], bounds[part + 1], documents, target.Config.Analyzer);
            });
            var failed = Array.FindIndex(failures, f => f is not null);
            target.AddIndexes(failed < 0 ? directories : directories[..(failed + 1)]);
            if (failed >= 0) ExceptionDispatchInfo.Capture(failures[failed]!).Throw();
        }
        finally
        {
            foreach (var directory in directories) directory?.Dispose();
        }
    }

    /// <summary>Indexes plans <paramref name="from"/> to <paramref name="to"/> (excluded) into <paramref name="directory"/>; the failure, if one stopped it, after committing the plans before it.</summary>
    private static Exception? WritePart(LuceneDirectory directory, int from, int to, Func<int, IEnumerable<IEnumerable<IIndexableField>>> documents,
        Lucene.Net.Analysis.Analyzer analyzer)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // The part's segments are copied into the index, which merges them by its own policy.
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
            RAMBufferSizeMB = PlanIndex.RamBufferMB,
        };
        using var writer = new IndexWriter(directory, config);
        Exception? failure = null;
        try
        {
            for (var i = from; i < to; i++) writer.AddDocuments(documents(i));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failure = ex;
        }
        writer.Commit();
        return failure;
    }

    /// <summary>Where each part starts (and, last, where the plans end): contiguous parts of about equal clauses.</summary>
    private static int[] Bounds(IReadOnlyList<PlanDocument> plans, int parts)
    {
        var total = plans.Sum(EstimatedClauses);
        var bounds = new int[parts + 1];
        bounds[parts] = plans.Count;
        var sum = 0L;
        var part = 1;
        for (var i = 0; i < plans.Count && part < parts; i++)
        {
            sum += EstimatedClauses(plans[i]);
            // A part ends once it holds its share, or when the plans left are just enough for one in each part after it.
            if (sum * parts >= (long)total * part || plans.Count - (i + 1) <= parts - part) bounds[part++] = i + 1;
        }
        return bounds;
    }

    /// <summary>About how many clauses <see cref="ClauseExtractor"/> makes of the plan, without making them.</summary>
    private static int EstimatedClauses(PlanDocument plan) =>
        1 + plan.Tasks.Sum(t => 1 + t.Items.Length) + plan.Targets.Length + plan.Units.Sum(u => u.Duties.Length) + plan.Tables.Sum(t => t.Rows.Length) + Nodes(plan.Outline);

    private static int Nodes(IEnumerable<OutlineNode> nodes) => nodes.Sum(n => 1 + Nodes(n.Children));
}
