using CommuneDocs.Reading.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Util;

namespace CommuneDocs.Tests.Reading.Pdf;

/// <summary>
/// The reader's own word grouping replaces PdfPig's default word extractor for speed (issue #5); it parts letters
/// into the same words, but for letters of another font or size set against a word, which it keeps in the word
/// (<c>PdfReaderTests.LettersInAnotherFontSetAgainstAWord_StayInTheWord</c>); the corpus PDFs have none. Words that
/// touch across a baseline shift (a smaller type set a point lower) are joined without a space by <see cref="TextLine"/>.
/// </summary>
internal sealed class UprightWordGrouperTests
{
    public static IEnumerable<string> Pdfs() =>
        Directory.EnumerateFiles(TestPaths.Corpus, "*.pdf").Select(Path.GetFileName).OfType<string>().Order();

    [TestCaseSource(nameof(Pdfs))]
    public void GroupsEveryPageIntoTheWordsOfPdfPigsDefaultExtractor(string file)
    {
        using var document = PdfDocument.Open(Path.Combine(TestPaths.Corpus, file));
        foreach (var page in document.GetPages())
        {
            var expected = DefaultWordExtractor.Instance.GetWords(page.Letters).Select(w => w.Text).ToList();
            var actual = UprightWordGrouper.Group(page.Letters).Select(letters => string.Concat(letters.Select(l => l.Value))).ToList();
            Assert.That(actual, Is.EqualTo(expected), $"page {page.Number}");
        }
    }
}
