using CommuneDocs.Text;
using CommuneDocs.Model;

namespace CommuneDocs.Reading.Pdf;

/// <summary>Why a PDF's text layer cannot be used.</summary>
internal enum TextLayerFault
{
    /// <summary>The text layer can be used.</summary>
    None,
    /// <summary>No text at all: the pages are scanned images.</summary>
    NoTextLayer,
    /// <summary>Image pages whose only text is a digital-signature stamp.</summary>
    StampOnly,
    /// <summary>A text layer of OCR so poor that most words are not Vietnamese syllables.</summary>
    BadOcr,
}

/// <summary>
/// Decides whether a PDF's text layer can be trusted before it is parsed: none at all (scanned images), only a
/// signature stamp on pages that are images, or OCR so poor that most words are not Vietnamese syllables.
/// </summary>
internal sealed class TextLayerJudge
{
    /// <summary>Below this share of well-formed words a text layer is bad OCR.</summary>
    public const double MinWellFormedShare = 0.75;

    /// <summary>A page with at least this many words has real text, not a stamp.</summary>
    public const int MinWordsOfTextPage = 40;

    /// <summary>At most about this many words, spread over the document, are checked for well-formed syllables.</summary>
    public const int MaxWordsJudged = 1500;

    /// <summary>Fewer tokens than this are too few to call a text layer bad OCR.</summary>
    public const int MinTokensJudged = 30;

    public static TextLayerJudge Instance { get; } = new();

    /// <summary>
    /// What is wrong with the text layer, with a message for a person when something is; <paramref name="signed"/>
    /// tells that the file carries a digital signature, whose stamp may be its only text.
    /// </summary>
    public TextLayerFault Assess(IReadOnlyList<PageContent> pages, bool signed, string fileName, out string message)
    {
        message = "";
        var words = pages.Sum(p => p.Words.Length);
        var imagePages = pages.Count(p => p.Images > 0);
        if (words == 0 && signed && imagePages > 0 || words > 0 && imagePages > 0 && pages.All(p => p.Words.Length < MinWordsOfTextPage))
        {
            message = Messages.PdfStampOnly(fileName, pages.Count, words);
            return TextLayerFault.StampOnly;
        }
        if (words == 0)
        {
            message = Messages.PdfScanned(fileName, pages.Count);
            return TextLayerFault.NoTextLayer;
        }
        // Bad OCR is bad throughout: words spread evenly over the document tell as much as all of them.
        var stride = Math.Max(1, words / MaxWordsJudged);
        var sample = pages.SelectMany(p => p.Words).Where((_, i) => i % stride == 0).Select(w => w.Text);
        var share = VietnameseSyllables.WellFormedShare(sample, out var tokens);
        if (tokens >= MinTokensJudged && share < MinWellFormedShare)
        {
            message = Messages.PdfBadOcr(fileName, share);
            return TextLayerFault.BadOcr;
        }
        return TextLayerFault.None;
    }
}
