using System.Collections.Immutable;

namespace CommuneDocs.Reading.Pdf;

/// <summary>An axis-aligned box in the page's reading frame (y grows upwards, as in PDF).</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Bottom + Top) / 2;

    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;

    public static Box Union(IEnumerable<Box> boxes)
    {
        double l = double.MaxValue, b = double.MaxValue, r = double.MinValue, t = double.MinValue;
        foreach (var x in boxes)
        {
            l = Math.Min(l, x.Left);
            b = Math.Min(b, x.Bottom);
            r = Math.Max(r, x.Right);
            t = Math.Max(t, x.Top);
        }
        return new Box(l, b, r, t);
    }
}

/// <summary>A word with its box, size and weight, its text already Unicode NFC.</summary>
internal sealed record TextWord(string Text, Box Box, double Baseline, double FontSize, bool Bold, bool Italic)
{
    /// <summary>Where the pen starts the word and where its last letter's advance leaves it, along the baseline: the gap to the next word, which glyph boxes (often wider than the glyph) do not give.</summary>
    public (double Start, double End) Pen { get; init; } = (Box.Left, Box.Right);
}

/// <summary>Words on one baseline, left to right; what the layout stages ask of it is worked out once, in one pass.</summary>
internal sealed record TextLine
{
    public TextLine(ImmutableArray<TextWord> words)
    {
        if (words.Length == 0) throw new ArgumentException("a line has at least one word", nameof(words));
        Words = words;
        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        double size = double.MinValue, baselines = 0;
        int letters = 0, bold = 0, italic = 0;
        foreach (var w in words)
        {
            left = Math.Min(left, w.Box.Left);
            bottom = Math.Min(bottom, w.Box.Bottom);
            right = Math.Max(right, w.Box.Right);
            top = Math.Max(top, w.Box.Top);
            size = Math.Max(size, w.FontSize);
            baselines += w.Baseline;
            letters += w.Text.Length;
            if (w.Bold) bold += w.Text.Length;
            if (w.Italic) italic += w.Text.Length;
        }
        Box = new Box(left, bottom, right, top);
        Text = words.Length == 1 ? words[0].Text : Join(words);
        FontSize = size;
        Baseline = baselines / words.Length;
        Bold = bold * 2 > letters;
        Italic = italic * 2 > letters;
    }

    public ImmutableArray<TextWord> Words { get; }

    /// <summary>The words with a space between them, but for words set against each other (<see cref="UprightWordGrouper.Touching"/>): a subscript's baseline parts them into words, not the text.</summary>
    private static string Join(ImmutableArray<TextWord> words)
    {
        var sb = new System.Text.StringBuilder(words.Sum(w => w.Text.Length + 1));
        sb.Append(words[0].Text);
        for (var i = 1; i < words.Length; i++)
        {
            var (before, after) = (words[i - 1], words[i]);
            if (!UprightWordGrouper.Touching(after.Pen.Start - before.Pen.End, before.FontSize, after.FontSize, after.Baseline - before.Baseline)) sb.Append(' ');
            sb.Append(after.Text);
        }
        return sb.ToString();
    }

    public Box Box { get; }

    public string Text { get; }

    public double FontSize { get; }

    public double Baseline { get; }

    public bool Bold { get; }

    public bool Italic { get; }
}

/// <summary>A horizontal or vertical ruling line (a table border) in the reading frame.</summary>
internal readonly record struct Ruling(bool Horizontal, double Position, double From, double To);

/// <summary>What one page gives: its lines, its rulings, its size in the reading frame.</summary>
internal sealed record PageContent(int Number, double Width, double Height, ImmutableArray<TextWord> Words, ImmutableArray<Ruling> Rulings, int Images);

/// <summary>Something placed on a page, in reading order by its top.</summary>
internal abstract record PageItem(int Page, Box Box);

/// <summary>A run of body lines, turned into paragraphs later.</summary>
internal sealed record LineItem(int Page, TextLine Line) : PageItem(Page, Line.Box);

/// <summary>A two-column layout block (header, signature): left and right column lines, parted at <paramref name="Split"/>.</summary>
internal sealed record ColumnsItem(int Page, Box Box, double Split, ImmutableArray<TextLine> Left, ImmutableArray<TextLine> Right) : PageItem(Page, Box);

/// <summary>A table rebuilt from ruling lines or column alignment: cells of lines, with their column spans, and the grid's column edges.</summary>
internal sealed record TableItem(int Page, Box Box, ImmutableArray<double> ColumnEdges, ImmutableArray<ImmutableArray<GridCell>> Rows) : PageItem(Page, Box)
{
    /// <summary>The page each row starts on, for a table continued over pages; empty while every row is on <see cref="PageItem.Page"/>.</summary>
    public ImmutableArray<int> RowPages { get; init; } = [];

    /// <summary>The page row <paramref name="row"/> starts on.</summary>
    public int RowPage(int row) => row < RowPages.Length ? RowPages[row] : Page;
}

/// <summary>One grid cell: its lines, and how many grid columns it spans (0 for the columns a span covers).</summary>
internal sealed record GridCell(ImmutableArray<TextLine> Lines, int ColumnSpan);
