using CommuneDocs.Indexing;
using CommuneDocs.Model;
using Lucene.Net.Index;

namespace CommuneDocs.Tests.Indexing;

/// <summary>
/// <see cref="PlanIndex.UpdateAll(IEnumerable{IndexEntry}, int)"/> on several threads
/// writes the index one thread writes: the same documents in the same order, so searches rank alike.
/// </summary>
public class ParallelIndexingTests
{
    private static readonly Lazy<List<PlanDocument>> CorpusPlans = new(() =>
        [.. Directory.GetFiles(TestPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(f => PlanParser.Parse(f))]);

    /// <summary>The corpus plans as many communes' plans: enough clauses for several parts.</summary>
    private static List<IndexEntry> Batch(int copies, string hash = "h1") =>
    [
        .. Enumerable.Range(0, copies).SelectMany(i => CorpusPlans.Value.Select(p => new IndexEntry(p with { Commune = $"Xã Số {i}" }, $"{i:00}/{p.Source.File}", hash))),
    ];

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(16)]
    public void UpdateAll_OnSeveralThreads_WritesTheDocumentsOneThreadWrites(int jobs)
    {
        var batch = Batch(12);
        using var serial = PlanIndex.CreateInMemory();
        using var parallel = PlanIndex.CreateInMemory();
        var serialOutcomes = serial.UpdateAll(batch, 1);
        var parallelOutcomes = parallel.UpdateAll(batch, jobs);

        Assert.Multiple(() =>
        {
            Assert.That(PartitionedWrite.Parts([.. batch.Select(b => b.Plan)], jobs), Is.GreaterThan(1), "the batch is cut into parts");
            Assert.That(parallelOutcomes, Is.EqualTo(serialOutcomes));
            Assert.That(Documents(parallel), Is.EqualTo(Documents(serial)));
            Assert.That(Hits(parallel, "thanh toán trực tuyến"), Is.EqualTo(Hits(serial, "thanh toán trực tuyến")));
        });
    }

    [Test]
    public void UpdateAll_OnSeveralThreads_ReplacesChangedPlansAndKeepsTheLastOfAKeyGivenTwice()
    {
        var first = Batch(8);
        var second = Batch(8, hash: "h2").Where((_, i) => i % 3 == 0).ToList();
        var twice = first[1] with { Plan = first[1].Plan with { Tasks = [first[1].Plan.Tasks[0]] }, ContentHash = "h3" };
        second.Add(twice);
        second.AddRange(Batch(10).Skip(first.Count));
        using var serial = PlanIndex.CreateInMemory();
        using var parallel = PlanIndex.CreateInMemory();
        serial.UpdateAll(first, 1);
        parallel.UpdateAll(first, 4);

        var serialOutcomes = serial.UpdateAll(second, 1);
        var parallelOutcomes = parallel.UpdateAll(second, 4);

        Assert.Multiple(() =>
        {
            Assert.That(parallelOutcomes, Is.EqualTo(serialOutcomes));
            Assert.That(Documents(parallel), Is.EqualTo(Documents(serial)));
            Assert.That(parallel.ContentHash(twice.Key), Is.EqualTo("h3"));
            Assert.That(parallel.ClauseCount(twice.Key), Is.EqualTo(serial.ClauseCount(twice.Key)));
        });
    }

    [Test]
    public void UpdateAll_OnSeveralThreads_KeepsOnlyTheLastEntryOfAnIdentityOrOfAnOtherFile()
    {
        var batch = Batch(12);
        // The 4th entry is the same document as the 2nd under another file; the 7th names the 5th's file as its own.
        batch[3] = batch[3] with { Identity = "doc-a" };
        batch[1] = batch[1] with { Identity = "doc-a" };
        batch[6] = batch[6] with { OtherFiles = [batch[4].Plan with { Source = batch[4].Plan.Source with { File = batch[4].Key } }] };
        using var serial = PlanIndex.CreateInMemory();
        using var parallel = PlanIndex.CreateInMemory();

        var serialOutcomes = serial.UpdateAll(batch, 1);
        var parallelOutcomes = parallel.UpdateAll(batch, 4);

        Assert.Multiple(() =>
        {
            Assert.That(parallelOutcomes, Is.EqualTo(serialOutcomes));
            Assert.That(Documents(parallel), Is.EqualTo(Documents(serial)));
            Assert.That(parallel.SourceKeys, Does.Not.Contain(batch[1].Key).And.Not.Contain(batch[4].Key));
            Assert.That(parallel.ClauseCount(batch[1].Key) + parallel.ClauseCount(batch[4].Key), Is.Zero);
        });
    }

    [Test]
    public void UpdateAll_FewClauses_WritesInPlace() =>
        Assert.That(PartitionedWrite.Parts([CorpusPlans.Value[0], CorpusPlans.Value[1]], 16), Is.EqualTo(1));

    /// <summary>Every live document's key, path and text, in document order.</summary>
    private static List<string> Documents(PlanIndex index) => index.WithSearcher(searcher =>
    {
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var docs = new List<string>();
        for (var d = 0; d < reader.MaxDoc; d++)
        {
            if (live is not null && !live.Get(d)) continue;
            var doc = reader.Document(d);
            docs.Add($"{doc.Get(ClauseFields.Key)} {doc.Get(ClauseFields.Path)} {doc.Get(ClauseFields.Text)}");
        }
        return docs;
    });

    private static List<string> Hits(PlanIndex index, string query) =>
        [.. new ClauseSearch(index).Search(new ClauseQuery(query) { Top = 30 }).Select(h => $"{h.Source} {h.Path} {h.Score}")];
}
