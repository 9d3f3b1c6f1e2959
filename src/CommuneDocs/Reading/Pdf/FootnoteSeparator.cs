using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Takes each page's footnotes out of the flow, so that a paragraph running on to the next page stays whole: lines in
/// a smaller type at the foot of the page, the first of them numbered or starred. They become the document's notes,
/// each note's raised number (<see cref="FootnoteMarkFilter"/>) set before its text.
/// </summary>
internal sealed class FootnoteSeparator
{
    /// <summary>
    /// Footnote text is set at least a point smaller than the body: 10 or 12 pt under a 13 or 14 pt body (Nghị định
    /// 30/2020/NĐ-CP sets the body at 13–14 pt), so a line at most nine tenths of the body's size.
    /// </summary>
    private const double FootnoteSizeRatio = 0.9;

    /// <summary>A page with fewer lines has no body size to tell footnotes by; it keeps all its lines.</summary>
    private const int MinPageLines = 4;

    public static FootnoteSeparator Instance { get; } = new();

    /// <summary>The pages' items, in order, without their footnotes; and the footnote lines, in order.</summary>
    public (List<PageItem> Body, List<LineItem> Footnotes) Separate(IEnumerable<List<PageItem>> pages)
    {
        var footnotes = new List<LineItem>();
        var body = new List<PageItem>();
        foreach (var page in pages) body.AddRange(WithoutFootnotes(page, footnotes));
        return (body, footnotes);
    }

    /// <summary>The footnote lines as the document's notes: paragraphs in their page's text column, each with its number.</summary>
    public ImmutableArray<SourceParagraph> Notes(IReadOnlyList<LineItem> footnotes, BodyColumns columns) =>
        WithTheirMarks(GapIndentParagraphBuilder.Instance.Build([.. footnotes.Select(f => columns.Place(f.Line, f.Page))]));

    /// <summary>The page's items before its first footnote line; that line and those after it are added to <paramref name="footnotes"/>.</summary>
    private static IEnumerable<PageItem> WithoutFootnotes(List<PageItem> page, List<LineItem> footnotes)
    {
        var lines = page.OfType<LineItem>().ToList();
        if (lines.Count < MinPageLines) return page;
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
}
