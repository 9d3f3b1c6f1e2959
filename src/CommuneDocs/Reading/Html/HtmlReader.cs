using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CommuneDocs.Model;

namespace CommuneDocs.Reading.Html;

/// <summary>
/// Reads HTML pages (.htm, .html) with AngleSharp (HTML Living Standard, 13.2 parsing): the character encoding from a
/// byte order mark or the page's declaration (meta charset, http-equiv Content-Type; 13.2.3), windows-1252 with
/// character references as Word writes it included, and undeclared text that is not UTF-8 read as Windows-1258 with a
/// warning. A Word document saved as a web page is read whole, like its .docx (<see cref="HtmlBlockWalker"/>); any
/// other page is cut down to the document it holds (<see cref="PageContent"/>), its link-only lines and lists left
/// out. Notes (Word's footnote list, doc-endnotes) become the document's notes; a page without an administrative
/// document in it is refused with <see cref="DocumentError.NotADocument"/>.
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    public static HtmlReader Instance { get; } = new();

    public SourceDocument Read(Stream stream, string fileName, ReadLimits options)
    {
        using var buffer = StreamBuffer.CopyToMemory(stream, options.MaxFileBytes, fileName);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) throw new DocumentFormatException(DocumentError.Empty, Messages.EmptyFile(fileName));
        var diagnostics = new List<Diagnostic>();
        using var page = Parse(bytes, fileName, diagnostics);
        var word = IsWordPage(page);
        var walker = new HtmlBlockWalker(dropLinkOnly: !word);
        var blocks = walker.Walk(page.Body ?? page.DocumentElement);
        if (!DocumentSigns.HoldDocument(blocks.Select(b => b.Block))) throw new DocumentFormatException(DocumentError.NotADocument, Messages.NotADocument(fileName, "a web page"));
        if (!word) blocks = PageContent.Select(blocks);
        return new SourceDocument(fileName, SourceFormat.Html, null, [.. blocks.Select((b, i) => b.Block with { Index = i })], [.. diagnostics])
        {
            // Notes follow the body, as the .docx reader numbers them.
            Notes = [.. HtmlBlockWalker.ReadNotes(walker.NoteContainers).Select(n => n with { Index = blocks.Count })],
        };
    }

    /// <summary>
    /// Parses the bytes, AngleSharp choosing the encoding; a page that declares none and is not valid UTF-8 is decoded
    /// by <see cref="TextDecoder"/> instead (Windows-1258, with its warning), not left full of replacement characters.
    /// </summary>
    private static IDocument Parse(byte[] bytes, string fileName, List<Diagnostic> diagnostics)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(new MemoryStream(bytes, writable: false));
        var utf8 = string.Equals(document.CharacterSet, "utf-8", StringComparison.OrdinalIgnoreCase);
        if (!utf8 || System.Text.Unicode.Utf8.IsValid(bytes)) return document;
        document.Dispose();
        return parser.ParseDocument(TextDecoder.Decode(bytes, fileName, diagnostics));
    }

    /// <summary>A Word document saved as "Web Page": Word's ProgId or generator, or the Word namespace on the root.</summary>
    private static bool IsWordPage(IDocument page) =>
        page.QuerySelectorAll("meta").Any(m =>
            (string.Equals(m.GetAttribute("name"), "ProgId", StringComparison.OrdinalIgnoreCase) && (m.GetAttribute("content") ?? "").StartsWith("Word.", StringComparison.Ordinal))
            || (string.Equals(m.GetAttribute("name"), "Generator", StringComparison.OrdinalIgnoreCase) && (m.GetAttribute("content") ?? "").Contains("Microsoft Word", StringComparison.Ordinal)))
        || page.DocumentElement.GetAttribute("xmlns:w") == "urn:schemas-microsoft-com:office:word";
}
