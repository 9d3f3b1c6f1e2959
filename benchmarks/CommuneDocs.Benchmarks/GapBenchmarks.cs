using BenchmarkDotNet.Attributes;
using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// Gap finding (issue #6, #7): <see cref="PlanComparer.Compare"/> over <see cref="Plans"/> generated plans parsed in
/// the global setup, as <c>communedocs gaps</c> calls it without <c>--index</c> (candidates from an index in memory).
/// The 3,300-plan case takes seconds a call, hence one launch, one warm-up and three iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GapBenchmarks
{
    private List<PlanDocument> _plans = [];

    [Params(100, 1000, 3300)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup() => _plans = ScalePlans.Parse(Plans);

    [Benchmark]
    public GapReport FindGaps() => PlanComparer.Compare(_plans);
}
