using CommuneDocs.Dev.Scale;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// Plans of the seeded scale corpus (<c>communedocs-dev generate</c>, issue #7), composed and parsed in memory: the same
/// plans the command writes as <c>.txt</c> for the same count and seed, without touching the disk.
/// </summary>
public static class ScalePlans
{
    /// <summary>The seed the scale benchmarks use (the one RESULTS.md's whole-process figures used for 100 and 1,000 plans).</summary>
    public const int Seed = 7;

    private static readonly Lazy<ScalePool> Pool = new(() => ScalePool.Load(CorpusFiles.Directory));

    /// <summary>
    /// <paramref name="count"/> generated plans, parsed from their text files' bytes on all processors, in batches of
    /// <paramref name="batch"/> so that a caller who streams them (the million-clause index) never holds them all.
    /// </summary>
    public static IEnumerable<IReadOnlyList<PlanDocument>> ParseBatches(int count, int seed = Seed, int batch = 500)
    {
        var plans = ScaleCorpusGenerator.Compose(Pool.Value, new ScaleOptions(count, seed, OutDir: "", Jobs: Environment.ProcessorCount));
        foreach (var chunk in plans.Chunk(batch))
            yield return chunk.AsParallel().AsOrdered().Select(p => PlanParser.Parse(new MemoryStream(PlanWriters.Text(p), writable: false), p.Stem + ".txt")).ToList();
    }

    /// <summary>All <paramref name="count"/> generated plans, parsed.</summary>
    public static List<PlanDocument> Parse(int count, int seed = Seed) => ParseBatches(count, seed).SelectMany(b => b).ToList();
}
