namespace CommuneDocs.Reading.Markdown;

/// <summary>One stretch of a Markdown file: Markdown text for Markdig, or the lines of a pseudo pipe table.</summary>
internal sealed record MarkdownSegment(string? Markdown, IReadOnlyList<string>? TableLines);

/// <summary>
/// Cuts a Markdown file into Markdown text and the pseudo pipe tables of pages converted to Markdown: a run of lines
/// that opens with a line holding only "|" and goes on to the next blank line. CommonMark has no such table (a pipe
/// table needs a delimiter row, GFM 4.10), so Markdig would read the run as paragraphs; it is read by
/// <see cref="PseudoPipeTable"/> instead.
/// </summary>
internal static class MarkdownSegments
{
    public static IEnumerable<MarkdownSegment> Split(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "|") continue;
            var end = i;
            while (end < lines.Length && lines[end].Trim().Length > 0) end++;
            if (i > start) yield return new MarkdownSegment(string.Join('\n', lines[start..i]), null);
            yield return new MarkdownSegment(null, lines[i..end]);
            start = end;
            i = end;
        }
        if (start < lines.Length) yield return new MarkdownSegment(string.Join('\n', lines[start..]), null);
    }
}
