using AngleSharp.Dom;

namespace CommuneDocs.Reading.Html;

/// <summary>
/// Picks the document out of a web page's blocks: the container of the document is the deepest element holding every
/// block that bears a sign of it (quốc hiệu, number line, kind heading, numbered parts; <see cref="DocumentSigns"/>), so
/// the menus, banners, sidebars and related-document lists around it are left out; inside it, what comes before the
/// header block (tabs such as "Lưu trữ", "Ghi chú", notices) is left out too (<see cref="DocumentSigns.StartOf"/>).
/// </summary>
internal static class PageContent
{
    public static List<PageBlock> Select(List<PageBlock> blocks)
    {
        var anchors = blocks.Where(b => DocumentSigns.BearsSign(b.Block)).Select(b => b.Element).ToList();
        if (anchors.Count == 0) return blocks;
        var container = anchors.Skip(1).Aggregate(anchors[0], CommonAncestor);
        var kept = blocks.Where(b => IsWithin(b.Element, container)).ToList();
        return kept.Skip(DocumentSigns.StartOf([.. kept.Select(b => b.Block)])).ToList();
    }

    private static IElement CommonAncestor(IElement a, IElement b)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = a; e is not null; e = e.ParentElement) ancestors.Add(e);
        for (var e = b; e is not null; e = e.ParentElement)
        {
            if (ancestors.Contains(e)) return e;
        }
        return a.Owner!.DocumentElement;
    }

    private static bool IsWithin(IElement element, IElement container)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e == container) return true;
        }
        return false;
    }
}
