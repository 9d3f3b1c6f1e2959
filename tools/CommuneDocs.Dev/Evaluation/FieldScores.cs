using System.Collections.Immutable;

namespace CommuneDocs.Dev.Evaluation;

/// <summary>
/// How well one parsed document matches its gold answer, field by field, each in [0, 1] (F1 or accuracy),
/// as the reference scorer <c>score.py</c> computes them. Also the mean over many documents (<see cref="Mean"/>).
/// </summary>
internal sealed record FieldScores
{
    /// <summary>The names score.py gives the fields, in its order; <see cref="Fields"/> uses them.</summary>
    public static ImmutableArray<string> Names { get; } =
        ["metadata", "references", "outline", "outline_tree", "tasks", "task_items", "targets", "units", "table_cells", "recipients", "deadlines"];

    /// <summary>Share of the eleven metadata fields that match: kind, number, symbol, issuer, commune, province, place, date, title, signer name and position.</summary>
    public required double Metadata { get; init; }

    /// <summary>F1 of the cited documents' numbers.</summary>
    public required double References { get; init; }

    /// <summary>F1 of outline nodes matched in order by label and text prefix.</summary>
    public required double Outline { get; init; }

    /// <summary>F1 of matched outline nodes that also sit under the matching parent.</summary>
    public required double OutlineTree { get; init; }

    /// <summary>F1 of tasks matched by title prefix.</summary>
    public required double Tasks { get; init; }

    /// <summary>Mean F1 of the items of matched tasks.</summary>
    public required double TaskItems { get; init; }

    /// <summary>F1 of targets matched on year, comparator, value and unit head.</summary>
    public required double Targets { get; init; }

    /// <summary>F1 of responsible units matched by name or canonical name.</summary>
    public required double Units { get; init; }

    /// <summary>Share of gold table cells read right (rows aligned in order, cells by column).</summary>
    public required double TableCells { get; init; }

    /// <summary>F1 of the Nơi nhận entries.</summary>
    public required double Recipients { get; init; }

    /// <summary>Share of matched tasks with a gold deadline whose deadline is right; null when no matched task has one.</summary>
    public double? Deadlines { get; init; }

    /// <summary>Share of gold tables whose row count is right. score.py computes it but does not print it, so it is not in <see cref="Fields"/>.</summary>
    public required double TableRows { get; init; }

    /// <summary>The scores by score.py's field names, sorted by name as score.py's columns are; "deadlines" only when known.</summary>
    public IReadOnlyDictionary<string, double> Fields =>
        Ordered().ToImmutableSortedDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>The mean of <see cref="Fields"/>: for a <see cref="Mean"/>, score.py's "overall".</summary>
    public double Overall
    {
        get
        {
            // score.py sums the field means in sorted name order; so do we, for the same last bit.
            var fields = Fields;
            var sum = 0.0;
            foreach (var value in fields.Values) sum += value;
            return sum / fields.Count;
        }
    }

    /// <summary>The scores in the order score.py builds them (its JSON order).</summary>
    internal IEnumerable<(string Name, double Value)> Ordered()
    {
        yield return ("metadata", Metadata);
        yield return ("references", References);
        yield return ("outline", Outline);
        yield return ("outline_tree", OutlineTree);
        yield return ("tasks", Tasks);
        yield return ("task_items", TaskItems);
        yield return ("targets", Targets);
        yield return ("units", Units);
        yield return ("table_cells", TableCells);
        yield return ("recipients", Recipients);
        if (Deadlines is { } d) yield return ("deadlines", d);
    }

    /// <summary>The field-by-field mean over documents; <see cref="Deadlines"/> over the documents that have it.</summary>
    /// <exception cref="ArgumentException">No scores were given.</exception>
    public static FieldScores Mean(IEnumerable<FieldScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        if (list.Count == 0) throw new ArgumentException("There are no scores to average.", nameof(scores));
        var deadlines = list.Where(s => s.Deadlines is not null).Select(s => s.Deadlines!.Value).ToList();
        return new FieldScores
        {
            Metadata = Average(list, s => s.Metadata),
            References = Average(list, s => s.References),
            Outline = Average(list, s => s.Outline),
            OutlineTree = Average(list, s => s.OutlineTree),
            Tasks = Average(list, s => s.Tasks),
            TaskItems = Average(list, s => s.TaskItems),
            Targets = Average(list, s => s.Targets),
            Units = Average(list, s => s.Units),
            TableCells = Average(list, s => s.TableCells),
            Recipients = Average(list, s => s.Recipients),
            Deadlines = deadlines.Count == 0 ? null : Average(deadlines, d => d),
            TableRows = Average(list, s => s.TableRows),
        };
    }

    // A left-to-right sum, as Python's sum() of floats (3.11) does it.
    private static double Average<T>(List<T> items, Func<T, double> value)
    {
        var sum = 0.0;
        foreach (var item in items) sum += value(item);
        return sum / items.Count;
    }
}
