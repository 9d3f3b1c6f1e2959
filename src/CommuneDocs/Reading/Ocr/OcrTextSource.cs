using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Reading.PlainText;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.Ocr;

/// <summary>One page of a scanned document as an image file.</summary>
/// <param name="Number">The one-based page number.</param>
/// <param name="ImagePath">The image (PNG, JPEG, TIFF: what Tesseract reads).</param>
internal sealed record PageImage(int Number, string ImagePath);

/// <summary>
/// The text of scanned pages, recognised by Tesseract page by page and read like hard-wrapped text by the
/// plain-text reader, into the same block model as every other format, each block keeping its page. A warning tells
/// that the text came from OCR, so consumers know it may hold misread letters and numbers.
/// </summary>
internal sealed class OcrTextSource
{
    public static OcrTextSource Instance { get; } = new();

    /// <summary>
    /// Finds Tesseract, has <paramref name="writePages"/> write the page images into a temporary folder (removed
    /// whatever happens) and recognises them; <paramref name="why"/> says why the text layer was not used, and the
    /// reader's <paramref name="diagnostics"/> are kept. Throws <see cref="DocumentFormatException"/> when Tesseract
    /// or its Vietnamese model is missing, fails or times out, or recognises no text at all.
    /// </summary>
    public SourceDocument Read(Func<string, IReadOnlyList<PageImage>> writePages, string fileName, SourceFormat format, int pageCount, string why,
        IEnumerable<Diagnostic> diagnostics, ReadLimits options, CancellationToken cancellation)
    {
        // Found first, so that a machine without it is told at once, before any page is written.
        var tesseract = Tesseract.Locate(options.TesseractPath, fileName, cancellation);
        var folder = Directory.CreateTempSubdirectory("communedocs-ocr-");
        try
        {
            return Recognize(tesseract, writePages(folder.FullName), fileName, format, pageCount, why, diagnostics, options, cancellation);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file still held open (an antivirus scan on Windows) leaves the folder behind in the temp directory.
            }
        }
    }

    private static SourceDocument Recognize(Tesseract tesseract, IReadOnlyList<PageImage> pages, string fileName, SourceFormat format, int pageCount, string why,
        IEnumerable<Diagnostic> diagnostics, ReadLimits options, CancellationToken cancellation)
    {
        var blocks = ImmutableArray.CreateBuilder<SourceBlock>();
        var words = new List<string>();
        foreach (var page in pages)
        {
            var text = VietnameseText.Clean(tesseract.Recognize(page.ImagePath, page.Number, fileName, options.OcrPageTimeout, cancellation));
            words.Add(text);
            foreach (var block in PlainTextReader.ReadBlocks(PageNumbers.Remove(text.Replace('\f', '\n'), page.Number)))
            {
                blocks.Add(block with { Index = blocks.Count, Page = page.Number });
            }
        }
        if (blocks.Count == 0) throw new DocumentFormatException(DocumentError.NoText, Messages.OcrFoundNothing(fileName, pages.Count));
        var share = VietnameseSyllables.WellFormedShare(words, out _);
        var warning = new Diagnostic(DiagnosticCode.OcrText, Messages.OcrText(fileName, why, pages.Count, share), SourceSpan.None);
        return new SourceDocument(fileName, format, pageCount, blocks.ToImmutable(), [warning, .. diagnostics]);
    }
}
