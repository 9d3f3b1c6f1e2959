using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>Where a task table keeps each fact: the column index of each, or -1.</summary>
internal readonly record struct TaskTableColumns(int Number, int Task, int Lead, int Support, int Time, int Product);

/// <summary>What one row of a task table states about its task.</summary>
internal sealed record RowFacts(string Number, string Task, PartialDate? Deadline, bool Recurring, ImmutableArray<string> Lead,
    ImmutableArray<string> Support, string? Product, SourceSpan Span);

/// <summary>
/// A table that assigns tasks (STT / Nhiệm vụ / Sản phẩm / Thời gian / Chủ trì / Phối hợp): a task or content column
/// and a time or lead column. One whose caption or columns call it an indicator table ("CHỈ TIÊU ...") lists targets
/// with their owners: its rows fill the tasks that restate them, but are no tasks of their own.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Columns">Its columns.</param>
/// <param name="RowKeys">Each row's task cell as a placement-insensitive matching key.</param>
/// <param name="IsIndicatorTable">Its caption or a column names indicators (chỉ tiêu).</param>
internal sealed record TaskTable(TableShape Table, TaskTableColumns Columns, string[] RowKeys, bool IsIndicatorTable)
{
    private static readonly string[] NumberHeaders = ["tt", "stt", "so tt", "so thu tu"];

    /// <summary>How much of a task's title is compared with a row's task cell, and the least that must agree.</summary>
    private const int CompareLength = 40;
    private const int MinAgreeing = 15;

    /// <summary>The document's task tables, each row's key made once.</summary>
    public static ImmutableArray<TaskTable> Find(StructuredDocument doc) => [.. doc.Tables.Select(Of).OfType<TaskTable>()];

    /// <summary>Whether an appendix table assigns tasks (and is no indicator table): its rows are appendix tasks.</summary>
    public bool ListsAppendixTasks => Table.InAppendix && !IsIndicatorTable;

    /// <summary>The rows a table shows in the output: every row of an appendix task table, the data rows of any other.</summary>
    public static ImmutableArray<IndicatorRow> RowsShown(TableShape table) => Of(table) is { ListsAppendixTasks: true } ? table.Grid : table.Rows;

    private static TaskTable? Of(TableShape table)
    {
        var cols = table.Columns.Select(VietnameseText.Fold).ToList();
        int Find(Func<string, bool> test) => cols.FindIndex(c => test(c));
        var task = Find(c => Has(c, "nhiem vu") || Has(c, "noi dung") || Has(c, "cong viec") || Has(c, "hoat dong"));
        var lead = Find(c => Has(c, "chu tri") || Has(c, "don vi thuc hien") || Has(c, "co quan thuc hien") || Has(c, "trach nhiem"));
        var time = Find(c => Has(c, "thoi gian") || Has(c, "thoi han") || Has(c, "tien do"));
        if (task < 0 || (time < 0 && lead < 0)) return null;
        var columns = new TaskTableColumns(
            Find(c => NumberHeaders.Contains(c.Trim('.', ' '))), task, lead, Find(c => Has(c, "phoi hop")), time,
            Find(c => Has(c, "san pham") || Has(c, "ket qua")));
        var indicator = Has(VietnameseText.Fold(table.Caption ?? ""), "chi tieu") || cols.Any(c => c.StartsWith("chi tieu", StringComparison.Ordinal));
        return new TaskTable(table, columns, [.. table.Rows.Select(r => VietnameseText.ToneKey(r.Cells[task]))], indicator);
    }

    private static bool Has(string folded, string words) => folded.Contains(words, StringComparison.Ordinal);

    /// <summary>The row's facts, its units split as lists.</summary>
    public RowFacts Row(int r, UnitRegistry registry)
    {
        var cells = Table.Rows[r].Cells;
        string Cell(int c) => c >= 0 && c < cells.Length ? cells[c] : "";
        var time = Cell(Columns.Time);
        var product = Cell(Columns.Product);
        return new RowFacts(Cell(Columns.Number), Cell(Columns.Task), TaskTimes.Deadline(time), TaskTimes.IsRecurring(time),
            UnitLists.Split(Cell(Columns.Lead), registry), UnitLists.Split(Cell(Columns.Support), registry),
            product.Length > 0 ? product : null, Table.Rows[r].Span);
    }

    /// <summary>
    /// Whether row <paramref name="r"/> restates the task titled <paramref name="title"/>: the same words, give or take a
    /// fifth of the longer (a heading the row only starts with, "Xây dựng hạ tầng công nghệ thông tin" over "Xây dựng hạ
    /// tầng công nghệ thông tin, trang thiết bị tại Sở ...", is another task).
    /// </summary>
    public bool Restates(string title, int r)
    {
        var key = VietnameseText.ToneKey(title);
        var cell = RowKeys[r];
        var n = Math.Min(key.Length, cell.Length);
        return n >= MinAgreeing && n * 5 >= Math.Max(key.Length, cell.Length) * 4 && key.AsSpan(0, n).SequenceEqual(cell.AsSpan(0, n));
    }

    /// <summary>The row whose task cell starts as the title does, or -1.</summary>
    public int RowOf(string title)
    {
        var key = VietnameseText.ToneKey(title);
        for (var r = 0; r < RowKeys.Length; r++)
        {
            var cell = RowKeys[r];
            var n = Math.Min(CompareLength, Math.Min(key.Length, cell.Length));
            if (n >= MinAgreeing && key.AsSpan(0, n).SequenceEqual(cell.AsSpan(0, n))) return r;
        }
        return -1;
    }
}
