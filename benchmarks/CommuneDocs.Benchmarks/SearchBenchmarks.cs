using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CommuneDocs.Benchmarks.Baselines;
using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// Search latency on an index of a million clauses or more (issue #7), top 10. The index is built from generated plans
/// on the first run and kept in the temporary folder, under a name made of the generator's seed and plan count, for
/// the next runs; a build that did not finish is started again. The folder's name holds the index format
/// (<see cref="PlanIndex.FormatVersion"/>); delete the folder to rebuild it after another change to the indexing.
/// Each query is timed with the search before one hit per wording (<see cref="PreviousClauseSearch"/>, the baseline of
/// its category) and with <see cref="ClauseSearch"/>, on the same index in the same run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SearchBenchmarks
{
    /// <summary>Plans indexed at most; the build stops at the plan that takes it to <see cref="MinClauses"/>.</summary>
    public const int MaxPlans = 12_000;

    /// <summary>The index holds at least this many clauses.</summary>
    public const int MinClauses = 1_000_000;

    private const string BuiltFile = "built.txt";

    private PlanIndex? _index;
    private ClauseSearch? _search;
    private PreviousClauseSearch? _previous;
    private string _commune = "";

    /// <summary>The cached index's folder.</summary>
    public static string Folder { get; } = Path.Combine(BenchmarkFolders.Root, $"search-index-seed{ScalePlans.Seed}-plans{MaxPlans}-clauses{MinClauses}-format{PlanIndex.FormatVersion}");

    /// <summary>The queries timed, by name: a folded one, an accented one, three filters, a rarer phrase.</summary>
    public static IReadOnlyList<(string Name, Func<string, ClauseQuery> Query)> Queries { get; } =
    [
        ("Folded", _ => new ClauseQuery("thanh toan truc tuyen")),
        ("Accented", _ => new ClauseQuery("thanh toán trực tuyến")),
        ("FoldedInCommune", commune => new ClauseQuery("thanh toan truc tuyen") { Commune = commune }),
        ("FoldedTasksOnly", _ => new ClauseQuery("thanh toan truc tuyen") { Kind = ClauseKind.Task }),
        // A filter most clauses pass (the generated plans are all of 2025).
        ("FoldedInYear", _ => new ClauseQuery("thanh toan truc tuyen") { Year = 2025 }),
        // A rarer phrase, the kind of query a user types to find one task.
        ("RarerPhrase", _ => new ClauseQuery("phan anh kien nghi")),
    ];

    [GlobalSetup]
    public void Setup()
    {
        (_index, _commune) = OpenIndex();
        _search = new ClauseSearch(_index);
        _previous = new PreviousClauseSearch(_index);
    }

    /// <summary>The million-clause index, built first when missing, and the commune of its first plan.</summary>
    public static (PlanIndex Index, string Commune) OpenIndex()
    {
        var built = Path.Combine(Folder, BuiltFile);
        if (!File.Exists(built)) Build(built);
        var lines = File.ReadAllLines(built);
        Console.WriteLine("// index " + Folder + ": " + string.Join("; ", lines));
        var commune = lines.Single(l => l.StartsWith("commune=", StringComparison.Ordinal))["commune=".Length..];
        return (PlanIndex.Open(Folder), commune);
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    private int Before(int query) => _previous!.Search(Queries[query].Query(_commune)).Count;

    private int After(int query) => _search!.Search(Queries[query].Query(_commune)).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("Folded")]
    public int FoldedBefore() => Before(0);

    [Benchmark, BenchmarkCategory("Folded")]
    public int Folded() => After(0);

    [Benchmark(Baseline = true), BenchmarkCategory("Accented")]
    public int AccentedBefore() => Before(1);

    [Benchmark, BenchmarkCategory("Accented")]
    public int Accented() => After(1);

    [Benchmark(Baseline = true), BenchmarkCategory("FoldedInCommune")]
    public int FoldedInCommuneBefore() => Before(2);

    [Benchmark, BenchmarkCategory("FoldedInCommune")]
    public int FoldedInCommune() => After(2);

    [Benchmark(Baseline = true), BenchmarkCategory("FoldedTasksOnly")]
    public int FoldedTasksOnlyBefore() => Before(3);

    [Benchmark, BenchmarkCategory("FoldedTasksOnly")]
    public int FoldedTasksOnly() => After(3);

    [Benchmark(Baseline = true), BenchmarkCategory("FoldedInYear")]
    public int FoldedInYearBefore() => Before(4);

    [Benchmark, BenchmarkCategory("FoldedInYear")]
    public int FoldedInYear() => After(4);

    [Benchmark(Baseline = true), BenchmarkCategory("RarerPhrase")]
    public int RarerPhraseBefore() => Before(5);

    [Benchmark, BenchmarkCategory("RarerPhrase")]
    public int RarerPhrase() => After(5);

    /// <summary>Indexes generated plans until <see cref="MinClauses"/>, then writes <paramref name="built"/>, the mark of a finished build.</summary>
    private static void Build(string built)
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        var watch = Stopwatch.StartNew();
        var parsing = TimeSpan.Zero;
        var plans = 0;
        var clauses = 0;
        string? commune = null;
        using (var index = PlanIndex.Open(Folder))
        {
            var parse = Stopwatch.StartNew();
            foreach (var batch in ScalePlans.ParseBatches(MaxPlans))
            {
                parsing += parse.Elapsed;
                var taken = new List<PlanDocument>();
                foreach (var plan in batch)
                {
                    if (clauses >= MinClauses) break;
                    taken.Add(plan);
                    clauses += ClauseExtractor.Extract(plan).Count();
                }
                index.UpdateAll(taken.Select(p => (p, p.Source.File, "")));
                commune ??= taken.FirstOrDefault()?.Commune;
                plans += taken.Count;
                Console.WriteLine($"// building {Folder}: {plans} plans, {clauses} clauses, {watch.Elapsed.TotalSeconds:F0} s");
                if (clauses >= MinClauses) break;
                parse.Restart();
            }
            clauses = index.ClauseCount();
        }
        var indexing = watch.Elapsed - parsing;
        File.WriteAllLines(built,
        [
            $"plans={plans}",
            $"clauses={clauses}",
            $"commune={commune}",
            string.Create(CultureInfo.InvariantCulture, $"build_seconds={watch.Elapsed.TotalSeconds:F1} (parsing {parsing.TotalSeconds:F1}, indexing {indexing.TotalSeconds:F1}, {clauses / indexing.TotalSeconds:F0} clauses/s)"),
        ]);
    }
}
