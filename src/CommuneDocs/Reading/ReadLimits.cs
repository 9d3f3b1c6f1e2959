namespace CommuneDocs.Reading;

/// <summary>What a reader may read, and whether it may run OCR: the reading part of the parse options.</summary>
/// <param name="MaxFileBytes">Largest input, in bytes (also the limit for one inflated part of a .docx).</param>
/// <param name="MaxPages">Largest number of PDF pages read; later pages are skipped with a warning.</param>
/// <param name="Ocr">Whether a PDF without a usable text layer is read by OCR instead of refused.</param>
/// <param name="TesseractPath">The <c>tesseract</c> program for OCR, or null for the one on PATH.</param>
/// <param name="OcrPageTimeout">The longest the OCR of one page may take.</param>
internal sealed record ReadLimits(long MaxFileBytes, int MaxPages, bool Ocr, string? TesseractPath, TimeSpan OcrPageTimeout);
