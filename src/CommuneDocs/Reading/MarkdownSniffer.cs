using System.Text;
using System.Text.RegularExpressions;

namespace CommuneDocs.Reading;

/// <summary>
/// Tells, conservatively, text that is clearly Markdown though not named .md: a table (a pipe table's delimiter row,
/// or the one-cell-per-line pipe table of converted pages: a lone "|" line and another within a few lines), ATX
/// headings on three lines, or five lines wholly in **bold** (two of each when both are there). Text pulled out of a
/// PDF or a Word file has none of these.
/// </summary>
internal static partial class MarkdownSniffer
{
    /// <summary>How many lines after a lone "|" another is looked for.</summary>
    private const int PipeRunLookahead = 12;

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")]
    private static partial Regex DelimiterRow();

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*\*\*[^*\s].*\*\*\s*$")]
    private static partial Regex BoldLine();

    public static bool IsMarkdown(ReadOnlySpan<byte> head)
    {
        var lines = Encoding.UTF8.GetString(head).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Any(l => DelimiterRow().IsMatch(l)) || HasLonePipeRun(lines)) return true;
        var headings = lines.Count(l => AtxHeading().IsMatch(l));
        var bold = lines.Count(l => BoldLine().IsMatch(l));
        return headings >= 3 || bold >= 5 || (headings >= 2 && bold >= 2);
    }

    private static bool HasLonePipeRun(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "|") continue;
            for (var j = i + 1; j < Math.Min(lines.Length, i + 1 + PipeRunLookahead) && lines[j].Trim().Length > 0; j++)
            {
                if (lines[j].Trim() == "|") return true;
            }
        }
        return false;
    }
}
