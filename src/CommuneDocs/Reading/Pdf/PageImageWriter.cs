using System.IO.Compression;
using CommuneDocs.Reading.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using CommuneDocs.Model;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Writes each page of a scanned PDF as an image file for OCR. A page that is one upright image covering most of it
/// (what scanners and phone apps write) gives that image as stored: JPEG (DCTDecode) bytes as they are (inflated
/// when FlateDecode wraps them), anything
/// PdfPig can decode as PNG. Any other page (an image turned by the page's matrix, JBIG2 or CCITT data, several
/// pieces, vector drawing) is rendered at 300 dpi with <c>pdftoppm</c> (poppler-utils) when it is on PATH.
/// </summary>
internal sealed class PageImageWriter
{
    /// <summary>Share of the page an image must cover to be taken for the whole page.</summary>
    public const double MinPageCover = 0.6;

    /// <summary>An image box turned by more than this many degrees is not the page upright: the page is rendered instead.</summary>
    private const double MaxImageRotation = 0.5;

    /// <summary>An image whose stored shape (width to height) differs from its box's by more than this share is turned or flipped: the page is rendered instead.</summary>
    private const double MaxAspectDifference = 0.05;

    private const string Renderer = "pdftoppm";
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(2);

    public static PageImageWriter Instance { get; } = new();

    /// <summary>
    /// Writes pages 1 to <paramref name="pages"/> of <paramref name="document"/> (whose bytes are <paramref name="pdf"/>)
    /// into <paramref name="folder"/>; <paramref name="maxBytes"/> bounds an image inflated from compressed data.
    /// </summary>
    public IReadOnlyList<PageImage> Write(PdfDocument document, byte[] pdf, int pages, string folder, string fileName, long maxBytes, CancellationToken cancellation)
    {
        var result = new List<PageImage>(pages);
        string? copy = null;
        for (var number = 1; number <= pages; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            var stored = TryWriteStoredImage(document.GetPage(number), Path.Combine(folder, $"page-{number}"), maxBytes);
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
    private static string? TryWriteStoredImage(Page page, string stem, long maxBytes)
    {
        if (page.Rotation.Value != 0) return null;
        var images = page.GetImages().ToList();
        if (images.Count != 1) return null;
        var image = images[0];
        var box = image.BoundingBox;
        if (Math.Abs(box.Rotation) > MaxImageRotation || box.Width <= 0 || box.Height <= 0 || image.WidthInSamples <= 0 || image.HeightInSamples <= 0) return null;
        if (box.Width * box.Height < page.Width * page.Height * MinPageCover) return null;
        // An image stretched into a box of another shape is turned or flipped by its matrix: render the page instead.
        var stored = (double)image.WidthInSamples / image.HeightInSamples;
        if (Math.Abs(stored / (box.Width / box.Height) - 1) > MaxAspectDifference) return null;
        if (image.Decode.Count == 0 && Jpeg(image.RawMemory, maxBytes) is { } jpeg)
        {
            File.WriteAllBytes(stem + ".jpg", jpeg);
            return stem + ".jpg";
        }
        if (image.TryGetPng(out var png))
        {
            File.WriteAllBytes(stem + ".png", png);
            return stem + ".png";
        }
        return null;
    }

    /// <summary>
    /// The JPEG file an image holds: its data as stored when the only filter is DCTDecode, or inflated first when
    /// FlateDecode wraps it (as some signing tools write scans); null for anything else.
    /// </summary>
    private static byte[]? Jpeg(ReadOnlyMemory<byte> raw, long maxBytes)
    {
        if (IsJpeg(raw.Span)) return raw.ToArray();
        // A zlib stream (RFC 1950) starts with CMF 0x78 (deflate, 32 KiB window).
        if (raw.Length < 2 || raw.Span[0] != 0x78) return null;
        try
        {
            using var inflate = new ZLibStream(new MemoryStream(raw.ToArray(), writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = inflate.Read(buffer)) > 0)
            {
                if (output.Length + n > maxBytes) return null;
                output.Write(buffer, 0, n);
            }
            var bytes = output.ToArray();
            return IsJpeg(bytes) ? bytes : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

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
