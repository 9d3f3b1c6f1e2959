using System.Diagnostics;
using System.Globalization;
using CommuneDocs.Benchmarks.Baselines;
using CommuneDocs.Indexing;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// Per-call search latency on the million-clause index of <see cref="SearchBenchmarks"/>: each query is run by the
/// search before one hit per wording (<see cref="PreviousClauseSearch"/>) and by <see cref="ClauseSearch"/> back to back,
/// in alternating order, and the medians, 99th percentiles and the median of the pairs' ratios are printed. A
/// BenchmarkDotNet iteration times the mean of many calls; this gives the tail a person waiting for one search sees,
/// and the first search after opening the index; then each query alone, with what a call allocates.
/// Run: <c>dotnet run -c Release --project benchmarks/CommuneDocs.Benchmarks -- latency [calls]</c>.
/// </summary>
public static class SearchLatency
{
    private const int WarmUpCalls = 50;

    public static void Run(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        var (index, commune) = SearchBenchmarks.OpenIndex();
        using (index)
        {
            var after = new ClauseSearch(index);
            var before = new PreviousClauseSearch(index);
            // The first search of each pays the JIT, and the new one also reads each segment's wording identities and first copies.
            var firstBefore = Time(() => before.Search(SearchBenchmarks.Queries[0].Query(commune)));
            var firstAfter = Time(() => after.Search(SearchBenchmarks.Queries[0].Query(commune)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First search after opening the index: before {firstBefore:F0} ms, after {firstAfter:F0} ms."));
            Console.WriteLine($"| query | before: median, p99 | after: median, p99 | ratio after/before, median of {calls} pairs |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (name, make) in SearchBenchmarks.Queries)
            {
                var query = make(commune);
                for (var i = 0; i < WarmUpCalls; i++)
                {
                    before.Search(query);
                    after.Search(query);
                }
                var beforeTimes = new double[calls];
                var afterTimes = new double[calls];
                var ratios = new double[calls];
                for (var i = 0; i < calls; i++)
                {
                    if (i % 2 == 0)
                    {
                        beforeTimes[i] = Time(() => before.Search(query));
                        afterTimes[i] = Time(() => after.Search(query));
                    }
                    else
                    {
                        afterTimes[i] = Time(() => after.Search(query));
                        beforeTimes[i] = Time(() => before.Search(query));
                    }
                    ratios[i] = afterTimes[i] / beforeTimes[i];
                }
                Array.Sort(beforeTimes);
                Array.Sort(afterTimes);
                Array.Sort(ratios);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {Quantile(beforeTimes, 0.5):F1} ms, {Quantile(beforeTimes, 0.99):F1} ms | {Quantile(afterTimes, 0.5):F1} ms, {Quantile(afterTimes, 0.99):F1} ms | {Quantile(ratios, 0.5):F2} |"));
            }
            // The pairs share one heap: the old search's garbage is collected during the new one's calls too. Alone,
            // the new search meets only its own collections, as a program that searches does.
            Console.WriteLine();
            Console.WriteLine($"| query | alone: median, p99 of {calls} calls | allocated a call |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (name, make) in SearchBenchmarks.Queries)
            {
                var query = make(commune);
                for (var i = 0; i < WarmUpCalls; i++) after.Search(query);
                var times = new double[calls];
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < calls; i++) times[i] = Time(() => after.Search(query));
                var perCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
                Array.Sort(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Quantile(times, 0.5):F1} ms, {Quantile(times, 0.99):F1} ms | {perCall / 1024.0:F0} KB |"));
            }
        }
    }

    private static double Time(Action call)
    {
        var watch = Stopwatch.StartNew();
        call();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Round(q * (sorted.Length - 1)))];
}
