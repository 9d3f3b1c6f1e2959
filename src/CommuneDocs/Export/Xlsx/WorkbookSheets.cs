using CommuneDocs.Model;
using CommuneDocs.Semantics;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// The sheets of the workbook, one document at a time: a document read from several files (the .docx, its signed PDF,
/// a text export) is one plan, written from the file that stands for it (<see cref="DocumentIdentity"/>), with the
/// pages of the paged file. Each fixed sheet has a row per plan, task, target or unit duty; each indicator table a
/// sheet named after its plan. Long text columns wrap; dates known to the day are date cells, a month, quarter or year
/// stays text in its own column.
/// </summary>
internal sealed class WorkbookSheets
{
    private readonly ReportLabels _l;
    private readonly SheetTable _plans;
    private readonly SheetTable _tasks;
    private readonly SheetTable _targets;
    private readonly SheetTable _units;
    private readonly List<SheetTable> _tables = [];
    private readonly SheetNames _names;

    public WorkbookSheets(ReportLabels labels)
    {
        _l = labels;
        _plans = new SheetTable(_l.PlansSheet,
            [_l.Commune, _l.Kind, _l.NumberAndSymbol, _l.IssueDate, _l.IssueDateAsWritten, _l.Title, _l.Issuer, _l.SignerName,
             _l.TaskCount, _l.TargetCount, _l.Files], longText: [5]) { PrintFooter = _l.PrintFooter };
        _tasks = new SheetTable(_l.TasksSheet,
            [_l.Commune, _l.TaskId, _l.Task, _l.Items, _l.Lead, _l.Support, _l.Deadline, _l.DeadlineAsWritten, PageHeader],
            longText: [2, 3]) { PrintFooter = _l.PrintFooter };
        _targets = new SheetTable(_l.TargetsSheet,
            [_l.Commune, _l.Year, _l.Target, _l.Comparison, _l.Value, _l.MeasureUnit, PageHeader], longText: [2]) { PrintFooter = _l.PrintFooter };
        _units = new SheetTable(_l.UnitsSheet,
            [_l.Commune, _l.Unit, _l.UnitFullName, _l.Duty, PageHeader], longText: [3]) { PrintFooter = _l.PrintFooter };
        _names = new SheetNames([_plans.Name, _tasks.Name, _targets.Name, _units.Name]);
    }

    /// <summary>The names of the sheets written before the indicator tables, in order.</summary>
    public IReadOnlyList<string> FixedNames => [_plans.Name, _tasks.Name, _targets.Name, _units.Name];

    private string PageHeader => _l.Page + " (PDF)";

    public List<SheetTable> Build(IEnumerable<PlanDocument> plans)
    {
        foreach (var document in DocumentIdentity.Group(plans)) Add(document);
        return [_plans, _tasks, _targets, _units, .. _tables];
    }

    private void Add(SameDocument document)
    {
        var plan = document.Plan;
        var pages = new DocumentPages(document);
        // The commune names the plan on every sheet; the plans sheet lists its files, the PDF the page column points into.
        var commune = SheetCell.Of(plan.Commune ?? plan.Source.File);
        _plans.Add(commune, SheetCell.Of(_l.KindName(plan.Kind)), SheetCell.Of(NumberAndSymbol(plan)),
            SheetCell.FullDate(plan.Date), SheetCell.PartialDate(plan.Date, _l), SheetCell.Of(plan.Title), SheetCell.Of(plan.Issuer),
            SheetCell.Of(Signer(plan.Signer)), SheetCell.Of(plan.AllTasks().Count()), SheetCell.Of(plan.Targets.Length),
            SheetCell.Of(string.Join('\n', document.Files.Select(f => f.Source.File))));
        foreach (var t in plan.AllTasks())
        {
            var asWritten = t.Recurring && t.Deadline is null ? SheetCell.Of(_l.Recurring) : SheetCell.PartialDate(t.Deadline, _l);
            _tasks.Add(commune, SheetCell.Of(t.Id), SheetCell.Of(t.Title), SheetCell.Of(string.Join('\n', t.Items)),
                SheetCell.Of(string.Join("; ", t.Lead)), SheetCell.Of(string.Join("; ", t.Support)),
                SheetCell.FullDate(t.Deadline), asWritten, SheetCell.Of(pages.Task(t)));
        }
        foreach (var t in plan.Targets)
        {
            _targets.Add(commune, SheetCell.Of(t.Year), SheetCell.Of(t.Text), SheetCell.Of(_l.ComparatorWord(t.Comparator) is { Length: > 0 } word ? word : "="),
                SheetCell.Of(t.Value), SheetCell.Of(t.Unit), SheetCell.Of(pages.Target(t)));
        }
        foreach (var u in plan.Units)
        {
            var page = SheetCell.Of(pages.Unit(u));
            if (u.Duties.IsEmpty) _units.Add(commune, SheetCell.Of(u.Name), SheetCell.Of(u.Canonical), SheetCell.Empty, page);
            foreach (var duty in u.Duties) _units.Add(commune, SheetCell.Of(u.Name), SheetCell.Of(u.Canonical), SheetCell.Of(duty), page);
        }
        var owner = plan.Commune ?? Path.GetFileNameWithoutExtension(plan.Source.File);
        for (var i = 0; i < plan.Tables.Length; i++) _tables.Add(TableSheet(owner, i, plan.Tables[i], pages));
    }

