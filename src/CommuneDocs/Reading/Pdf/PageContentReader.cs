using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CommuneDocs.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Reads one page into words and ruling lines in its reading frame: letters grouped into words at space glyphs and
/// gaps (<see cref="UprightWordGrouper"/>; PdfPig's nearest-neighbour extractor on rotated pages), turned upright when the page or its text is rotated (a landscape appendix),
/// legacy TCVN3/VNI font text converted, text made NFC (a base letter and a separate combining mark are joined).
/// </summary>
internal sealed class PageContentReader
{
    /// <summary>A colour whose red, green and blue are all at least this (0-1) is white: a path painted in it leaves no mark.</summary>
    private const double WhiteLevel = 0.95;

    /// <summary>A box or segment thinner than this many points, and longer, is a ruling (a hairline); a stroked box larger both ways draws four.</summary>
    private const double MaxRulingThickness = 3;

    /// <summary>A segment whose ends differ by less than this many points across it is straight (horizontal or vertical).</summary>
    private const double StraightTolerance = 1;

    public static PageContentReader Instance { get; } = new();

    public PageContent Read(Page page, ISet<LegacyEncoding> legacySeen)
    {
        var letters = page.Letters;
        var frame = PageFrame.For(page, letters);
        var fonts = new FontTraitsCache(legacySeen);
        var words = ImmutableArray.CreateBuilder<TextWord>();
        if (frame.Orientation == TextOrientation.Horizontal)
        {
            foreach (var word in UprightWordGrouper.Group(letters))
            {
                AddWord(words, CollectionsMarshal.AsSpan(word), frame, fonts);
            }
        }
        else if (letters.Count > 0)
        {
            // PdfPig's nearest-neighbour extractor reads rotated pages (a landscape appendix turned by /Rotate).
            foreach (var word in NearestNeighbourWordExtractor.Instance.GetWords([.. letters.Where(l => !IsBlank(l))]))
            {
                AddWord(words, [.. word.Letters.Where(l => !IsBlank(l))], frame, fonts);
            }
        }
        var rulings = ImmutableArray.CreateBuilder<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !Paints(path)) continue;
            foreach (var sub in path)
            {
                AddRulings(sub, path.IsStroked, frame, rulings);
            }
        }
        return new PageContent(page.Number, frame.Width, frame.Height, FootnoteMarkFilter.Without(words.ToImmutable()), rulings.ToImmutable(), page.NumberOfImages);
    }

    internal static bool IsBlank(Letter letter) => string.IsNullOrWhiteSpace(letter.Value);

    /// <summary>Adds the word its <paramref name="letters"/> (no blanks, in reading order) make, unless they are not all in the page's orientation.</summary>
    private static void AddWord(ImmutableArray<TextWord>.Builder words, ReadOnlySpan<Letter> letters, PageFrame frame, FontTraitsCache fonts)
    {
        if (letters.Length == 0) return;
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != frame.Orientation) return;
        }
        var text = fonts.Text(letters);
        if (text.Length == 0) return;
        var size = 0.0;
        int bold = 0, italic = 0;
        foreach (var letter in letters)
        {
            size = Math.Max(size, letter.PointSize);
            var traits = fonts.For(letter);
            if (traits.Bold) bold++;
            if (traits.Italic) italic++;
        }
        var (penStart, baseline) = frame.MapPoint(letters[0].StartBaseLine);
        var penEnd = frame.MapPoint(letters[^1].EndBaseLine).X;
        words.Add(new TextWord(text, frame.Map(Bounds(letters, frame.Orientation)), baseline, size, bold * 2 > letters.Length, italic * 2 > letters.Length)
        {
            Pen = (penStart, penEnd),
        });
    }

    /// <summary>
    /// The box of a word's letters in page space, as PdfPig's <see cref="Word"/> gives it: from the baseline (descenders
    /// are not counted) to the tallest glyph, for horizontal text; rotated words take PdfPig's own box.
    /// </summary>
    private static PdfRectangle Bounds(ReadOnlySpan<Letter> letters, TextOrientation orientation)
    {
        if (orientation != TextOrientation.Horizontal) return new Word(letters.ToArray()).BoundingBox;
        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        foreach (var letter in letters)
        {
            var start = letter.StartBaseLine;
            left = Math.Min(left, start.X);
            bottom = Math.Min(bottom, start.Y);
            right = Math.Max(right, start.X + Math.Max(letter.Width, letter.BoundingBox.Width));
            top = Math.Max(top, letter.BoundingBox.TopLeft.Y);
        }
        return new PdfRectangle(left, bottom, right, top);
    }

    /// <summary>
    /// Whether the path leaves a mark on the page: stroked or filled in a colour other than white. Writers paint
    /// paragraph and cell shading white behind the text (LibreOffice does for Word's "clear" shading); such a path
    /// draws nothing a reader sees, so its edges are no table borders.
    /// </summary>
    private static bool Paints(PdfPath path) =>
        (path.IsStroked && !IsWhite(path.StrokeColor)) || (path.IsFilled && !IsWhite(path.FillColor));

    private static bool IsWhite(IColor? color)
    {
        if (color is null) return false;
        var (r, g, b) = color.ToRGBValues();
        return r >= WhiteLevel && g >= WhiteLevel && b >= WhiteLevel;
    }

    private static void AddRulings(PdfSubpath sub, bool stroked, PageFrame frame, ImmutableArray<Ruling>.Builder rulings)
    {
        if (sub.IsDrawnAsRectangle && sub.GetDrawnRectangle() is { } rect)
        {
            var r = frame.Map(rect);
            if (!AddThin(r, rulings) && stroked && r.Width > MaxRulingThickness && r.Height > MaxRulingThickness)
            {
                rulings.Add(new Ruling(true, r.Top, r.Left, r.Right));
                rulings.Add(new Ruling(true, r.Bottom, r.Left, r.Right));
                rulings.Add(new Ruling(false, r.Left, r.Bottom, r.Top));
                rulings.Add(new Ruling(false, r.Right, r.Bottom, r.Top));
            }
            return;
        }
        if (!stroked)
        {
            // A filled outline is a ruling only when it is thin (a border drawn as a filled hairline); the edges of a
            // filled area (shading behind a paragraph or a cell) are not lines.
            if (sub.GetBoundingRectangle() is { } area) AddThin(frame.Map(area), rulings);
            return;
        }
        // The straight segments of a stroked outline, the one its close operator ('h') draws back to its start included.
        PdfPoint? start = null, at = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = at = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(frame.MapPoint(line.From), frame.MapPoint(line.To), rulings);
                    start ??= line.From;
                    at = line.To;
                    break;
                case PdfSubpath.Close:
                    if (start is { } first && at is { } last) AddSegment(frame.MapPoint(last), frame.MapPoint(first), rulings);
                    at = start;
                    break;
                default:
                    at = null; // a curve: where it ends is not needed, and no ruling closes it
                    break;
            }
        }
    }

    private static void AddSegment((double X, double Y) a, (double X, double Y) b, ImmutableArray<Ruling>.Builder rulings)
    {
        if (Math.Abs(a.Y - b.Y) < StraightTolerance && Math.Abs(a.X - b.X) > MaxRulingThickness)
        {
            rulings.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (Math.Abs(a.X - b.X) < StraightTolerance && Math.Abs(a.Y - b.Y) > MaxRulingThickness)
        {
            rulings.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    /// <summary>Adds the ruling a thin box draws (a vertical or a horizontal hairline), if it is one.</summary>
    private static bool AddThin(Box r, ImmutableArray<Ruling>.Builder rulings)
    {
        if (r.Width < MaxRulingThickness && r.Height > MaxRulingThickness)
        {
            rulings.Add(new Ruling(false, r.CenterX, r.Bottom, r.Top));
            return true;
        }
        if (r.Height < MaxRulingThickness && r.Width > MaxRulingThickness)
        {
            rulings.Add(new Ruling(true, r.CenterY, r.Left, r.Right));
            return true;
        }
        return false;
    }

    /// <summary>Turns page coordinates into the upright frame the page's text is read in.</summary>
    private sealed record PageFrame(TextOrientation Orientation, double PageWidth, double PageHeight)
    {
        public double Width => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? PageHeight : PageWidth;

        public double Height => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? PageWidth : PageHeight;

        public static PageFrame For(Page page, IReadOnlyList<Letter> letters)
        {
            // The orientation most of the page's visible letters have; Horizontal when none or on a tie.
            ReadOnlySpan<TextOrientation> candidates = [TextOrientation.Horizontal, TextOrientation.Rotate90, TextOrientation.Rotate270, TextOrientation.Rotate180];
            Span<int> counts = stackalloc int[candidates.Length];
            foreach (var letter in letters)
            {
                var k = letter.TextOrientation switch // its index among the candidates
                {
                    TextOrientation.Horizontal => 0,
                    TextOrientation.Rotate90 => 1,
                    TextOrientation.Rotate270 => 2,
                    TextOrientation.Rotate180 => 3,
                    _ => -1,
                };
                if (k >= 0 && !IsBlank(letter)) counts[k]++;
            }
            var best = 0;
            for (var k = 1; k < counts.Length; k++)
            {
                if (counts[k] > counts[best]) best = k;
            }
            var orientation = candidates[best];
            var box = page.MediaBox.Bounds;
            return new PageFrame(orientation, box.Width, box.Height);
        }

        public (double X, double Y) MapPoint(PdfPoint p) => Orientation switch
        {
            TextOrientation.Rotate90 => (PageHeight - p.Y, p.X),
            TextOrientation.Rotate270 => (p.Y, PageWidth - p.X),
            TextOrientation.Rotate180 => (PageWidth - p.X, PageHeight - p.Y),
            _ => (p.X, p.Y),
        };

        public Box Map(PdfRectangle r)
        {
            if (Orientation == TextOrientation.Horizontal) return new Box(Math.Min(r.Left, r.Right), Math.Min(r.Bottom, r.Top), Math.Max(r.Left, r.Right), Math.Max(r.Bottom, r.Top));
            var corners = new[] { MapPoint(r.BottomLeft), MapPoint(r.BottomRight), MapPoint(r.TopLeft), MapPoint(r.TopRight) };
            return new Box(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        }
    }
}
