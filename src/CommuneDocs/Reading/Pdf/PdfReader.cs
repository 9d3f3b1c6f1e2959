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
/// and signature blocks kept as layout tables, body lines joined into paragraphs. A file whose text layer is unusable
/// is refused, or read by OCR when <see cref="ReadLimits.Ocr"/> asks for it.
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

    /// <summary>A complete PDF ends with "%%EOF" (ISO 32000-1, 7.5.5), followed at most by a little padding.</summary>
    private static bool HasEndMarker(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 4096));
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

    private static (ImmutableArray<SourceBlock> Blocks, ImmutableArray<SourceParagraph> Notes) Assemble(List<PageContent> pages)
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
        var bounds = new List<(double Left, double Right)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var (aligned, unaligned) = ColumnAlignmentTableDetector.Instance.Detect(pages[p].Number, filtered[p]);
            var (columns, rest) = TwoColumnBlockDetector.Instance.Detect(pages[p].Number, unaligned, pages[p].Width);
            var list = new List<PageItem>();
            list.AddRange(columns);
            list.AddRange(tables[p]);
            list.AddRange(aligned);
            list.AddRange(rest.Select(l => new LineItem(pages[p].Number, l)));
            items.Add([.. list.OrderByDescending(i => i.Box.Top)]);
            bounds.Add(BodyColumn(rest, pages[p].Width));
        }
        return Emit(items, bounds);
    }

    /// <summary>The left and right edges of the page's text column, from its longer lines (the right edge is their median end: justified lines end there, a long word may overrun it).</summary>
    private static (double Left, double Right) BodyColumn(ImmutableArray<TextLine> lines, double pageWidth)
    {
        var wide = lines.Where(l => l.Box.Width > pageWidth * 0.45).ToList();
        if (wide.Count == 0) wide = [.. lines];
        if (wide.Count == 0) return (0, pageWidth);
        var lefts = wide.Select(l => l.Box.Left).OrderBy(x => x).ToList();
        var rights = wide.Select(l => l.Box.Right).OrderBy(x => x).ToList();
        return (lefts[lefts.Count / 10], rights[rights.Count / 2]);
    }

    /// <summary>The blocks in reading order, and the footnotes apart.</summary>
    private static (ImmutableArray<SourceBlock> Blocks, ImmutableArray<SourceParagraph> Notes) Emit(List<List<PageItem>> pageItems, List<(double Left, double Right)> bounds)
    {
        var firstPage = pageItems.SelectMany(p => p).Select(i => i.Page).DefaultIfEmpty(1).Min();
        (double Left, double Right) Bounds(int page) => bounds[Math.Clamp(page - firstPage, 0, bounds.Count - 1)];
        var footnotes = new List<LineItem>();
        var items = JoinColumnBlocks([.. pageItems.SelectMany(p => WithoutFootnotes(p, footnotes))]);
        var blocks = new List<SourceBlock>();
        var pending = new List<PlacedLine>();
        TableItem? lastTable = null;
        var lastTableAt = -1;
        var lastTableFirstPage = 0;
        var joinedTables = new Dictionary<int, TableItem>();
        PageItem? previous = null;

        void Flush()
        {
            if (pending.Count == 0) return;
            blocks.AddRange(GapIndentParagraphBuilder.Instance.Build(pending));
            pending.Clear();
        }

        foreach (var item in items)
        {
            switch (item)
            {
                case LineItem line:
                    pending.Add(new PlacedLine(line.Line, line.Page, Bounds(line.Page).Left, Bounds(line.Page).Right));
                    break;
                case ColumnsItem columns:
                    Flush();
                    blocks.Add(LayoutTable(columns, Bounds(columns.Page)));
                    break;
                case TableItem table:
                    Flush();
                    var continues = previous is TableItem && previous.Page == table.Page - 1 && lastTable is not null;
                    if (continues && CrossPageTableJoiner.Instance.TryJoin(lastTable!, table, out var joined))
                    {
                        // Rebuilt once, after the last page it continues on: a table of many pages costs its rows once.
                        lastTable = joined with { Page = table.Page };
                        // The table starts on the page its first part is on (joined carries the page of the part before).
                        joinedTables[lastTableAt] = joined with { Page = lastTableFirstPage };
                    }
                    else
                    {
                        lastTable = table;
                        lastTableFirstPage = table.Page;
                        lastTableAt = blocks.Count;
                        blocks.Add(DataTable(table));
                    }
                    break;
            }
            previous = item;
        }
        Flush();
        foreach (var (at, joined) in joinedTables) blocks[at] = DataTable(joined);
        var notes = GapIndentParagraphBuilder.Instance.Build([.. footnotes.Select(f => new PlacedLine(f.Line, f.Page, Bounds(f.Page).Left, Bounds(f.Page).Right))]);
        return ([.. blocks.Select((b, i) => b with { Index = i })], WithTheirMarks(notes));
    }

    /// <summary>A note's number, raised on a line of its own above the note's first line, begins that note ("1 Theo Quyết định …").</summary>
    private static ImmutableArray<SourceParagraph> WithTheirMarks(ImmutableArray<SourceParagraph> notes)
    {
        var result = ImmutableArray.CreateBuilder<SourceParagraph>(notes.Length);
        for (var i = 0; i < notes.Length; i++)
        {
            var mark = notes[i].Text;
            if (i + 1 < notes.Length && FootnoteMarkFilter.IsMarkText(mark))
            {
                result.Add(notes[i + 1] with { Text = mark + " " + notes[i + 1].Text });
                i++;
                continue;
            }
            result.Add(notes[i]);
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Footnote text is set at least a point smaller than the body: 10 or 12 pt under a 13 or 14 pt body (Nghị định
    /// 30/2020/NĐ-CP sets the body at 13–14 pt), so a line at most nine tenths of the body's size.
    /// </summary>
    private const double FootnoteSizeRatio = 0.9;

    /// <summary>
    /// Takes a page's footnotes out of the flow (lines in a smaller type at the foot of the page, the first numbered or
    /// starred), so that a paragraph running on to the next page stays whole; they become the document's notes.
    /// </summary>
    private static IEnumerable<PageItem> WithoutFootnotes(List<PageItem> page, List<LineItem> footnotes)
    {
        var lines = page.OfType<LineItem>().ToList();
        if (lines.Count < 4) return page;
        var body = lines.Select(l => l.Line.FontSize).OrderBy(s => s).ElementAt(lines.Count / 2);
        var start = page.Count;
        while (start > 0 && page[start - 1] is LineItem l && l.Line.FontSize <= body * FootnoteSizeRatio) start--;
        for (var k = start; k < page.Count; k++)
        {
            var text = ((LineItem)page[k]).Line.Text;
            if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '*'))
            {
                footnotes.AddRange(page.Skip(k).Cast<LineItem>());
                return page.Take(k);
            }
        }
        return page;
    }

    /// <summary>
    /// One two-column block broken by a page or by a line the detector could not place (a recipients list that runs on
    /// to the next page beside the signature) is joined again: two blocks parted at about the same x with only
    /// one-sided lines between them become one.
    /// </summary>
    private static List<PageItem> JoinColumnBlocks(List<PageItem> items)
    {
        var result = new List<PageItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not ColumnsItem block)
            {
                result.Add(items[i]);
                continue;
            }
            var j = i + 1;
            while (j < items.Count && items[j] is LineItem line && OneSided(line.Line, block.Split) && items[j].Page - block.Page <= 1) j++;
            if (j < items.Count && items[j] is ColumnsItem next && Math.Abs(next.Split - block.Split) < 40 && next.Page - block.Page <= 1)
            {
                var between = items.Skip(i + 1).Take(j - i - 1).Cast<LineItem>().Select(l => l.Line).ToList();
                items[j] = block with
                {
                    Left = [.. block.Left, .. between.Where(l => l.Box.Right <= block.Split), .. next.Left],
                    Right = [.. block.Right, .. between.Where(l => l.Box.Left >= block.Split), .. next.Right],
                };
                i = j - 1;
                continue;
            }
            result.Add(block);
        }
        return result;
    }

    private static bool OneSided(TextLine line, double split) => line.Box.Right <= split || line.Box.Left >= split;

    private static SourceTable LayoutTable(ColumnsItem columns, (double Left, double Right) body)
    {
        SourceCell Column(ImmutableArray<TextLine> lines, double left, double right)
        {
            if (lines.Length == 0) return new SourceCell([]);
            var placed = lines.Select(l => new PlacedLine(l, columns.Page, left, right)).ToList();
            return new SourceCell([.. GapIndentParagraphBuilder.Instance.Build(placed, linePerParagraph: true).Select(p => p with { Page = columns.Page })]);
        }
        var leftEdge = Math.Min(body.Left, columns.Left.Select(l => l.Box.Left).DefaultIfEmpty(body.Left).Min());
        var rightEdge = Math.Max(body.Right, columns.Right.Select(l => l.Box.Right).DefaultIfEmpty(body.Right).Max());
        // The right column may reach left to where the left column's text ends.
        var rightStart = Math.Min(columns.Split, columns.Left.Select(l => l.Box.Right).DefaultIfEmpty(columns.Split).Max());
        return new SourceTable([new SourceRow([Column(columns.Left, leftEdge, columns.Split), Column(columns.Right, rightStart, rightEdge)])]) { Page = columns.Page };
    }

    private static SourceTable DataTable(TableItem table)
    {
        var rows = ImmutableArray.CreateBuilder<SourceRow>();
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var cells = ImmutableArray.CreateBuilder<SourceCell>();
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                if (cell.ColumnSpan == 0 || cell.Lines.Length == 0)
                {
                    cells.Add(new SourceCell([], cell.ColumnSpan));
                    continue;
                }
                var left = table.ColumnEdges[Math.Min(c, table.ColumnEdges.Length - 1)];
                var right = table.ColumnEdges[Math.Min(c + cell.ColumnSpan, table.ColumnEdges.Length - 1)];
                var placed = cell.Lines.Select(l => new PlacedLine(l, table.Page, left + 2, right - 2)).ToList();
                cells.Add(new SourceCell(GapIndentParagraphBuilder.Instance.Build(placed), cell.ColumnSpan));
            }
            rows.Add(new SourceRow(cells.ToImmutable()) { Page = table.RowPage(r) });
        }
        var built = rows.ToImmutable();
        if (built.Length > 1 && built[0].Cells.Any(c => c.Paragraphs.Length > 0) && built[0].Cells.All(c => c.Paragraphs.All(p => p.Style.Bold)))
        {
            built = built.SetItem(0, built[0] with { IsHeader = true });
        }
        return new SourceTable(built) { Page = table.Page };
    }
}
