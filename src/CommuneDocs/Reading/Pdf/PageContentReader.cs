using System.Collections.Immutable;
using System.Text;
using CommuneDocs.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Reads one page into words and ruling lines in its reading frame: letters grouped into words with PdfPig's
/// default word extractor (space glyphs and gaps), turned upright when the page or its text is rotated (a landscape appendix),
/// legacy TCVN3/VNI font text converted, text made NFC (a base letter and a separate combining mark are joined).
/// </summary>
internal sealed class PageContentReader
{
    public static PageContentReader Instance { get; } = new();

    public PageContent Read(Page page, ISet<LegacyEncoding> legacySeen)
    {
        var letters = page.Letters;
        var frame = PageFrame.For(page, [.. letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))]);
        var words = ImmutableArray.CreateBuilder<TextWord>();
        if (letters.Count > 0)
        {
            // The default extractor parts words at space glyphs and at gaps, as office PDFs draw their spaces; it reads
            // horizontal text only, so rotated pages (a landscape appendix turned by /Rotate) go to the nearest-neighbour one.
            var extracted = frame.Orientation == TextOrientation.Horizontal
                ? DefaultWordExtractor.Instance.GetWords(letters)
                : NearestNeighbourWordExtractor.Instance.GetWords([.. letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))]);
            foreach (var word in extracted)
            {
                if (word.TextOrientation != frame.Orientation || word.Letters.Count == 0) continue;
                var text = WordText([.. word.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))], legacySeen);
                if (text.Length == 0) continue;
                var first = word.Letters[0];
                var box = frame.Map(word.BoundingBox);
                var baseline = frame.MapPoint(first.StartBaseLine).Y;
                var size = word.Letters.Max(l => l.PointSize);
                var boldLetters = word.Letters.Count(IsBold);
                var italicLetters = word.Letters.Count(IsItalic);
                words.Add(new TextWord(text, box, baseline, size, boldLetters * 2 > word.Letters.Count, italicLetters * 2 > word.Letters.Count));
            }
        }
        var rulings = ImmutableArray.CreateBuilder<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var sub in path)
            {
                AddRulings(sub, path.IsStroked, frame, rulings);
            }
        }
        return new PageContent(page.Number, frame.Width, frame.Height, words.ToImmutable(), rulings.ToImmutable(), page.NumberOfImages);
    }

    private static string WordText(IReadOnlyList<Letter> letters, ISet<LegacyEncoding> legacySeen)
    {
        var sb = new StringBuilder();
        var run = new StringBuilder();
        var runEncoding = LegacyEncoding.None;
        foreach (var letter in letters)
        {
            var encoding = LegacyVietnameseEncoding.FromFontName(letter.FontName);
            if (encoding != runEncoding && run.Length > 0)
            {
                sb.Append(LegacyVietnameseEncoding.Decode(run.ToString(), runEncoding));
                run.Clear();
            }
            runEncoding = encoding;
            run.Append(letter.Value);
            if (encoding != LegacyEncoding.None) legacySeen.Add(encoding);
        }
        sb.Append(LegacyVietnameseEncoding.Decode(run.ToString(), runEncoding));
        return VietnameseText.CollapseSpaces(VietnameseText.Clean(sb.ToString()));
    }

    private static bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? "";
        if (name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase) || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(",B", StringComparison.Ordinal) || name.Contains(",Bold", StringComparison.Ordinal))
        {
            return true;
        }
        var details = letter.FontDetails;
        return details is not null && (details.IsBold || details.Weight >= 600);
    }

    private static bool IsItalic(Letter letter)
    {
        var name = letter.FontName ?? "";
        if (name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(",I", StringComparison.Ordinal) || name.EndsWith(",BI", StringComparison.Ordinal))
        {
            return true;
        }
        return letter.FontDetails?.IsItalic == true;
    }

    private static void AddRulings(PdfSubpath sub, bool stroked, PageFrame frame, ImmutableArray<Ruling>.Builder rulings)
    {
        if (sub.IsDrawnAsRectangle && sub.GetDrawnRectangle() is { } rect)
        {
            var r = frame.Map(rect);
            if (r.Width < 3 && r.Height > 3)
            {
                rulings.Add(new Ruling(false, r.CenterX, r.Bottom, r.Top));
            }
            else if (r.Height < 3 && r.Width > 3)
            {
                rulings.Add(new Ruling(true, r.CenterY, r.Left, r.Right));
            }
            else if (stroked && r.Width > 3 && r.Height > 3)
            {
                rulings.Add(new Ruling(true, r.Top, r.Left, r.Right));
                rulings.Add(new Ruling(true, r.Bottom, r.Left, r.Right));
                rulings.Add(new Ruling(false, r.Left, r.Bottom, r.Top));
                rulings.Add(new Ruling(false, r.Right, r.Bottom, r.Top));
            }
            return;
        }
        foreach (var command in sub.Commands)
        {
            if (command is not PdfSubpath.Line line) continue;
            var a = frame.MapPoint(line.From);
            var b = frame.MapPoint(line.To);
            if (Math.Abs(a.Y - b.Y) < 1 && Math.Abs(a.X - b.X) > 3)
            {
                rulings.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
            }
            else if (Math.Abs(a.X - b.X) < 1 && Math.Abs(a.Y - b.Y) > 3)
            {
                rulings.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
            }
        }
    }

    /// <summary>Turns page coordinates into the upright frame the page's text is read in.</summary>
    private sealed record PageFrame(TextOrientation Orientation, double PageWidth, double PageHeight)
    {
        public double Width => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? PageHeight : PageWidth;

        public double Height => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? PageWidth : PageHeight;

        public static PageFrame For(Page page, List<Letter> letters)
        {
            var orientation = letters.Count == 0
                ? TextOrientation.Horizontal
                : letters.GroupBy(l => l.TextOrientation).Where(g => g.Key != TextOrientation.Other).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(TextOrientation.Horizontal).First();
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
            var corners = new[] { MapPoint(r.BottomLeft), MapPoint(r.BottomRight), MapPoint(r.TopLeft), MapPoint(r.TopRight) };
            return new Box(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        }
    }
}
