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
        var rightColumn = int.MaxValue;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                if (++blanks > 2) break;
                continue;
            }
            if (line.Contains('\t')) break;
            if (Split(line) is var (leftPart, rightPart, at))
            {
                left.Add(leftPart);
                right.Add(rightPart);
                rightColumn = Math.Min(rightColumn, at);
            }
            else if (LeadingSpaces(line) > 20)
            {
                right.Add(line.Trim());
            }
            else if (line.TrimEnd().Length <= rightColumn)
            {
                left.Add(line.Trim());
            }
            else
            {
                // A line reaching into the right column: the two columns have ended (the text under a signature).
                break;
            }
            marked |= Marker().IsMatch(line);
            blanks = 0;
        }
        if (!marked || right.Count == 0 || left.Count == 0) return null;
        end = i;
        return new SourceTable([new SourceRow([Cell(left), Cell(right)])]);
    }

    private static bool IsTwoColumns(string line) => Split(line) is not null;

    /// <summary>
    /// The two parts of a line laid out in two columns, and where the right one starts: parted by five spaces or more,
    /// the right one starting in the right half. A gap whose text after it starts with a slash, a dash, a dot or in lower case is a blank left in a
    /// field ("Số:      /KH-UBND", "ngày      tháng 10"), not the gap between the columns; a line with two gaps
    /// that are not blanks is not two columns.
    /// </summary>
    private static (string Left, string Right, int RightStart)? Split(string line)
    {
        if (!line.Contains("     ", StringComparison.Ordinal)) return null;
        var text = line.TrimEnd();
        var lead = text.Length - text.TrimStart().Length;
        (string Left, string Right, int RightStart)? split = null;
        foreach (Match gap in ColumnGap().Matches(text, lead))
        {
            var after = gap.Index + gap.Length;
            var c = text[after];
            if (char.IsLower(c) || c is '/' or '-' or '.') continue;
            if (split is not null || after < 25) return null;
            split = (text[..gap.Index].Trim(), text[after..].Trim(), after);
        }
        return split;
    }

    private static int LeadingSpaces(string line) => line.Length - line.TrimStart().Length;

    private static SourceCell Cell(List<string> lines) =>
        new([.. PlainTextReader.ReadBlocks(string.Join("\n", lines)).OfType<SourceParagraph>()]);

    /// <summary>Five or more spaces: the gap between two columns laid out side by side.</summary>
    [GeneratedRegex(@"\s{5,}")]
    private static partial Regex ColumnGap();
}
