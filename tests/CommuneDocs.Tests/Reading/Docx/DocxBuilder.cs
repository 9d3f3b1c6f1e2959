using System.Text;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CommuneDocs.Tests.Reading.Docx;

/// <summary>Builds small .docx packages in memory from WordprocessingML fragments, and reads them back.</summary>
internal static class DocxBuilder
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /// <summary>A package whose body is <paramref name="body"/>; numbering and styles are the inner XML of their parts.</summary>
    public static MemoryStream Build(string body, string? numbering = null, string? styles = null, string? header = null, string? footnotes = null)
    {
        var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, true))
        {
            var main = package.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            if (numbering is not null) Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numbering}</w:numbering>");
            if (styles is not null) Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{styles}</w:styles>");
            if (header is not null) Feed(main.AddNewPart<HeaderPart>(), $"<w:hdr {Namespaces}>{header}</w:hdr>");
            if (footnotes is not null) Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {Namespaces}>{footnotes}</w:footnotes>");
        }
        stream.Position = 0;
        return stream;
    }

    public static SourceDocument Read(string body, string? numbering = null, string? styles = null, ParseOptions? options = null) =>
        DocxReader.Instance.Read(Build(body, numbering, styles), "case.docx", PlanParser.LimitsOf(options ?? ParseOptions.Default));

    public static List<SourceParagraph> Paragraphs(string body, string? numbering = null, string? styles = null) =>
        Read(body, numbering, styles).Blocks.OfType<SourceParagraph>().ToList();

    /// <summary>A paragraph of one run, numbered when <paramref name="numId"/> is given.</summary>
    public static string P(string text, int? numId = null, int ilvl = 0, string? style = null)
    {
        var pPr = new StringBuilder();
        if (style is not null) pPr.Append($"<w:pStyle w:val=\"{style}\"/>");
        if (numId is not null) pPr.Append($"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        var props = pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "";
        return $"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";
    }

    /// <summary>An abstract list definition with the given levels and one list instance per id in <paramref name="numIds"/>.</summary>
    public static string List(int abstractId, string levels, params int[] numIds) =>
        $"<w:abstractNum w:abstractNumId=\"{abstractId}\">{levels}</w:abstractNum>" +
        string.Concat(numIds.Select(n => $"<w:num w:numId=\"{n}\"><w:abstractNumId w:val=\"{abstractId}\"/></w:num>"));

    public static string Level(int ilvl, string format, string text, int start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>{extra}<w:lvlText w:val=\"{text}\"/></w:lvl>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
