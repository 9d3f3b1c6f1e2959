using System.Collections.Immutable;

namespace CommuneDocs.Model;

/// <summary>Which file a plan was parsed from.</summary>
/// <param name="File">The file name (without directories).</param>
/// <param name="Format">The container format.</param>
/// <param name="Pages">The page count, for formats that have pages.</param>
public sealed record SourceInfo(string File, SourceFormat Format, int? Pages);

/// <summary>Who signed the document (Nghị định 30/2020/NĐ-CP, Điều 8, khoản 7: quyền hạn, chức vụ, họ tên người ký).</summary>
/// <param name="Name">The name as signed.</param>
/// <param name="Position">The signer's own title ("Phó Chủ tịch").</param>
/// <param name="Authority">The signing line above the title ("KT. Chủ tịch", "TM. Ủy ban nhân dân"), if any.</param>
public sealed record Signer(string? Name, string? Position, string? Authority);

/// <summary>A legal or administrative document cited by number, or by name alone (a law cited without its number).</summary>
/// <param name="Kind">Its kind as cited ("Quyết định", "Kế hoạch", "Nghị định", "Luật").</param>
/// <param name="Number">The full number and symbol ("1565/QĐ-TTg"), or null for a document cited by name alone.</param>
/// <param name="Date">Its date, as far as cited.</param>
/// <param name="Issuer">Who issued it, as cited, abbreviations expanded.</param>
public sealed record LegalReference(string Kind, string? Number, PartialDate? Date, string? Issuer)
{
    /// <summary>The document's name as written, for a document cited by name ("Luật Bầu cử đại biểu Quốc hội ..."); else null.</summary>
    public string? Title { get; init; }

    /// <summary>Where it is first cited.</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>One enumerated block of the outline (I., 1., a), -, +, Điều 1, ...).</summary>
/// <param name="Label">The enumerator without punctuation ("II", "1", "a", "-", "Điều 1"), as written.</param>
/// <param name="Text">The block's own text, whitespace collapsed.</param>
/// <param name="Children">The blocks enumerated under it.</param>
/// <param name="Span">Where it starts in the source.</param>
public sealed record OutlineNode(string Label, string Text, ImmutableArray<OutlineNode> Children, SourceSpan Span);

/// <summary>A quantitative target (chỉ tiêu).</summary>
/// <param name="Year">The year the target is set for.</param>
/// <param name="Text">The clause that states it.</param>
/// <param name="Comparator">How the value compares.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">The unit shortened to its head ("%", "phút", "dịch vụ").</param>
/// <param name="Span">Where it is stated.</param>
public sealed record Target(int? Year, string Text, Comparator Comparator, decimal Value, string Unit, SourceSpan Span);

/// <summary>Where a task was read from.</summary>
public enum TaskSource
{
    /// <summary>The body of the plan (a numbered part that assigns work).</summary>
    Body,
    /// <summary>Only a row of an appendix task table (phụ lục phân công nhiệm vụ).</summary>
    Appendix,
}

/// <summary>A task (nhiệm vụ, giải pháp) the plan assigns; a group of tasks holds its tasks in <see cref="Subtasks"/>.</summary>
/// <param name="Id">The outline path of labels ("II.1", "II.1.2"; "PL.I.3" for an appendix row).</param>
/// <param name="Title">The task's heading text.</param>
/// <param name="Items">Its items: lettered sub-items, bullets or plain paragraphs (subtasks included).</param>
/// <param name="Deadline">Its completion time, when stated: the latest date its text names.</param>
/// <param name="Lead">Units that lead it (chủ trì).</param>
/// <param name="Support">Units that support it (phối hợp).</param>
/// <param name="Span">Where it starts.</param>
public sealed record PlanTask(string Id, string Title, ImmutableArray<string> Items, PartialDate? Deadline,
    ImmutableArray<string> Lead, ImmutableArray<string> Support, SourceSpan Span)
{
    /// <summary>The tasks inside this one ("1.1", "1.2" under "1. Về dữ liệu"), at any depth.</summary>
    public ImmutableArray<PlanTask> Subtasks { get; init; } = [];

    /// <summary>What the task must deliver (Sản phẩm, Kết quả), as written.</summary>
    public string? Product { get; init; }

    /// <summary>Whether the body states the task or only an appendix table lists it.</summary>
    public TaskSource Source { get; init; } = TaskSource.Body;

    /// <summary>For a task read from an appendix table, the row's number (STT) as written.</summary>
    public string? Row { get; init; }

    /// <summary>True when the task's time is ongoing ("thường xuyên", "hằng năm", "hằng quý") rather than a date.</summary>
    public bool Recurring { get; init; }

    /// <summary>This task and every task inside it, depth first.</summary>
    public IEnumerable<PlanTask> SelfAndSubtasks()
    {
        yield return this;
        foreach (var task in Subtasks.SelectMany(s => s.SelfAndSubtasks())) yield return task;
    }
}

/// <summary>A unit given duties in the implementation part (tổ chức thực hiện).</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Canonical">The standard full name: abbreviations expanded, commune suffix removed.</param>
/// <param name="Duties">The duties given to it.</param>
public sealed record ResponsibleUnit(string Name, string Canonical, ImmutableArray<string> Duties)
{
    /// <summary>Where its duties are first given.</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>What a row of a table is.</summary>
public enum TableRowKind
{
    /// <summary>A row of data: an indicator, a task.</summary>
    Data,
    /// <summary>A header row (its cells are the columns' names).</summary>
    Header,
    /// <summary>A group row that names the group of the rows under it ("I Cải cách thể chế").</summary>
    Group,
}

/// <summary>One row of an indicator or task table: a data row, or, in an appendix task table, also its header and group rows.</summary>
/// <param name="Groups">The group rows above it, outermost first ("A Năm 2025", "I Về số lượng").</param>
/// <param name="Cells">Cell texts as read, whitespace collapsed.</param>
public sealed record IndicatorRow(ImmutableArray<string> Groups, ImmutableArray<string> Cells)
{
    /// <summary>Whether the row is data, or a header or group row kept as the table has it.</summary>
    public TableRowKind Kind { get; init; } = TableRowKind.Data;

