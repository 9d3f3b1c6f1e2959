using CommuneDocs.Model;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// Writes parsed plans as one Excel workbook (.xlsx, SpreadsheetML): a <c>Plans</c> sheet with a row per plan, sheets
/// <c>Tasks</c>, <c>Targets</c> and <c>Units</c> with a row per task, target and unit duty of every plan, and a sheet per
/// indicator table. Every sheet has a bold, frozen header row and an auto-filter; dates known to the day are date cells,
/// partial dates ("2025-08", "2025-Q3") stay text; target values, years and counts are numbers.
/// </summary>
public static class PlanWorkbook
{
    /// <summary>The names of the sheets written before the indicator tables, in order.</summary>
    public static IReadOnlyList<string> FixedSheets { get; } = ["Plans", "Tasks", "Targets", "Units"];

    /// <summary>Writes the workbook to a stream; a stream that cannot seek or be read (standard output) gets it through a buffer.</summary>
    /// <param name="plans">The plans, in the order their rows are written.</param>
    /// <param name="output">Where the .xlsx package goes; it is left open.</param>
    public static void Write(IEnumerable<PlanDocument> plans, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(output);
        var sheets = Sheets(plans);
        if (output.CanSeek && output.CanRead && output.CanWrite)
        {
            WorkbookWriter.Write(sheets, output);
            return;
        }
        // The zip package is written with seeks back to its local headers, which a pipe cannot do.
        using var buffer = new MemoryStream();
        WorkbookWriter.Write(sheets, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Writes the workbook to a file, replacing it only once the whole workbook is written.</summary>
    /// <param name="plans">The plans, in the order their rows are written.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    public static void Write(IEnumerable<PlanDocument> plans, string path)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temp = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                Write(plans, stream);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
    }

    /// <summary>The sheets of the workbook with their rows, before anything is written.</summary>
    internal static List<SheetTable> Sheets(IEnumerable<PlanDocument> plans)
    {
        var planSheet = new SheetTable("Plans",
        [
            "File", "Format", "Kind", "Number", "Symbol", "Issuer", "Commune", "Province", "Place", "Date", "Title",
            "Signer name", "Signer position", "Signer authority", "Tasks", "Targets", "Units", "Tables", "Warnings",
        ]);
        var tasks = new SheetTable("Tasks", ["File", "Commune", "Id", "Title", "Items", "Deadline", "Lead", "Support"]);
        var targets = new SheetTable("Targets", ["File", "Commune", "Year", "Comparator", "Value", "Unit", "Text"]);
        var units = new SheetTable("Units", ["File", "Commune", "Name", "Canonical", "Duty"]);
        var tables = new List<SheetTable>();
        var names = new SheetNames(FixedSheets);

        foreach (var plan in plans)
        {
            ArgumentNullException.ThrowIfNull(plan, nameof(plans));
            var file = SheetCell.Of(plan.Source.File);
            var commune = SheetCell.Of(plan.Commune);
            planSheet.Add(file, SheetCell.Of(PlanJson.FormatName(plan.Source.Format)), SheetCell.Of(PlanJson.KindName(plan.Kind)),
                SheetCell.Of(plan.Number), SheetCell.Of(plan.Symbol), SheetCell.Of(plan.Issuer), commune, SheetCell.Of(plan.Province),
                SheetCell.Of(plan.Place), SheetCell.Of(plan.Date), SheetCell.Of(plan.Title),
                SheetCell.Of(plan.Signer?.Name), SheetCell.Of(plan.Signer?.Position), SheetCell.Of(plan.Signer?.Authority),
                SheetCell.Of(plan.Tasks.Length), SheetCell.Of(plan.Targets.Length), SheetCell.Of(plan.Units.Length),
                SheetCell.Of(plan.Tables.Length), SheetCell.Of(plan.Warnings.Length));
            foreach (var t in plan.Tasks)
            {
                tasks.Add(file, commune, SheetCell.Of(t.Id), SheetCell.Of(t.Title), SheetCell.Of(string.Join('\n', t.Items)),
                    SheetCell.Of(t.Deadline), SheetCell.Of(string.Join("; ", t.Lead)), SheetCell.Of(string.Join("; ", t.Support)));
            }
            foreach (var t in plan.Targets)
            {
                targets.Add(file, commune, SheetCell.Of(t.Year), SheetCell.Of(PlanJson.ComparatorSymbol(t.Comparator)),
                    SheetCell.Of(t.Value), SheetCell.Of(t.Unit), SheetCell.Of(t.Text));
            }
            foreach (var u in plan.Units)
            {
                if (u.Duties.IsEmpty) units.Add(file, commune, SheetCell.Of(u.Name), SheetCell.Of(u.Canonical));
                foreach (var duty in u.Duties) units.Add(file, commune, SheetCell.Of(u.Name), SheetCell.Of(u.Canonical), SheetCell.Of(duty));
            }
            foreach (var table in plan.Tables) tables.Add(TableSheet(names.Next(table.Caption), file, table));
        }
        return [planSheet, tasks, targets, units, .. tables];
    }

    /// <summary>An indicator table: the plan file, a column per group level ("A Năm 2025", "I Về số lượng"), then the table's own columns.</summary>
    private static SheetTable TableSheet(string name, SheetCell file, IndicatorTable table)
    {
        var depth = table.Rows.IsEmpty ? 0 : table.Rows.Max(r => r.Groups.Length);
        var width = table.Rows.IsEmpty ? table.Columns.Length : Math.Max(table.Columns.Length, table.Rows.Max(r => r.Cells.Length));
        var header = new List<string> { "File" };
        for (var g = 1; g <= depth; g++) header.Add(depth == 1 ? "Group" : $"Group {g}");
        for (var c = 0; c < width; c++) header.Add(c < table.Columns.Length && table.Columns[c].Length > 0 ? table.Columns[c] : $"Column {c + 1}");
        var sheet = new SheetTable(name, header);
        foreach (var row in table.Rows)
        {
            var cells = new SheetCell[1 + depth + row.Cells.Length];
            cells[0] = file;
            for (var g = 0; g < depth; g++) cells[1 + g] = g < row.Groups.Length ? SheetCell.Of(row.Groups[g]) : SheetCell.Empty;
            for (var c = 0; c < row.Cells.Length; c++) cells[1 + depth + c] = SheetCell.FromTableText(row.Cells[c]);
            sheet.Add(cells);
        }
        return sheet;
    }
}
