using System.Globalization;

namespace CommuneDocs.Reading.PlainText;

/// <summary>
/// The page numbers of text pulled out of a paged document. A page shows its own number from page 2 on, centred in the
/// top margin (Nghị định 30/2020/NĐ-CP, Phụ lục I), and <c>pdftotext</c> writes it as the first line after the form
/// feed that ends the page before; left in, it would run into the paragraph that goes on over the break ("2 rõ trách
/// nhiệm") and read as a figure. Numbers in other forms ("- 2 -", "Trang 2") are the reader's own concern.
/// </summary>
internal static class PageNumbers
{
    /// <summary>
    /// <paramref name="text"/> with its form feeds made line breaks and, on each page they part, a first or last line
    /// that holds only that page's number removed.
    /// </summary>
    public static string RemoveAtPageBreaks(string text)
    {
        if (!text.Contains('\f')) return text;
        var pages = text.Split('\f');
        for (var i = 1; i < pages.Length; i++) pages[i] = Remove(pages[i], i + 1);
        return string.Join('\n', pages);
    }

    /// <summary>The text of page <paramref name="number"/> without a first or last non-blank line that holds only that number.</summary>
    public static string Remove(string page, int number)
    {
        var lines = page.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first >= 0 && IsNumber(lines[first], number)) lines[first] = "";
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        if (last >= 0 && IsNumber(lines[last], number)) lines[last] = "";
        return string.Join('\n', lines);
    }

    private static bool IsNumber(string line, int number) =>
        int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == number;
}
