using BenchmarkDotNet.Attributes;
using CommuneDocs.Indexing;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// Index build throughput (issue #7): the clauses of <see cref="Plans"/> generated plans, parsed in the global setup so
/// that parsing is not measured, indexed into a new index in memory or in a temporary folder, one
/// <see cref="PlanIndex.Update"/> per plan as <c>communedocs index</c> does. Divide the clause count the setup prints by
/// the mean for clauses per second.
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private List<PlanDocument> _plans = [];
    private string? _folder;

    [Params(100)]
    public int Plans { get; set; }

    [Params("memory", "folder")]
    public string Store { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _plans = ScalePlans.Parse(Plans);
        Console.WriteLine($"// {Plans} plans, {_plans.Sum(p => ClauseExtractor.Extract(p).Count())} clauses");
    }

    [IterationSetup]
    public void NewFolder() => _folder = Store == "folder" ? BenchmarkFolders.NewTemporary("index") : null;

    [IterationCleanup]
    public void DeleteFolder()
    {
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int UpdateEachPlan()
    {
        using var index = NewIndex();
        foreach (var plan in _plans) index.Update(plan, plan.Source.File, "");
        return index.ClauseCount();
    }

    [Benchmark]
    public int UpdateAllInOneCommit()
    {
        using var index = NewIndex();
        index.UpdateAll(_plans.Select(p => (p, p.Source.File, "")));
        return index.ClauseCount();
    }

    private PlanIndex NewIndex() => _folder is null ? PlanIndex.CreateInMemory() : PlanIndex.Open(_folder);
}
