using System.Xml;
using CommuneDocs.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Reading.Docx;

/// <summary>
/// Reads Word .docx files (ECMA-376 WordprocessingML) with DocumentFormat.OpenXml into paragraphs and tables in body
/// order, with Word's automatic numbering materialised into list labels (issue #4). Page headers and footers,
/// footnotes, endnotes and comments are not part of the body and are not read. The archive is inspected before it is
/// opened and its parts are read under <see cref="ParseOptions.MaxFileBytes"/>, so a zip bomb is refused, not inflated.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    public static DocxReader Instance { get; } = new();

    public SourceDocument Read(Stream stream, string fileName, ParseOptions options)
    {
        var limit = options.MaxFileBytes;
        using var owned = stream.CanSeek ? null : StreamBuffer.CopyToMemory(stream, limit, fileName);
        var input = owned ?? stream;
        if (input.Length - input.Position == 0) throw new DocumentFormatException(DocumentError.Empty, Messages.EmptyFile(fileName));
        RefuseNonZip(input, fileName);
        DocxPackageGuard.Inspect(input, fileName, limit);
        try
        {
            var settings = new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = limit,
                MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.NoProcess, FileFormatVersions.Microsoft365),
            };
            using var package = WordprocessingDocument.Open(input, false, settings);
            var main = package.MainDocumentPart ?? throw new DocumentFormatException(DocumentError.UnsupportedFormat, Messages.NotAWordPackage(fileName, null));
            var budget = new ReadBudget(limit, fileName);
            var document = new Document(ReadPart(main, budget, fileName));
            var styles = WordStyles.Load(main.StyleDefinitionsPart is { } s ? ReadPart(s, budget, fileName) : null);
            var numbering = WordNumberingLoader.Load(
                main.NumberingDefinitionsPart is { } n ? new Numbering(ReadPart(n, budget, fileName)) : null, styles);

            var context = new DocxReadContext(styles, numbering);
            var blocks = new List<SourceBlock>();
            if (document.Body is { } body) new WordBlockReader(context).ReadBody(body, blocks);
            return new SourceDocument(fileName, SourceFormat.Docx, null, [.. blocks], [.. context.Diagnostics]);
        }
        catch (DocumentFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException
                                       or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new DocumentFormatException(DocumentError.Corrupt, Messages.CorruptDocx(fileName, e.Message), e);
        }
    }

    /// <summary>When the format was forced to .docx, an OLE file (encrypted package, Word 97-2003) still gets its own clear error.</summary>
    private static void RefuseNonZip(Stream input, string fileName)
    {
        var start = input.Position;
        Span<byte> head = stackalloc byte[4096];
        var n = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        input.Position = start;
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF) FormatSniffer.Sniff(head[..n], fileName);
    }

    private static string ReadPart(OpenXmlPart part, ReadBudget budget, string fileName) =>
        DocxPackageGuard.ReadXml(part.GetStream(FileMode.Open, FileAccess.Read), part.Uri.OriginalString, budget, fileName);
}
