namespace CommuneDocs.Reading.Pdf;

/// <summary>Reads PDF files with PdfPig (issue #5).</summary>
internal sealed class PdfReader : IDocumentReader
{
    public static PdfReader Instance { get; } = new();

    public SourceDocument Read(Stream stream, string fileName, ParseOptions options) =>
        throw new DocumentFormatException(DocumentError.UnsupportedFormat, $"'{fileName}': the PDF reader is not built yet.");
}
