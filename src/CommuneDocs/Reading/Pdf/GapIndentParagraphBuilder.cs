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
    /// <summary>A baseline step of this many font sizes or more is a gap between blocks, not a line pitch.</summary>
    private const double MaxPitchSizes = 3;

    /// <summary>The line pitch, in font sizes of the largest line, of lines that give none (one line per page).</summary>
    private const double DefaultPitchSizes = 1.2;

    /// <summary>The column's line pitch is the one <c>1/PitchQuantile</c> of the way up the sorted steps: wrapped lines, not the wider steps between paragraphs.</summary>
    private const int PitchQuantile = 3;

    /// <summary>A gap wider than this many line pitches (plus <see cref="ParagraphGapSlack"/> points) parts two paragraphs.</summary>
    private const double ParagraphGapPitches = 1.3;

    /// <summary>Points a gap may exceed <see cref="ParagraphGapPitches"/> line pitches and still be within a paragraph.</summary>
    private const double ParagraphGapSlack = 1;

    /// <summary>Lines whose font sizes differ by more than this many points are in different paragraphs.</summary>
    private const double SizeChange = 1;

    /// <summary>A centred line starts more than this many font sizes right of the column's left edge.</summary>
    private const double CentredIndentSizes = 2;

    /// <summary>A line is centred on the column (or on the bold line above it) when its centre is within this many font sizes of that centre.</summary>
    private const double CentreToleranceSizes = 1.5;

    /// <summary>A line is full when it ends within this many font sizes of the column's right edge; a line ending short of that ends its paragraph.</summary>
    private const double FullLineSizes = 2.5;

    /// <summary>A line starting in lower case within this many font sizes of the column's left edge continues its paragraph.</summary>
    private const double ContinuationIndentSizes = 2;

    /// <summary>A line indented this many font sizes from the column's left edge, and from the line before, starts a paragraph (first-line indent).</summary>
    private const double FirstLineIndentSizes = 0.8;

    /// <summary>The width of the space before a word, in font sizes, when asking whether the word would have fitted on the line before.</summary>
    private const double SpaceSizes = 0.25;

    /// <summary>Points a wrapped centred line may overrun the column's width and still count as too long to fit.</summary>
    private const double WrapSlack = 1;

    /// <summary>A line is full, for a reference wrapped before its "Điều", when it ends within this many font sizes of the column's right edge.</summary>
    private const double ReferenceFullLineSizes = 1.5;

    /// <summary>A line starts at the column's left edge when it starts within this many font sizes of it.</summary>
    private const double LeftEdgeSizes = 0.5;

    /// <summary>A line in capitals (a heading) has at least this many letters; a shorter one ("UBND") may stand in a sentence.</summary>
    private const int MinCapitalHeadingLetters = 4;

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
            if (d > 0 && d < MaxPitchSizes * lines[i].Line.FontSize) pitches.Add(d);
        }
        if (pitches.Count == 0) return DefaultPitchSizes * lines.Max(l => l.Line.FontSize);
        pitches.Sort();
        return pitches[pitches.Count / PitchQuantile];
    }

    private static bool IsCentred(PlacedLine l)
    {
        var size = l.Line.FontSize;
        var box = l.Line.Box;
        return box.Left > l.ColumnLeft + CentredIndentSizes * size && Math.Abs(box.CenterX - (l.ColumnLeft + l.ColumnRight) / 2) < CentreToleranceSizes * size;
    }

    private static bool StartsParagraph(PlacedLine prev, PlacedLine cur, double pitch, bool linePerParagraph)
    {
        var size = cur.Line.FontSize;
        var text = cur.Line.Text;
        var prevText = prev.Line.Text;
        if (cur.Page == prev.Page)
        {
            var gap = prev.Line.Baseline - cur.Line.Baseline;
            if (gap < 0 || gap > pitch * ParagraphGapPitches + ParagraphGapSlack) return true;
        }
        if (EnumeratorParser.Parse(text) is { } e && !IsWrappedRange(prevText, e) && !IsWrappedReference(prev, cur)) return true;
        if (Math.Abs(prev.Line.FontSize - size) > SizeChange) return true;
        var startsLower = text.Length > 0 && char.IsLower(text[0]);
        if (linePerParagraph) return !(startsLower || HadToWrap(prev, cur)) || prev.Line.Bold != cur.Line.Bold || UpperCaseChange(prevText, text);
        var prevFull = prev.Line.Box.Right >= prev.ColumnRight - FullLineSizes * size;
        if (IsCentred(cur) && (IsCentred(prev) || prev.Line.Bold && Math.Abs(prev.Line.Box.CenterX - cur.Line.Box.CenterX) < CentreToleranceSizes * size))
        {
            // A bold title runs over several centred lines; plain centred lines (number, place and date) stand alone unless wrapped.
            return prev.Line.Bold != cur.Line.Bold || UpperCaseChange(prevText, text) || UpperCaseChange(text, prevText) || !prev.Line.Bold && !HadToWrap(prev, cur);
        }
        if (prev.Line.Bold != cur.Line.Bold && !startsLower) return true;
        if (UpperCaseChange(prevText, text)) return true;
        if (startsLower && cur.Line.Box.Left < cur.ColumnLeft + ContinuationIndentSizes * size) return false;
        if (cur.Line.Box.Left > cur.ColumnLeft + FirstLineIndentSizes * size && cur.Line.Box.Left - prev.Line.Box.Left > FirstLineIndentSizes * size) return true;
        return !prevFull;
    }

    /// <summary>A centred line wrapped when the next line's first word would not fit beside it within the column.</summary>
    private static bool HadToWrap(PlacedLine prev, PlacedLine cur)
    {
        var box = prev.Line.Box;
        var half = Math.Min(box.CenterX - prev.ColumnLeft, prev.ColumnRight - box.CenterX);
        var next = cur.Line.Words[0].Box.Width + SpaceSizes * cur.Line.FontSize;
        return box.Width + next > 2 * half + WrapSlack;
    }

    /// <summary>
    /// "... quy định tại khoản 3" wrapped before "Điều 35 Nghị định ...": a full line that does not end a clause, followed
    /// by a line at the column's left edge, is one sentence even when the new line starts like an enumerator.
    /// </summary>
    private static bool IsWrappedReference(PlacedLine prev, PlacedLine cur)
    {
        var size = cur.Line.FontSize;
        var prevText = prev.Line.Text;
        var prevFull = prev.Line.Box.Right >= prev.ColumnRight - ReferenceFullLineSizes * size;
        return prevFull && prevText.Length > 0 && !".:;!?)".Contains(prevText[^1]) && cur.Line.Box.Left < cur.ColumnLeft + LeftEdgeSizes * size && prev.Page == cur.Page;
    }

    private static bool UpperCaseChange(string prev, string cur) =>
        VietnameseText.IsUpperCase(prev, MinCapitalHeadingLetters) && !VietnameseText.IsUpperCase(cur);

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
