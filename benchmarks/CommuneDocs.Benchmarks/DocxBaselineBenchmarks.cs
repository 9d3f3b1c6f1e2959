using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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
    public int OpenXmlParagraphText()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Bytes, writable: false), isEditable: false);
        var chars = 0;
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()) chars += paragraph.InnerText.Length;
        return chars;
    }

    [Benchmark]
    public PlanDocument CommuneDocsParse() => ParseBytes();
}
