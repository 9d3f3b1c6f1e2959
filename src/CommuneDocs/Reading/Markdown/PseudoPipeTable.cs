namespace CommuneDocs.Reading.Markdown;

/// <summary>
/// Reads the pseudo pipe table of a page converted to Markdown into rows of cell texts. Each cell is opened by a "|"
/// and closed by the next; a row ends with a "|", so two "|" with nothing between them end a row and start the next
/// (an empty cell cannot be told from a row break and so is not kept). A "|" is usually alone on its line and a cell is
/// every line up to the next one; a row of one-line cells may be written on one line ("Số: 12/QĐ-UBND | Hà Nội, ngày
/// ... |"). Rows the conversion flattened (cells covered by a row span dropped) keep the cells they have, first.
/// </summary>
internal static class PseudoPipeTable
{
    /// <summary>The rows, each a list of cells, each cell its lines joined by line breaks.</summary>
    public static List<List<string>> Rows(IReadOnlyList<string> lines)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        List<string>? cell = null;
        var afterSeparator = false;
        foreach (var line in lines)
        {
            var pieces = line.Split('|');
            for (var k = 0; k < pieces.Length; k++)
            {
                if (pieces[k].Trim().Length > 0)
                {
                    (cell ??= []).Add(pieces[k].Trim());
                    afterSeparator = false;
                }
                if (k == pieces.Length - 1) continue;
                if (cell is not null)
                {
                    row.Add(string.Join('\n', cell));
                    cell = null;
                }
                else if (afterSeparator && row.Count > 0)
                {
                    rows.Add(row);
                    row = [];
                }
                afterSeparator = true;
            }
        }
        if (cell is not null) row.Add(string.Join('\n', cell));
        if (row.Count > 0) rows.Add(row);
        return rows;
    }
}
