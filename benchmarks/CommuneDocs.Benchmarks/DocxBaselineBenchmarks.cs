using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// The floor for .docx parsing (issue #7), as <see cref="PdfBaselineBenchmarks"/> is for PDF: OpenXml's own read of
/// every paragraph's text in the body, tables included (the simplest honest "read all the text" a consumer would
/// write), next to CommuneDocs' whole parse of the same bytes.
/// </summary>
[MemoryDiagnoser]
public class DocxBaselineBenchmarks : CorpusFileBenchmarks
{
    [ParamsSource(nameof(Files))]
    public override string File { get; set; } = "";

    public static IEnumerable<string> Files() => CorpusFiles.Names(".docx");

    [Benchmark(Baseline = true)]
    public int OpenXmlParagraphText() => Floors.OpenXmlParagraphText(Bytes);

    [Benchmark]
    public PlanDocument CommuneDocsParse() => ParseBytes();
}
