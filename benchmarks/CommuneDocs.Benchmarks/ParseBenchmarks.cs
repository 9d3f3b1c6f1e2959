using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>Parsing one corpus plan, from bytes in memory to the model, per format (issue #3, #7).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks : CorpusFileBenchmarks
{
    [ParamsSource(nameof(Files))]
    public override string File { get; set; } = "";

    public static IEnumerable<string> Files() => new[] { ".txt", ".docx", ".pdf" }.SelectMany(CorpusFiles.Names);

    [Benchmark]
    public PlanDocument Parse() => ParseBytes();
}