    /// <summary>Where the row was read (its table's block, and the page the row starts on).</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>A table of tasks or indicators, usually from an appendix (phụ lục).</summary>
/// <param name="Caption">The caption above the table.</param>
/// <param name="Columns">The header cells.</param>
/// <param name="Rows">
/// The data rows, each under its groups (contract version 1: a group row is not a row). An appendix task table keeps
/// every row as the reader sees it, header and group rows included, each with its <see cref="IndicatorRow.Kind"/>.
/// </param>
public sealed record IndicatorTable(string? Caption, ImmutableArray<string> Columns, ImmutableArray<IndicatorRow> Rows)
{
    /// <summary>Where the table starts.</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;
}

/// <summary>A parsed plan, decision or other administrative document.</summary>
public sealed record PlanDocument
{
    /// <summary>Version of the JSON contract this model maps to.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The file it was parsed from.</summary>
    public required SourceInfo Source { get; init; }

    /// <summary>Its kind, from the kind heading.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Other;

    /// <summary>The registry number before the slash, or null when left blank.</summary>
    public string? Number { get; init; }

    /// <summary>The symbol (ký hiệu) after the slash ("KH-UBND").</summary>
    public string? Symbol { get; init; }

    /// <summary>The issuing body, written in full.</summary>
    public string? Issuer { get; init; }

    /// <summary>The commune or ward that issued it, without "xã"/"phường".</summary>
    public string? Commune { get; init; }

    /// <summary>The province or centrally-run city, when the text names it.</summary>
    public string? Province { get; init; }

    /// <summary>The place name (địa danh) before ", ngày ...".</summary>
    public string? Place { get; init; }

    /// <summary>The date of issue as far as it is filled in.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The title (trích yếu) on one line, without the kind word.</summary>
    public string? Title { get; init; }

    /// <summary>Who signed it.</summary>
    public Signer? Signer { get; init; }

    /// <summary>The Nơi nhận list, one entry per line.</summary>
    public ImmutableArray<string> Recipients { get; init; } = [];

    /// <summary>Documents cited by number (or by name alone), in order of first mention.</summary>
    public ImmutableArray<LegalReference> References { get; init; } = [];

    /// <summary>The outline tree of enumerated blocks.</summary>
    public ImmutableArray<OutlineNode> Outline { get; init; } = [];

    /// <summary>Quantitative targets.</summary>
    public ImmutableArray<Target> Targets { get; init; } = [];

    /// <summary>The plan's tasks, top level; groups hold theirs in <see cref="PlanTask.Subtasks"/>.</summary>
    public ImmutableArray<PlanTask> Tasks { get; init; } = [];

    /// <summary>Every task at every depth, depth first.</summary>
    public IEnumerable<PlanTask> AllTasks() => Tasks.SelectMany(t => t.SelfAndSubtasks());

    /// <summary>Units given duties in the implementation part.</summary>
    public ImmutableArray<ResponsibleUnit> Units { get; init; } = [];

    /// <summary>Indicator and task tables.</summary>
    public ImmutableArray<IndicatorTable> Tables { get; init; } = [];

    /// <summary>Content faults found while reading and parsing.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];
}
