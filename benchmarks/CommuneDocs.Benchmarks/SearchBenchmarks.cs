using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// Search latency on an index of a million clauses or more (issue #7), top 10. The index is built from generated plans
/// on the first run and kept in the temporary folder, under a name made of the generator's seed and plan count, for
/// the next runs; a build that did not finish is started again. Delete the folder to rebuild it after changing the
/// indexing.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    /// <summary>Plans indexed at most; the build stops at the plan that takes it to <see cref="MinClauses"/>.</summary>
    public const int MaxPlans = 12_000;

    /// <summary>The index holds at least this many clauses.</summary>
    public const int MinClauses = 1_000_000;

    private const string BuiltFile = "built.txt";

    private PlanIndex? _index;
    private ClauseSearch? _search;
    private string _commune = "";

    /// <summary>The cached index's folder.</summary>
    public static string Folder { get; } = Path.Combine(BenchmarkFolders.Root, $"search-index-seed{ScalePlans.Seed}-plans{MaxPlans}-clauses{MinClauses}");

    [GlobalSetup]
    public void Setup()
    {
        var built = Path.Combine(Folder, BuiltFile);
        if (!File.Exists(built)) Build(built);
        var lines = File.ReadAllLines(built);
        Console.WriteLine("// index " + Folder + ": " + string.Join("; ", lines));
        _commune = lines.Single(l => l.StartsWith("commune=", StringComparison.Ordinal))["commune=".Length..];
        _index = PlanIndex.Open(Folder);
        _search = new ClauseSearch(_index);
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark(Baseline = true)]
    public int Folded() => _search!.Search(new ClauseQuery("thanh toan truc tuyen")).Count;

    [Benchmark]
    public int Accented() => _search!.Search(new ClauseQuery("thanh toán trực tuyến")).Count;

    [Benchmark]
    public int FoldedInCommune() => _search!.Search(new ClauseQuery("thanh toan truc tuyen") { Commune = _commune }).Count;

    [Benchmark]
    public int FoldedTasksOnly() => _search!.Search(new ClauseQuery("thanh toan truc tuyen") { Kind = ClauseKind.Task }).Count;

    /// <summary>A filter most clauses pass (the generated plans are all of 2025).</summary>
    [Benchmark]
    public int FoldedInYear() => _search!.Search(new ClauseQuery("thanh toan truc tuyen") { Year = 2025 }).Count;

    /// <summary>A rarer phrase, the kind of query a user types to find one task.</summary>
    [Benchmark]
    public int RarerPhrase() => _search!.Search(new ClauseQuery("phan anh kien nghi")).Count;

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
