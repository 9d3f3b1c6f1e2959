using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// The floor for PDF parsing (issue #5): PdfPig's own word extraction of every page, next to CommuneDocs' whole parse
/// of the same bytes. The issue asks the parse to cost at most 1.5 times the floor. On a machine whose speed drifts
/// (a shared VM), <see cref="PairedRatios"/> measures the ratio from pairs of calls made back to back.
/// </summary>
[MemoryDiagnoser]
public class PdfBaselineBenchmarks : CorpusFileBenchmarks
{
    [ParamsSource(nameof(Files))]
    public override string File { get; set; } = "";

    public static IEnumerable<string> Files() => CorpusFiles.Names(".pdf");

    [Benchmark(Baseline = true)]
    public int PdfPigWords() => Floors.PdfPigWords(Bytes);

    [Benchmark]
    public PlanDocument CommuneDocsParse() => ParseBytes();
}
