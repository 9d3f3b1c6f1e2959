using CommuneDocs.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace CommuneDocs.Benchmarks;

/// <summary>
/// What the parse of a file is measured against: the least a consumer of the format's library does to get the text,
/// and CommuneDocs' whole parse of the same bytes. The BenchmarkDotNet classes and <see cref="PairedRatios"/> share them.
/// </summary>
public static class Floors
{
    /// <summary>PdfPig's own word extraction: open the document and take <c>GetWords</c> of every page.</summary>
    public static int PdfPigWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = 0;
        foreach (var page in document.GetPages()) words += page.GetWords().Count();
        return words;
    }

    /// <summary>OpenXml's own read of every paragraph's text in the body, tables included.</summary>
    public static int OpenXmlParagraphText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        var chars = 0;
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()) chars += paragraph.InnerText.Length;
        return chars;
    }

    /// <summary>CommuneDocs' whole parse of the bytes: read, structure, semantics.</summary>
    public static PlanDocument Parse(byte[] bytes, string fileName) => PlanParser.Parse(new MemoryStream(bytes, writable: false), fileName);
}
