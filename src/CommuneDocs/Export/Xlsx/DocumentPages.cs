using CommuneDocs.Model;
using CommuneDocs.Semantics;
using CommuneDocs.Text;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// The page of each item of a document read from several files: the item's own page when the file standing for the
/// document has pages, else the page of the same item in a file of the document that has them (the signed PDF beside
/// the Word file). Items are the same across files by what identifies them: a task by its id, a unit by its name, a
/// target by its text, a table row by its table's and its own place.
/// </summary>
internal sealed class DocumentPages
{
    private readonly PlanDocument? _paged;
    private readonly Dictionary<string, int?> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _targets = new(StringComparer.Ordinal);

    public DocumentPages(SameDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _paged = document.Files.FirstOrDefault(f => f.Source.Pages is not null && f != document.Plan);
        if (_paged is null) return;
        foreach (var t in _paged.AllTasks()) _tasks.TryAdd(t.Id, t.Span.Page);
        foreach (var u in _paged.Units) _units.TryAdd(Key(u.Canonical), u.Span.Page);
        foreach (var t in _paged.Targets) _targets.TryAdd(Key(t.Text), t.Span.Page);
    }

    public int? Task(PlanTask task) => task.Span.Page ?? _tasks.GetValueOrDefault(task.Id);

    public int? Unit(ResponsibleUnit unit) => unit.Span.Page ?? _units.GetValueOrDefault(Key(unit.Canonical));

    public int? Target(Target target) => target.Span.Page ?? _targets.GetValueOrDefault(Key(target.Text));

    public int? Row(int table, int row, IndicatorRow indicatorRow)
    {
        if (indicatorRow.Span.Page is { } page) return page;
        if (_paged is null || table >= _paged.Tables.Length) return null;
        var rows = _paged.Tables[table].Rows;
        return row < rows.Length ? rows[row].Span.Page : _paged.Tables[table].Span.Page;
    }

    private static string Key(string text) => VietnameseText.ToneKey(VietnameseText.CollapseSpaces(text)).ToLowerInvariant();
}
