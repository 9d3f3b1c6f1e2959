using System.Collections.Immutable;
using CommuneDocs.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Reading.Docx;

/// <summary>
/// Walks block-level content (the body, a text box, a table cell) in order: paragraphs, tables, content controls
/// (w:sdt), custom XML and mc:AlternateContent read in place; text boxes anchored in a paragraph follow it.
/// In the body, tables stay tables; inside a cell, a nested table becomes one paragraph per row.
/// </summary>
internal sealed class WordBlockReader
{
    /// <summary>How deep tables and text boxes may nest inside each other before their content is skipped.</summary>
    public const int MaxNesting = 16;

    private readonly DocxReadContext _context;
    private readonly WordTableReader _tables;

    // Text of paragraphs whose mark was deleted as a tracked change, waiting to run on into the next paragraph.
    private string? _carried;

    public WordBlockReader(DocxReadContext context)
    {
        _context = context;
        _tables = new WordTableReader(context, this);
    }

    /// <summary>Reads top-level blocks into <paramref name="blocks"/>, each with its index in that list.</summary>
    public void ReadBody(OpenXmlElement container, List<SourceBlock> blocks, int depth = 0)
    {
        if (!WithinNesting(depth)) return;
        foreach (var element in container.ChildElements)
        {
            _context.BlockIndex = blocks.Count;
            switch (element)
            {
                case Paragraph paragraph:
                    var boxes = new List<TextBoxContent>();
                    if (ReadParagraph(paragraph, boxes) is { } p) blocks.Add(p with { Index = blocks.Count });
                    foreach (var box in boxes) ReadBody(box, blocks, depth + 1);
                    break;
                case Table table:
                    if (TakeCarried() is { } before) blocks.Add(before with { Index = blocks.Count });
                    _context.BlockIndex = blocks.Count;
                    var read = _tables.Read(table, depth + 1);
                    if (read.Rows.Length > 0) blocks.Add(read with { Index = blocks.Count });
                    break;
                default:
                    if (Inner(element) is { } inner) ReadBody(inner, blocks, depth);
                    break;
            }
        }
        if (depth == 0 && TakeCarried() is { } last) blocks.Add(last with { Index = blocks.Count });
    }

    /// <summary>Reads a cell's content into paragraphs: text boxes in place, nested tables row by row, cells joined by " | ".</summary>
    public ImmutableArray<SourceParagraph> ReadCell(OpenXmlElement container, int depth)
    {
        var carried = _carried;
        _carried = null;
        var paragraphs = new List<SourceParagraph>();
        ReadCell(container, paragraphs, depth);
        if (TakeCarried() is { } last) paragraphs.Add(last);
        _carried = carried;
        return [.. paragraphs];
    }

    private void ReadCell(OpenXmlElement container, List<SourceParagraph> paragraphs, int depth)
    {
        if (!WithinNesting(depth)) return;
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var boxes = new List<TextBoxContent>();
                    if (ReadParagraph(paragraph, boxes) is { } p) paragraphs.Add(p);
                    foreach (var box in boxes) ReadCell(box, paragraphs, depth + 1);
                    break;
                case Table table:
                    if (TakeCarried() is { } before) paragraphs.Add(before);
                    foreach (var row in _tables.Read(table, depth + 1).Rows)
                    {
                        var text = string.Join(" | ", row.Cells.Select(c => c.Text).Where(t => t.Length > 0));
                        if (text.Length > 0) paragraphs.Add(new SourceParagraph(text) { Index = _context.BlockIndex });
                    }
                    break;
                default:
                    if (Inner(element) is { } inner) ReadCell(inner, paragraphs, depth);
                    break;
            }
        }
    }

    /// <summary>The block content wrapped by a container element, or null for elements without text (bookmarks, section properties).</summary>
    private OpenXmlElement? Inner(OpenXmlElement element)
    {
        switch (element)
        {
            case SdtBlock sdt:
                return sdt.SdtContentBlock;
            case CustomXmlBlock or InsertedRun or MoveToRun:
                return element;
            case AlternateContent alternate:
                return WordParagraphReader.Choose(alternate);
            case AltChunk:
                _context.Report(DiagnosticCode.Other, Messages.EmbeddedDocumentSkipped(), "altChunk");
                return null;
            default:
                return null;
        }
    }

    private bool WithinNesting(int depth)
    {
        if (depth <= MaxNesting) return true;
        _context.Report(DiagnosticCode.LimitReached, Messages.DocxNestingLimit(MaxNesting), "nesting");
        return false;
    }

    /// <summary>Reads a paragraph, joining the text of preceding paragraphs whose mark was deleted (tracked changes accepted).</summary>
    private SourceParagraph? ReadParagraph(Paragraph paragraph, List<TextBoxContent> boxes)
    {
        var read = WordParagraphReader.Read(paragraph, _context, boxes);
        if (WordParagraphReader.IsMarkDeleted(paragraph))
        {
            if (read is not null) _carried = _carried is null ? read.Text : _carried + " " + read.Text;
            return null;
        }
        if (_carried is null) return read;
        var carried = TakeCarried()!;
        return read is null ? carried : read with { Text = carried.Text + " " + read.Text };
    }

    private SourceParagraph? TakeCarried()
    {
        if (_carried is null) return null;
        var paragraph = new SourceParagraph(_carried) { Index = _context.BlockIndex };
        _carried = null;
        return paragraph;
    }
}
