using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>Parsing one corpus plan, from bytes in memory to the model, per format (issue #3, #7).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files() =>
        new[] { ".txt", ".docx", ".pdf" }.SelectMany(ext => CorpusFiles.Stems(ext).Select(s => s + ext));

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(Path.Combine(CorpusFiles.Directory, File));

    [Benchmark]
    public PlanDocument Parse() => PlanParser.Parse(new MemoryStream(_bytes, writable: false), File);
}
