using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;
using UglyToad.PdfPig;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// The floor for PDF parsing (issue #5): PdfPig's own word extraction of every page, next to CommuneDocs' whole parse
/// of the same bytes. The issue asks the parse to cost at most 1.5 times the floor.
/// </summary>
[MemoryDiagnoser]
public class PdfBaselineBenchmarks : CorpusFileBenchmarks
{
    [ParamsSource(nameof(Files))]
    public override string File { get; set; } = "";

    public static IEnumerable<string> Files() => CorpusFiles.Names(".pdf");

    [Benchmark(Baseline = true)]
    public int PdfPigWords()
    {
        using var document = PdfDocument.Open(Bytes);
        var words = 0;
        foreach (var page in document.GetPages()) words += page.GetWords().Count();
        return words;
    }

    [Benchmark]
    public PlanDocument CommuneDocsParse() => ParseBytes();
}
