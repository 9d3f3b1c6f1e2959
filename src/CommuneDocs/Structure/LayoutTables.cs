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
                    || Markers.PlaceDateLine().IsMatch(p.DisplayText))
                {
                    return true;
                }
            }
        }
        return false;
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
