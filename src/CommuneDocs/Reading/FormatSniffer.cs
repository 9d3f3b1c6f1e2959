using CommuneDocs.Model;

namespace CommuneDocs.Reading;

/// <summary>
/// Tells a file's format from its first bytes, whatever its name: PDF, a zip (.docx), an OLE file, an HTML page; text is
/// Markdown when named .md/.markdown or when it clearly is (<see cref="MarkdownSniffer"/>), else plain text.
/// </summary>
internal static class FormatSniffer
{
    private static ReadOnlySpan<byte> Pdf => "%PDF"u8;
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Returns the format, or throws <see cref="DocumentFormatException"/> for what is not readable.</summary>
    public static SourceFormat Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.IsEmpty) throw new DocumentFormatException(DocumentError.Empty, Messages.EmptyFile(fileName));
        // A PDF may have a few bytes of junk before its header (ISO 32000-1, 7.5.2 allows readers to search for it).
        var pdfAt = head[..Math.Min(head.Length, 1024)].IndexOf(Pdf);
        if (pdfAt >= 0) return SourceFormat.Pdf;
        if (head.StartsWith(Zip)) return SourceFormat.Docx;
        if (head.StartsWith(Ole))
        {
            if (IsEncryptedPackage(head, fileName)) throw new DocumentEncryptedException(Messages.Encrypted(fileName));
            throw new DocumentFormatException(
                fileName.EndsWith(".doc", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".dot", StringComparison.OrdinalIgnoreCase)
                    ? DocumentError.LegacyWordFormat : DocumentError.UnsupportedFormat,
                Messages.LegacyOffice(fileName));
        }
        if (LooksBinary(head)) throw new DocumentFormatException(DocumentError.UnsupportedFormat, Messages.Binary(fileName));
        if (HtmlSniffer.IsHtml(head, HasExtension(fileName, ".htm", ".html", ".xhtml"))) return SourceFormat.Html;
        if (HasExtension(fileName, ".md", ".markdown") || MarkdownSniffer.IsMarkdown(head)) return SourceFormat.Markdown;
        return SourceFormat.Text;
    }

    private static bool HasExtension(string fileName, params string[] extensions) =>
        extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A password-protected .docx (or .xlsx, .pptx) is an OLE compound file holding an "EncryptedPackage" stream
    /// ([MS-OFFCRYPTO] 2.3.4.1); its name is found, in UTF-16, in the directory, which Office writes in the first sectors.
    /// An OLE file named .docx that shows no Word 97-2003 "WordDocument" stream is taken as encrypted too.
    /// </summary>
    private static bool IsEncryptedPackage(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.IndexOf(EncryptedPackageName) >= 0 || head.IndexOf(EncryptionInfoName) >= 0) return true;
        var openXmlName = fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".docm", StringComparison.OrdinalIgnoreCase)
                          || fileName.EndsWith(".dotx", StringComparison.OrdinalIgnoreCase);
        return openXmlName && head.IndexOf(WordDocumentName) < 0;
    }

    private static ReadOnlySpan<byte> EncryptedPackageName => "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;

    private static ReadOnlySpan<byte> EncryptionInfoName => "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0"u8;

    private static ReadOnlySpan<byte> WordDocumentName => "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"u8;

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))) return false;
        var sample = head[..Math.Min(head.Length, 4096)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return !LooksLikeUtf16WithoutBom(sample);
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return control > sample.Length / 10;
    }

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        var zerosAtOdd = 0;
        var zerosAtEven = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0) continue;
            if (i % 2 == 0) zerosAtEven++; else zerosAtOdd++;
        }
        var half = sample.Length / 2;
        return zerosAtOdd > half / 3 && zerosAtEven == 0 || zerosAtEven > half / 3 && zerosAtOdd == 0;
    }
}
