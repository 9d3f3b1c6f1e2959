using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Reading.Ocr;
using CommuneDocs.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Exceptions;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Reads PDF files with PdfPig (issue #5): words and ruling lines per page, the text layer judged, page decoration
/// removed, tables rebuilt from ruling lines or from column alignment and joined across pages, the two-column header
/// and signature blocks kept as layout tables (joined again where a page broke them), footnotes set apart as the
/// document's notes, body lines joined into paragraphs; each step is a stage class of its own (<see cref="Assemble"/>).
/// A file whose text layer is unusable is refused, or read by OCR when <see cref="ReadLimits.Ocr"/> asks for it.
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    public static PdfReader Instance { get; } = new();

    public SourceDocument Read(Stream stream, string fileName, ReadLimits options)
    {
        byte[] bytes;
        using (var buffer = StreamBuffer.CopyToMemory(stream, options.MaxFileBytes, fileName)) bytes = buffer.ToArray();
        if (!HasEndMarker(bytes)) throw new DocumentFormatException(DocumentError.Corrupt, Messages.PdfTruncated(fileName));
        var diagnostics = new List<Diagnostic>();
        var legacy = new HashSet<LegacyEncoding>();
        var pages = ReadPages(bytes, fileName, options, diagnostics, legacy, out var pageCount, out var signed);
        var fault = TextLayerJudge.Instance.Assess(pages, signed, fileName, out var problem);
        if (fault != TextLayerFault.None)
        {
            if (!options.Ocr) throw new DocumentFormatException(DocumentError.NoText, problem);
            return ReadByOcr(bytes, fileName, pageCount, pages.Count, Messages.OcrReason(fault), diagnostics, options, CancellationToken.None);
        }
        if (legacy.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.LegacyEncoding, Messages.PdfLegacyEncoding(fileName, string.Join(", ", legacy.Select(e => e == LegacyEncoding.Vni ? "VNI" : "TCVN3").Distinct())), SourceSpan.None));
        }
        var (blocks, notes) = Assemble(pages);
        return new SourceDocument(fileName, SourceFormat.Pdf, pageCount, blocks, [.. diagnostics]) { Notes = notes };
    }

    /// <summary>The "%%EOF" marker is looked for in this many bytes at the end of the file.</summary>
    private const int EndMarkerWindow = 4096;

    /// <summary>A complete PDF ends with "%%EOF" (ISO 32000-1, 7.5.5), followed at most by a little padding.</summary>
    private static bool HasEndMarker(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - EndMarkerWindow));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>Reads the first <paramref name="read"/> pages by OCR, from each page's image.</summary>
    private static SourceDocument ReadByOcr(byte[] bytes, string fileName, int pageCount, int read, string why, List<Diagnostic> diagnostics, ReadLimits options, CancellationToken cancellation)
    {
        IReadOnlyList<PageImage> WritePages(string folder)
        {
            using var document = Open(bytes, fileName);
            try
            {
                return PageImageWriter.Instance.Write(document, bytes, read, folder, fileName, options.MaxFileBytes, cancellation);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException or IOException or UnauthorizedAccessException))
            {
                throw new DocumentFormatException(DocumentError.Corrupt, Messages.PdfCorrupt(fileName, ex.Message), ex);
            }
        }
        return OcrTextSource.Instance.Read(WritePages, fileName, SourceFormat.Pdf, pageCount, why, diagnostics, options, cancellation);
    }

    private static PdfDocument Open(byte[] bytes, string fileName)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, Password = "", SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentEncryptedException(Messages.PdfEncrypted(fileName), ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentFormatException(DocumentError.Corrupt, Messages.PdfCorrupt(fileName, ex.Message), ex);
        }
    }

    private static List<PageContent> ReadPages(byte[] bytes, string fileName, ReadLimits options, List<Diagnostic> diagnostics, HashSet<LegacyEncoding> legacy, out int pageCount, out bool signed)
    {
        using (var document = Open(bytes, fileName))
        {
            try
            {
                pageCount = document.NumberOfPages;
                signed = document.TryGetForm(out var form) && form.Fields.Any(f => f.FieldType == AcroFieldType.Signature);
                if (pageCount <= 0) throw new DocumentFormatException(DocumentError.Corrupt, Messages.PdfNoPages(fileName));
                var read = Math.Min(pageCount, options.MaxPages);
                if (read < pageCount) diagnostics.Add(new Diagnostic(DiagnosticCode.LimitReached, Messages.PdfPageLimit(fileName, pageCount, read), SourceSpan.None));
                var pages = new List<PageContent>(read);
                for (var i = 1; i <= read; i++)
                {
                    pages.Add(PageContentReader.Instance.Read(document.GetPage(i), legacy));
                }
                return pages;
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new DocumentEncryptedException(Messages.PdfEncrypted(fileName), ex);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or DocumentFormatException))
            {
                throw new DocumentFormatException(DocumentError.Corrupt, Messages.PdfCorrupt(fileName, ex.Message), ex);
            }
        }
    }

    /// <summary>
    /// The page pipeline: on each page, tables drawn with ruling lines taken out and the other words grouped into
    /// lines; page decoration (numbers, running headers and footers) removed over all pages; on each page, tables
    /// aligned without rulings and two-column blocks found among the lines; then, over the document, footnotes
    /// separated, broken two-column blocks joined, and the items made into blocks.
    /// </summary>
    private static (ImmutableArray<SourceBlock> Blocks, ImmutableArray<SourceParagraph> Notes) Assemble(List<PageContent> pages)
    {
        var (pageItems, columns) = LayOut(pages);
        var (body, footnotes) = FootnoteSeparator.Instance.Separate(pageItems);
        var blocks = BlockAssembler.Instance.Assemble(ColumnBlockJoiner.Instance.Join(body), columns);
        return (blocks, FootnoteSeparator.Instance.Notes(footnotes, columns));
    }

    /// <summary>Each page's items (lines, tables, two-column blocks) top to bottom, and each page's text column.</summary>
    private static (List<List<PageItem>> Items, BodyColumns Columns) LayOut(List<PageContent> pages)
    {
        var tables = new List<ImmutableArray<TableItem>>();
        var pageLines = new List<(PageContent, ImmutableArray<TextLine>)>();
        foreach (var page in pages)
        {
            var (pageTables, rest) = RulingGridTableDetector.Instance.Detect(page);
            tables.Add(pageTables);
            pageLines.Add((page, BaselineLineGrouper.Instance.Group(rest)));
        }
        var filtered = RepeatedLineDecorationFilter.Instance.Filter(pageLines);
        var items = new List<List<PageItem>>();
        var columns = new List<BodyColumn>();
        for (var p = 0; p < pages.Count; p++)
        {
            var (aligned, unaligned) = ColumnAlignmentTableDetector.Instance.Detect(pages[p].Number, filtered[p]);
            var (blocks, rest) = TwoColumnBlockDetector.Instance.Detect(pages[p].Number, unaligned, pages[p].Width);
            var list = new List<PageItem>();
            list.AddRange(blocks);
            list.AddRange(tables[p]);
            list.AddRange(aligned);
            list.AddRange(rest.Select(l => new LineItem(pages[p].Number, l)));
            items.Add([.. list.OrderByDescending(i => i.Box.Top)]);
            columns.Add(BodyColumn.Measure(rest, pages[p].Width));
        }
        // Each page's column is counted from the first page read, blank or not: counted from the first page with text
        // on it, every page after a blank first page took the column of the page before it.
        return (items, new BodyColumns(columns, pages.Count == 0 ? 1 : pages[0].Number));
    }
}
