using CommuneDocs.Reading.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Writes each page of a scanned PDF as an image file for OCR. A page that is one upright image covering most of it
/// (what scanners and phone apps write) gives that image as stored: JPEG (DCTDecode) bytes as they are, anything
/// PdfPig can decode as PNG. Any other page (an image turned by the page's matrix, JBIG2 or CCITT data, several
/// pieces, vector drawing) is rendered at 300 dpi with <c>pdftoppm</c> (poppler-utils) when it is on PATH.
/// </summary>
internal sealed class PageImageWriter
{
    /// <summary>Share of the page an image must cover to be taken for the whole page.</summary>
    public const double MinPageCover = 0.6;

    private const string Renderer = "pdftoppm";
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(2);

    public static PageImageWriter Instance { get; } = new();

    /// <summary>Writes pages 1 to <paramref name="pages"/> of <paramref name="document"/> (whose bytes are <paramref name="pdf"/>) into <paramref name="folder"/>.</summary>
    public IReadOnlyList<PageImage> Write(PdfDocument document, byte[] pdf, int pages, string folder, string fileName, CancellationToken cancellation)
    {
        var result = new List<PageImage>(pages);
        string? copy = null;
        for (var number = 1; number <= pages; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            var stored = TryWriteStoredImage(document.GetPage(number), Path.Combine(folder, $"page-{number}"));
            if (stored is null)
            {
                if (copy is null)
                {
                    copy = Path.Combine(folder, "document.pdf");
                    File.WriteAllBytes(copy, pdf);
                }
                stored = Render(copy, number, Path.Combine(folder, $"render-{number}"), fileName, cancellation);
            }
            result.Add(new PageImage(number, stored));
        }
        return result;
    }

    /// <summary>The page's own image written to <paramref name="stem"/> with its extension, or null when the page is not one plain image.</summary>
    private static string? TryWriteStoredImage(Page page, string stem)
    {
        if (page.Rotation.Value != 0) return null;
        var images = page.GetImages().ToList();
        if (images.Count != 1) return null;
        var image = images[0];
        var box = image.BoundingBox;
        if (Math.Abs(box.Rotation) > 0.5 || box.Width <= 0 || box.Height <= 0 || image.WidthInSamples <= 0 || image.HeightInSamples <= 0) return null;
        if (box.Width * box.Height < page.Width * page.Height * MinPageCover) return null;
        // An image stretched into a box of another shape is turned or flipped by its matrix: render the page instead.
        var stored = (double)image.WidthInSamples / image.HeightInSamples;
        if (Math.Abs(stored / (box.Width / box.Height) - 1) > 0.05) return null;
        var raw = image.RawMemory.Span;
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8 && raw[2] == 0xFF && image.Decode.Count == 0)
        {
            File.WriteAllBytes(stem + ".jpg", raw.ToArray());
            return stem + ".jpg";
        }
        if (image.TryGetPng(out var png))
        {
            File.WriteAllBytes(stem + ".png", png);
            return stem + ".png";
        }
        return null;
    }

    private static string Render(string pdf, int number, string stem, string fileName, CancellationToken cancellation)
    {
        var renderer = ExternalProcess.Locate(Renderer)
            ?? throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrRendererMissing(fileName, number, Renderer));
        ProcessOutcome? outcome;
        try
        {
            outcome = ExternalProcess.Run(renderer, ["-r", "300", "-png", "-f", $"{number}", "-l", $"{number}", "-singlefile", pdf, stem], RenderTimeout, cancellation);
        }
        catch (TimeoutException)
        {
            throw new DocumentFormatException(DocumentError.Timeout, Messages.OcrPageTimeout(fileName, number, RenderTimeout));
        }
        var image = stem + ".png";
        if (outcome is null || outcome.ExitCode != 0 || !File.Exists(image))
        {
            throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrPageFailed(fileName, number, $"{Renderer}: {outcome?.StandardError.Trim() ?? "could not be started"}"));
        }
        return image;
    }
}
