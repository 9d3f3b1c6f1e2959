using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CommuneDocs.Reading.PlainText;

/// <summary>
/// Text laid out in two columns on the same lines (what <c>pdftotext -layout</c> writes for the header block and
/// for the Nơi nhận list beside the signature): a run of lines whose left and right parts are far apart becomes a
/// one-row table of two cells, which the structure stage reads column by column.
/// </summary>
internal static partial class SideBySide
{
    [GeneratedRegex(@"^(?<left>\s*\S.*?\S?)\s{5,}(?<right>\S.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoParts();

    // The run must hold a line of the header block or of the closing, or it is not this layout.
    [GeneratedRegex(@"C[ỘO]NG\s+H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I|Đ[ộo]c\s+l[ậa]p|ĐỘC\s+LẬP|^\s*S[ốô]\s*:|N[ơo]i\s+nh[ậa]n|(?:^|\s)(?:TM|KT)\s*\.\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public static SourceTable? TryRead(string[] lines, int start, out int end)
    {
        end = start;
        if (lines[start].Contains('\t') || !IsTwoColumns(lines[start])) return null;
        var left = new List<string>();
        var right = new List<string>();
        var i = start;
        var marked = false;
        var blanks = 0;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                if (++blanks > 2) break;
                continue;
            }
            if (line.Contains('\t')) break;
            var m = TwoParts().Match(line);
            if (IsTwoColumns(line))
            {
                left.Add(m.Groups["left"].Value.Trim());
                right.Add(m.Groups["right"].Value.Trim());
            }
            else if (LeadingSpaces(line) > 20)
            {
                right.Add(line.Trim());
            }
            else
            {
                left.Add(line.Trim());
            }
            marked |= Marker().IsMatch(line);
            blanks = 0;
        }
        if (!marked || right.Count == 0 || left.Count + right.Count < 3) return null;
        end = i;
        return new SourceTable([new SourceRow([Cell(left), Cell(right)])]);
    }

    /// <summary>
    /// Two parts far apart, the right one in the right half: not a blank left in a field ("Số:      /KH-UBND",
    /// "ngày      tháng 10"), whose second part starts with a slash or in lower case.
    /// </summary>
    private static bool IsTwoColumns(string line)
    {
        if (!line.Contains("     ", StringComparison.Ordinal)) return false;
        var m = TwoParts().Match(line);
        if (!m.Success || ColumnGap().Split(line.Trim()).Length != 2) return false;
        var right = m.Groups["right"];
        return right.Index >= 25 && !char.IsLower(right.Value[0]) && right.Value[0] is not ('/' or '-' or '.');
    }

    private static int LeadingSpaces(string line) => line.Length - line.TrimStart().Length;

    private static SourceCell Cell(List<string> lines) =>
        new([.. PlainTextReader.ReadBlocks(string.Join("\n", lines)).OfType<SourceParagraph>()]);

    /// <summary>Five or more spaces: the gap between two columns laid out side by side.</summary>
    [GeneratedRegex(@"\s{5,}")]
    private static partial Regex ColumnGap();
}
