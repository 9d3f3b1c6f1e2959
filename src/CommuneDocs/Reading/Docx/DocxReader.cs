using System.Collections.Immutable;
using System.Xml;
using CommuneDocs.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Reading.Docx;

/// <summary>
/// Reads Word .docx files (ECMA-376 WordprocessingML) with DocumentFormat.OpenXml into paragraphs and tables in body
/// order, with Word's automatic numbering materialised into list labels (issue #4), and the footnotes and endnotes as
/// the document's notes. Page headers and footers and comments are not part of the document and are not read. The archive is inspected before it is
/// opened and its parts are read under <see cref="ReadLimits.MaxFileBytes"/>, so a zip bomb is refused, not inflated.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    public static DocxReader Instance { get; } = new();

    public SourceDocument Read(Stream stream, string fileName, ReadLimits options)
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
            var reader = new WordBlockReader(context);
            if (document.Body is { } body) reader.ReadBody(body, blocks);
            var notes = ReadNotes(main, reader, budget, fileName);
            return new SourceDocument(fileName, SourceFormat.Docx, null, [.. blocks], [.. context.Diagnostics]) { Notes = notes };
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

    /// <summary>The paragraphs of the footnotes and endnotes (17.11), in their parts' order; the separator lines Word keeps as notes are left out.</summary>
    private static ImmutableArray<SourceParagraph> ReadNotes(MainDocumentPart main, WordBlockReader reader, ReadBudget budget, string fileName)
    {
        var notes = new List<OpenXmlElement>();
        if (main.FootnotesPart is { } footnotes)
            notes.AddRange(new Footnotes(ReadPart(footnotes, budget, fileName)).Elements<Footnote>().Where(n => IsNote(n.Type)));
        if (main.EndnotesPart is { } endnotes)
            notes.AddRange(new Endnotes(ReadPart(endnotes, budget, fileName)).Elements<Endnote>().Where(n => IsNote(n.Type)));
        return [.. notes.SelectMany(n => reader.ReadCell(n, 0)).Where(p => p.Text.Length > 0)];
    }

    private static bool IsNote(EnumValue<FootnoteEndnoteValues>? type) => type is null || type.Value == FootnoteEndnoteValues.Normal;

    private static string ReadPart(OpenXmlPart part, ReadBudget budget, string fileName) =>
        DocxPackageGuard.ReadXml(part.GetStream(FileMode.Open, FileAccess.Read), part.Uri.OriginalString, budget, fileName);
}
