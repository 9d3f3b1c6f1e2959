using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Removes page decoration: a page number (a bare number, "- 2 -", "Trang 2", "2/7") near the top or bottom of a page,
/// and running headers and footers, lines that repeat (digits aside) at the same height on most pages.
/// </summary>
internal sealed partial class RepeatedLineDecorationFilter
{
    /// <summary>Decoration lies in this share of the page's height at its top or at its bottom.</summary>
    private const double Margin = 0.12;

    /// <summary>A running header or footer repeats on at least this many pages (and on half of them), so a document of fewer pages has none.</summary>
    private const int MinRepeats = 3;

    /// <summary>Baselines are compared in steps of this many points: a running line drifts a little between pages.</summary>
    private const double HeightStep = 6;

    /// <summary>A page number is centred when its centre is within this share of the page's width of the page's middle.</summary>
    private const double CentredNumberZone = 0.2;

    /// <summary>A page number set at the right starts beyond this share of the page's width.</summary>
    private const double RightNumberStart = 0.75;

    public static RepeatedLineDecorationFilter Instance { get; } = new();

    [GeneratedRegex(@"^\s*(?:-\s*\d{1,3}\s*-|Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The pages' lines without their decoration.</summary>
    public ImmutableArray<ImmutableArray<TextLine>> Filter(IReadOnlyList<(PageContent Page, ImmutableArray<TextLine> Lines)> pages)
    {
        var keys = new Dictionary<string, int>();
        foreach (var (page, lines) in pages)
        {
            foreach (var key in lines.Where(l => InMargin(l, page)).Select(l => Key(l, page)).Distinct())
            {
                keys[key] = keys.GetValueOrDefault(key) + 1;
            }
        }
        var repeatedAt = Math.Max(MinRepeats, (pages.Count + 1) / 2);
        return [.. pages.Select(p => p.Lines.Where(l => !IsDecoration(l, p.Page, keys, repeatedAt, pages.Count)).ToImmutableArray())];
    }

    private static bool InMargin(TextLine line, PageContent page) =>
        line.Box.Bottom > page.Height * (1 - Margin) || line.Box.Top < page.Height * Margin;

    private static string Key(TextLine line, PageContent page) =>
        Digits().Replace(line.Text, "#") + "@" + Math.Round(line.Baseline / HeightStep) + "/" + Math.Round(page.Height);

    private static bool IsDecoration(TextLine line, PageContent page, Dictionary<string, int> keys, int repeatedAt, int pageCount)
    {
        if (!InMargin(line, page)) return false;
        if (PageNumber().IsMatch(line.Text) && Math.Abs(line.Box.CenterX - page.Width / 2) < page.Width * CentredNumberZone || PageNumber().IsMatch(line.Text) && line.Box.Left > page.Width * RightNumberStart)
        {
            return true;
        }
        return pageCount >= MinRepeats && keys.GetValueOrDefault(Key(line, page)) >= repeatedAt;
    }
}
