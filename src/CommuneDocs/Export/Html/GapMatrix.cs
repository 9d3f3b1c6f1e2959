using System.Collections.Immutable;
using CommuneDocs.Comparison;

namespace CommuneDocs.Export.Html;

/// <summary>What one plan holds of one task family.</summary>
internal enum CellState
{
    /// <summary>The plan has a task of the family.</summary>
    Has,

    /// <summary>The plan lacks the family and enough siblings have it: one of the report's gaps (with its closest partial task, if any).</summary>
    Missing,

    /// <summary>The plan lacks the family, but too few siblings have it for a gap.</summary>
    Unshared,
}

/// <summary>A plan × family cell: the plan's member task when it has one, its gap when it lacks the family.</summary>
internal sealed record MatrixCell(CellState State, FamilyMember? Member, MissingTask? Gap);

/// <summary>
/// One sibling group of a <see cref="GapReport"/> as a matrix of families (rows, in report order) × plans (columns, in
/// input order). Every gap of the report is exactly one <see cref="CellState.Missing"/> cell of its plan's group.
/// Plans are matched by source file name, as in the report itself.
/// </summary>
internal sealed class GapMatrix
{
    private readonly ImmutableArray<ImmutableArray<MatrixCell>> _cells;

    private GapMatrix(int group, ImmutableArray<ComparedPlan> plans, ImmutableArray<TaskFamily> families, ImmutableArray<ImmutableArray<MatrixCell>> cells)
    {
        Group = group;
        Plans = plans;
        Families = families;
        _cells = cells;
    }

    /// <summary>The sibling group's number.</summary>
    public int Group { get; }

    /// <summary>The group's plans, in input order: the columns.</summary>
    public ImmutableArray<ComparedPlan> Plans { get; }

    /// <summary>The group's families, in report order: the rows.</summary>
    public ImmutableArray<TaskFamily> Families { get; }

    /// <summary>The cell of a family (row) and a plan (column).</summary>
    public MatrixCell Cell(int family, int plan) => _cells[family][plan];

    /// <summary>How many of the group's plans miss a family (its gaps).</summary>
    public int MissingIn(int family) => _cells[family].Count(c => c.State == CellState.Missing);

    /// <summary>How many families a plan misses (its gaps).</summary>
    public int MissingOf(int plan) => _cells.Count(row => row[plan].State == CellState.Missing);

    /// <summary>One matrix per sibling group, in group order; plans without siblings are in none.</summary>
    public static ImmutableArray<GapMatrix> Build(GapReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var groupOf = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var plan in report.Plans) groupOf.TryAdd(plan.Source, plan.SiblingGroup);
        var gaps = new Dictionary<(string Source, string Family), MissingTask>();
        foreach (var planGaps in report.Gaps)
        {
            foreach (var missing in planGaps.Missing) gaps.TryAdd((planGaps.Source, missing.Family), missing);
        }
        return report.Plans
            .Where(p => p.SiblingGroup is not null)
            .GroupBy(p => p.SiblingGroup!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var plans = g.ToImmutableArray();
                var families = report.Families.Where(f => f.Members.Any(m => groupOf.GetValueOrDefault(m.Source) == g.Key)).ToImmutableArray();
                var cells = families.Select(f => plans.Select(p => CellOf(f, p.Source, gaps)).ToImmutableArray()).ToImmutableArray();
                return new GapMatrix(g.Key, plans, families, cells);
            })
            .ToImmutableArray();
    }

    private static MatrixCell CellOf(TaskFamily family, string source, Dictionary<(string, string), MissingTask> gaps)
    {
        if (family.Members.FirstOrDefault(m => m.Source == source) is { } member) return new MatrixCell(CellState.Has, member, null);
        return gaps.TryGetValue((source, family.Id), out var gap)
            ? new MatrixCell(CellState.Missing, null, gap)
            : new MatrixCell(CellState.Unshared, null, null);
    }
}
