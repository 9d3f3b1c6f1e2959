namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Joins again one two-column block that a page, or a line the detector could not place, broke in two (a recipients
/// list that runs on to the next page beside the signature): two blocks parted at about the same x, on the same or
/// the next page, with only one-sided lines between them become one, those lines going to their side.
/// </summary>
internal sealed class ColumnBlockJoiner
{
    /// <summary>Two blocks whose splits are less than this many points apart are parted at the same x.</summary>
    private const double MaxSplitShift = 40;

    /// <summary>A block goes on at most this many pages after the one it starts on.</summary>
    private const int MaxPagesApart = 1;

    public static ColumnBlockJoiner Instance { get; } = new();

    /// <summary>The items, in reading order, with each broken two-column block joined.</summary>
    public List<PageItem> Join(List<PageItem> items)
    {
        var result = new List<PageItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not ColumnsItem block)
            {
                result.Add(items[i]);
                continue;
            }
            var j = i + 1;
            while (j < items.Count && items[j] is LineItem line && OneSided(line.Line, block.Split) && items[j].Page - block.Page <= MaxPagesApart) j++;
            if (j < items.Count && items[j] is ColumnsItem next && Math.Abs(next.Split - block.Split) < MaxSplitShift && next.Page - block.Page <= MaxPagesApart)
            {
                var between = items.Skip(i + 1).Take(j - i - 1).Cast<LineItem>().Select(l => l.Line).ToList();
                items[j] = block with
                {
                    Left = [.. block.Left, .. between.Where(l => l.Box.Right <= block.Split), .. next.Left],
                    Right = [.. block.Right, .. between.Where(l => l.Box.Left >= block.Split), .. next.Right],
                };
                i = j - 1;
                continue;
            }
            result.Add(block);
        }
        return result;
    }

    /// <summary>Whether the line keeps to one side of <paramref name="split"/>.</summary>
    private static bool OneSided(TextLine line, double split) => line.Box.Right <= split || line.Box.Left >= split;
}
