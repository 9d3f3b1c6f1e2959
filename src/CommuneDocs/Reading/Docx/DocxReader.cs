namespace CommuneDocs.Reading.Docx;

/// <summary>Reads Word .docx files with DocumentFormat.OpenXml (issue #4).</summary>
internal sealed class DocxReader : IDocumentReader
{
    public static DocxReader Instance { get; } = new();

    public SourceDocument Read(Stream stream, string fileName, ParseOptions options) =>
        throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"'{fileName}': the .docx reader is not built yet.");
}
