using CommuneDocs.Reading;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>
/// Tells layout tables (the two-column header block, the signature block beside the Nơi nhận list, a one-cell frame)
/// from data tables, and opens layout tables up into paragraphs, column by column.
/// </summary>
internal static class LayoutTables
{
    public static bool IsLayout(SourceTable table)
    {
        if (table.Rows.Length == 0) return true;
        var columns = table.Rows.Max(r => r.Cells.Length);
        if (columns <= 1 && table.Rows.Length <= 3) return true;
        // Word lays the Nơi nhận list beside the signature as a two- or three-column table with a row per recipient,
        // so a narrow table is judged by its content (the markers below), not by its row count.
        if (columns > 3 || table.Rows.Length > 40) return false;
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            foreach (var p in cell.Paragraphs)
            {
                var folded = VietnameseText.Fold(p.DisplayText);
                if (Markers.IsNationalTitle(folded) || Markers.IsMotto(folded) || Markers.IsRecipientsHeading(folded)
                    || Markers.IsAuthorityLine(p.DisplayText) || Markers.NumberLine().IsMatch(p.DisplayText)
                    || Markers.PlaceDateLine().IsMatch(p.DisplayText) || Markers.IsSignatureCaption(folded))
                {
                    return true;
                }
            }
        }
        return IsFormBlanks(table);
    }

    /// <summary>
    /// A form's lines to fill in ("1 ………… 2 …………"): a table with a dot for every two letters is the layout of a template, not
    /// data (the blank grid of a form, with its row numbers and headers, has words in it and stays a table).
    /// </summary>
    private static bool IsFormBlanks(SourceTable table)
    {
        var text = string.Concat(table.Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        var dots = text.Count(c => c is '.' or '…' or '_');
        var letters = text.Count(char.IsLetter);
        return dots > 0 && dots * 2 >= letters;
    }

    /// <summary>The table's paragraphs, left column first, each cell top to bottom.</summary>
    public static IEnumerable<SourceParagraph> Open(SourceTable table)
    {
        var columns = table.Rows.Max(r => r.Cells.Length);
        for (var c = 0; c < columns; c++)
        {
            foreach (var row in table.Rows)
            {
                if (c >= row.Cells.Length) continue;
                foreach (var p in row.Cells[c].Paragraphs)
                {
                    yield return p with { Index = table.Index, Page = table.Page };
                }
            }
        }
    }
}