    /// <summary>
    /// An indicator table, in a sheet named after its plan ("Hà Tây - Bảng 1"): a column per group level ("A Năm 2025",
    /// "I Về số lượng"), the table's own columns, the page; the plan and the caption printed at the top of each page.
    /// </summary>
    private SheetTable TableSheet(string owner, int index, IndicatorTable table, DocumentPages pages)
    {
        var depth = table.Rows.IsEmpty ? 0 : table.Rows.Max(r => r.Groups.Length);
        var width = table.Rows.IsEmpty ? table.Columns.Length : Math.Max(table.Columns.Length, table.Rows.Max(r => r.Cells.Length));
        var header = new List<string>();
        for (var g = 1; g <= depth; g++) header.Add(depth == 1 ? _l.Group : _l.GroupLevel(g));
        for (var c = 0; c < width; c++) header.Add(c < table.Columns.Length && table.Columns[c].Length > 0 ? table.Columns[c] : _l.Column(c + 1));
        header.Add(PageHeader);
        var longText = Enumerable.Range(0, depth + width).Where(c => c >= depth && c - depth < table.Columns.Length && IsLong(table, c - depth)).ToList();
        var sheet = new SheetTable(_names.Next(_l.TableSheet(owner, index + 1)), header, longText)
        {
            PrintTitle = owner + (table.Caption is { Length: > 0 } caption ? " - " + caption : ""),
            PrintFooter = _l.PrintFooter,
        };
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            // The sheet's header row is the table's; a group row stays, as the table shows it.
            if (row.Kind == TableRowKind.Header) continue;
            var cells = new SheetCell[depth + width + 1];
            for (var g = 0; g < depth; g++) cells[g] = g < row.Groups.Length ? SheetCell.Of(row.Groups[g]) : SheetCell.Empty;
            for (var c = 0; c < width; c++) cells[depth + c] = c < row.Cells.Length ? SheetCell.FromTableText(row.Cells[c]) : SheetCell.Empty;
            cells[^1] = SheetCell.Of(pages.Row(index, r, row));
            sheet.Add(cells);
        }
        return sheet;
    }

    /// <summary>A column whose cells run long (more than 30 characters in some row): it wraps and takes the width left.</summary>
    private static bool IsLong(IndicatorTable table, int column) => table.Rows.Any(r => column < r.Cells.Length && r.Cells[column].Length > 30);

    private static string? NumberAndSymbol(PlanDocument plan) =>
        plan.Symbol is null ? plan.Number : (plan.Number ?? "…") + "/" + plan.Symbol;

    /// <summary>The signer as the signature block reads: authority, position, name, one per line.</summary>
    private static string? Signer(Signer? signer)
    {
        if (signer is null) return null;
        var lines = new[] { signer.Authority, signer.Position, signer.Name }.Where(l => !string.IsNullOrWhiteSpace(l));
        var text = string.Join('\n', lines);
        return text.Length == 0 ? null : text;
    }
}
