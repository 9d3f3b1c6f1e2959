using System.Collections.Immutable;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.Pdf;

/// <summary>A line with the page it is on and the left and right edges of the text column it belongs to.</summary>
internal readonly record struct PlacedLine(TextLine Line, int Page, double ColumnLeft, double ColumnRight);

/// <summary>
/// Joins lines into paragraphs. A line starts a new paragraph after a wider vertical gap than the column's line
/// pitch, when it is indented (first-line indent), when the line before it ends well short of the column's right
/// edge, when it starts with an enumerator, or when it changes case, size or weight; wrapped lines join with a space
/// (Vietnamese breaks lines between syllables, never inside one). Centred lines and first-line indents become style.
/// </summary>
internal sealed class GapIndentParagraphBuilder
{
    public static GapIndentParagraphBuilder Instance { get; } = new();

    /// <summary>
    /// Builds the paragraphs. With <paramref name="linePerParagraph"/> (header and signature columns, whose lines are
    /// short centred paragraphs of their own) a line joins the one before only when that one had to wrap: the next
    /// word would not have fitted between the column's edges (<see cref="PlacedLine.ColumnLeft"/>, <see cref="PlacedLine.ColumnRight"/>).
    /// </summary>
    public ImmutableArray<SourceParagraph> Build(IReadOnlyList<PlacedLine> lines, bool linePerParagraph = false)
    {
        var result = ImmutableArray.CreateBuilder<SourceParagraph>();
        if (lines.Count == 0) return result.ToImmutable();
        var pitch = TypicalPitch(lines);
        var current = new List<PlacedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (current.Count > 0 && StartsParagraph(current[^1], lines[i], pitch, linePerParagraph))
            {
                result.Add(Paragraph(current));
                current.Clear();
            }
            current.Add(lines[i]);
        }
        result.Add(Paragraph(current));
        return result.ToImmutable();
    }

    private static double TypicalPitch(IReadOnlyList<PlacedLine> lines)
    {
        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Page != lines[i - 1].Page) continue;
            var d = lines[i - 1].Line.Baseline - lines[i].Line.Baseline;
            if (d > 0 && d < 3 * lines[i].Line.FontSize) pitches.Add(d);
        }
        if (pitches.Count == 0) return 1.2 * lines.Max(l => l.Line.FontSize);
        pitches.Sort();
        return pitches[pitches.Count / 3];
    }

    private static bool IsCentred(PlacedLine l)
    {
        var size = l.Line.FontSize;
        var box = l.Line.Box;
        return box.Left > l.ColumnLeft + 2 * size && Math.Abs(box.CenterX - (l.ColumnLeft + l.ColumnRight) / 2) < 1.5 * size;
    }

    private static bool StartsParagraph(PlacedLine prev, PlacedLine cur, double pitch, bool linePerParagraph)
    {
        var size = cur.Line.FontSize;
        var text = cur.Line.Text;
        var prevText = prev.Line.Text;
        if (cur.Page == prev.Page)
        {
            var gap = prev.Line.Baseline - cur.Line.Baseline;
            if (gap < 0 || gap > pitch * 1.3 + 1) return true;
        }
        if (EnumeratorParser.Parse(text) is { } e && !IsWrappedRange(prevText, e) && !IsWrappedReference(prev, cur)) return true;
        if (Math.Abs(prev.Line.FontSize - size) > 1) return true;
        var startsLower = text.Length > 0 && char.IsLower(text[0]);
        if (linePerParagraph) return !(startsLower || HadToWrap(prev, cur)) || prev.Line.Bold != cur.Line.Bold || UpperCaseChange(prevText, text);
        var prevFull = prev.Line.Box.Right >= prev.ColumnRight - 2.5 * size;
        if (IsCentred(cur) && (IsCentred(prev) || prev.Line.Bold && Math.Abs(prev.Line.Box.CenterX - cur.Line.Box.CenterX) < 1.5 * size))
        {
            // A bold title runs over several centred lines; plain centred lines (number, place and date) stand alone unless wrapped.
            return prev.Line.Bold != cur.Line.Bold || UpperCaseChange(prevText, text) || UpperCaseChange(text, prevText) || !prev.Line.Bold && !HadToWrap(prev, cur);
        }
        if (prev.Line.Bold != cur.Line.Bold && !startsLower) return true;
        if (UpperCaseChange(prevText, text)) return true;
        if (startsLower && cur.Line.Box.Left < cur.ColumnLeft + 2 * size) return false;
        if (cur.Line.Box.Left > cur.ColumnLeft + 0.8 * size && cur.Line.Box.Left - prev.Line.Box.Left > 0.8 * size) return true;
        return !prevFull;
    }

    /// <summary>A centred line wrapped when the next line's first word would not fit beside it within the column.</summary>
    private static bool HadToWrap(PlacedLine prev, PlacedLine cur)
    {
        var box = prev.Line.Box;
        var half = Math.Min(box.CenterX - prev.ColumnLeft, prev.ColumnRight - box.CenterX);
        var next = cur.Line.Words[0].Box.Width + 0.25 * cur.Line.FontSize;
        return box.Width + next > 2 * half + 1;
    }

    /// <summary>
    /// "... quy định tại khoản 3" wrapped before "Điều 35 Nghị định ...": a full line that does not end a clause, followed
    /// by a line at the column's left edge, is one sentence even when the new line starts like an enumerator.
    /// </summary>
    private static bool IsWrappedReference(PlacedLine prev, PlacedLine cur)
    {
        var size = cur.Line.FontSize;
        var prevText = prev.Line.Text;
        var prevFull = prev.Line.Box.Right >= prev.ColumnRight - 1.5 * size;
        return prevFull && prevText.Length > 0 && !".:;!?)".Contains(prevText[^1]) && cur.Line.Box.Left < cur.ColumnLeft + 0.5 * size && prev.Page == cur.Page;
    }

    private static bool UpperCaseChange(string prev, string cur) =>
        VietnameseText.IsUpperCase(prev, 4) && !VietnameseText.IsUpperCase(cur);

    /// <summary>"giai đoạn 2022" wrapped before "- 2025": a dash that continues a number range is not a bullet.</summary>
    private static bool IsWrappedRange(string previous, Enumerator e) =>
        e.Style == EnumeratorStyle.Dash && e.Rest.Length > 0 && char.IsAsciiDigit(e.Rest[0]) && previous.Length > 0 && char.IsAsciiDigit(previous[^1]);

    private static SourceParagraph Paragraph(List<PlacedLine> lines)
    {
        var first = lines[0];
        var text = VietnameseText.JoinWrappedLines(lines.ConvertAll(l => l.Line.Text));
        var letters = lines.Sum(l => l.Line.Text.Length);
        var bold = lines.Sum(l => l.Line.Bold ? l.Line.Text.Length : 0) * 2 > letters;
        var italic = lines.Sum(l => l.Line.Italic ? l.Line.Text.Length : 0) * 2 > letters;
        var alignment = lines.All(IsCentred) ? Alignment.Center : Alignment.Left;
        var indent = alignment == Alignment.Center ? 0 : Math.Max(0, Math.Round(first.Line.Box.Left - first.ColumnLeft, 1));
        return new SourceParagraph(text, null, new BlockStyle(bold, italic, alignment, indent)) { Page = first.Page };
    }
}
