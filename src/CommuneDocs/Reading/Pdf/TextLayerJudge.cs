using CommuneDocs.Text;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Decides whether a PDF's text layer can be trusted before it is parsed: none at all (scanned images), only a
/// signature stamp on pages that are images, or OCR so poor that most words are not Vietnamese syllables.
/// Throws <see cref="DocumentFormatException"/> with <see cref="DocumentError.NoText"/> when it cannot.
/// </summary>
internal sealed class TextLayerJudge
{
    /// <summary>Below this share of well-formed words a text layer is bad OCR.</summary>
    public const double MinWellFormedShare = 0.75;

    /// <summary>A page with at least this many words has real text, not a stamp.</summary>
    public const int MinWordsOfTextPage = 40;

    /// <summary>At most about this many words, spread over the document, are checked for well-formed syllables.</summary>
    public const int MaxWordsJudged = 1500;

    public static TextLayerJudge Instance { get; } = new();

    /// <summary>Throws when the text layer cannot be used; <paramref name="signed"/> tells that the file carries a digital signature, whose stamp may be its only text.</summary>
    public void Judge(IReadOnlyList<PageContent> pages, bool signed, string fileName, ParseOptions options)
    {
        var words = pages.Sum(p => p.Words.Length);
        if (words == 0 && signed && pages.Any(p => p.Images > 0))
        {
            throw new DocumentFormatException(DocumentError.NoText, Messages.PdfStampOnly(fileName, pages.Count, 0, options.Ocr));
        }
        if (words == 0) throw new DocumentFormatException(DocumentError.NoText, Messages.PdfScanned(fileName, pages.Count, options.Ocr));
        var imagePages = pages.Count(p => p.Images > 0);
        if (imagePages > 0 && pages.All(p => p.Words.Length < MinWordsOfTextPage))
        {
            throw new DocumentFormatException(DocumentError.NoText, Messages.PdfStampOnly(fileName, pages.Count, words, options.Ocr));
        }
        // Bad OCR is bad throughout: words spread evenly over the document tell as much as all of them.
        var stride = Math.Max(1, words / MaxWordsJudged);
        var sample = pages.SelectMany(p => p.Words).Where((_, i) => i % stride == 0).Select(w => w.Text);
        var share = VietnameseSyllables.WellFormedShare(string.Join(" ", sample), out var tokens);
        if (tokens >= 30 && share < MinWellFormedShare)
        {
            throw new DocumentFormatException(DocumentError.NoText, Messages.PdfBadOcr(fileName, share, options.Ocr));
        }
    }
}
