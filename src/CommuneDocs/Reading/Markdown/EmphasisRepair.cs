using System.Text;

namespace CommuneDocs.Reading.Markdown;

/// <summary>
/// Repairs the emphasis that Word-to-Markdown converters write and CommonMark (6.2, left- and right-flanking delimiter
/// runs) does not close: the space at a bold run's edge kept inside the markers ("**ỦY BAN NHÂN\nDÂN **", "*ngày 17
/// tháng 11 năm 2025 *", "**Điều 1. **Ban hành") is moved outside them, and a span holding only white space
/// ("** **", "**\n**") is dropped. Markers are paired in order within a paragraph, as converters write them (never
/// nested in themselves); a "***" run is left as it is. A pure text pass, run before Markdig parses the text.
/// </summary>
internal static class EmphasisRepair
{
    private readonly record struct Edit(int Start, int Length, string Replacement);

    public static string Repair(string text)
    {
        if (!text.Contains('*')) return text;
        var edits = new List<Edit>();
        var open = new (int At, int Width)?[3];
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (c == '\\' && at + 1 < text.Length)
            {
                at += 2;
                continue;
            }
            if (c == '\n' && IsBlankLineAfter(text, at)) Array.Clear(open);
            if (c != '*')
            {
                at++;
                continue;
            }
            var run = 1;
            while (at + run < text.Length && text[at + run] == '*') run++;
            if (!IsBulletMarker(text, at, run))
            {
                var offset = 0;
                foreach (var width in Units(run))
                {
                    Pair(text, at + offset, width, open, edits);
                    offset += width;
                }
            }
            at += run;
        }
        return Apply(text, edits);
    }

    /// <summary>"**" and "*" stand alone; "****" is a closing and an opening "**"; "***" is left to Markdig.</summary>
    private static int[] Units(int run) => run switch
    {
        1 or 2 => [run],
        4 => [2, 2],
        _ => [],
    };

    /// <summary>A lone "*" first on its line and followed by a space is a list item's marker (CommonMark 5.2), not emphasis.</summary>
    private static bool IsBulletMarker(string text, int at, int run)
    {
        if (run != 1 || at + 1 >= text.Length || text[at + 1] is not (' ' or '\t')) return false;
        for (var i = at - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t')) return false;
        }
        return true;
    }

    private static void Pair(string text, int at, int width, (int At, int Width)?[] open, List<Edit> edits)
    {
        if (open[width] is { } opener)
        {
            open[width] = null;
            AddEdits(text, opener.At, at, width, edits);
        }
        else if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (FollowedByText(text, at + width) || OnlySpaceBeforeNext(text, at + width, width) || ClosedOnItsLine(text, at + width, width)))
        {
            open[width] = (at, width);
        }
    }

    private static bool FollowedByText(string text, int at) => at < text.Length && !char.IsWhiteSpace(text[at]);

    /// <summary>"** II**": a marker followed by a space whose span closes on the same line, right after its text.</summary>
    private static bool ClosedOnItsLine(string text, int at, int width)
    {
        var end = text.IndexOf('\n', at);
        var line = text.AsSpan(at, (end < 0 ? text.Length : end) - at);
        var close = line.IndexOf(width == 2 ? "**" : "*");
        return close > 0 && !char.IsWhiteSpace(line[close - 1]) && line[..close].Trim().Length > 0;
    }

    /// <summary>An empty span: only white space between this marker and the next one of its width ("** **", "**\n**").</summary>
    private static bool OnlySpaceBeforeNext(string text, int at, int width)
    {
        var end = at;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end > at && end + width <= text.Length && text.AsSpan(end, width).Count('*') == width
               && (end + width == text.Length || text[end + width] != '*' || width == 2);
    }

    /// <summary>The edits for one pair: white space inside its edges moved out, or the pair dropped when it holds only white space.</summary>
    private static void AddEdits(string text, int opener, int closer, int width, List<Edit> edits)
    {
        var inside = text.AsSpan(opener + width, closer - opener - width);
        if (inside.IsWhiteSpace())
        {
            edits.Add(new Edit(opener, closer + width - opener, Collapse(inside)));
            return;
        }
        var lead = inside.Length - inside.TrimStart().Length;
        if (lead > 0)
        {
            var outside = opener == 0 || char.IsWhiteSpace(text[opener - 1]) ? "" : Collapse(inside[..lead]);
            edits.Add(new Edit(opener, width + lead, outside + text.Substring(opener, width)));
        }
        var trail = inside.Length - inside.TrimEnd().Length;
        if (trail > 0)
        {
            var end = closer + width;
            var outside = end >= text.Length || char.IsWhiteSpace(text[end]) ? "" : Collapse(inside[^trail..]);
            edits.Add(new Edit(closer - trail, trail + width, text.Substring(closer, width) + outside));
        }
    }

    /// <summary>White space as one character: a line break when it holds one, else a space.</summary>
    private static string Collapse(ReadOnlySpan<char> space) => space.Length == 0 ? "" : space.Contains('\n') ? "\n" : " ";

    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (var i = newline + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    private static string Apply(string text, List<Edit> edits)
    {
        if (edits.Count == 0) return text;
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Start))
        {
            if (edit.Start < at) continue;
            sb.Append(text, at, edit.Start - at).Append(edit.Replacement);
            at = edit.Start + edit.Length;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }
}
