using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Removes page decoration: a page number (a bare number, "- 2 -", "Trang 2", "2/7") near the top or bottom of a page,
/// and running headers and footers, lines that repeat (digits aside) at the same height on most pages.
/// </summary>
internal sealed partial class RepeatedLineDecorationFilter
{
    private const double Margin = 0.12;

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
        var repeatedAt = Math.Max(3, (pages.Count + 1) / 2);
        return [.. pages.Select(p => p.Lines.Where(l => !IsDecoration(l, p.Page, keys, repeatedAt, pages.Count)).ToImmutableArray())];
    }

    private static bool InMargin(TextLine line, PageContent page) =>
        line.Box.Bottom > page.Height * (1 - Margin) || line.Box.Top < page.Height * Margin;

    private static string Key(TextLine line, PageContent page) =>
        Digits().Replace(line.Text, "#") + "@" + Math.Round(line.Baseline / 6) + "/" + Math.Round(page.Height);

    private static bool IsDecoration(TextLine line, PageContent page, Dictionary<string, int> keys, int repeatedAt, int pageCount)
    {
        if (!InMargin(line, page)) return false;
        if (PageNumber().IsMatch(line.Text) && Math.Abs(line.Box.CenterX - page.Width / 2) < page.Width * 0.2 || PageNumber().IsMatch(line.Text) && line.Box.Left > page.Width * 0.75)
        {
            return true;
        }
        return pageCount >= 3 && keys.GetValueOrDefault(Key(line, page)) >= repeatedAt;
    }
}
