using System.Collections.Immutable;
using System.Text.Json;
using CommuneDocs.Model;

namespace CommuneDocs.Dev.Scale;

/// <summary>One variant of a family's task: the task as one source plan writes it.</summary>
/// <param name="Source">The source file name ("001_f8337fdd8866a8ff.txt").</param>
/// <param name="Task">The task as parsed.</param>
internal sealed record TaskVariant(string Source, PlanTask Task);

/// <summary>A family of equivalent tasks across the source plans.</summary>
/// <param name="Id">Its id in the answer key ("payment" from the gold key, or "F3" from title clustering).</param>
/// <param name="Title">A title that names it.</param>
/// <param name="Variants">The source plans' versions of it (plans that cover it only in part are left out).</param>
internal sealed record TaskFamily(string Id, string Title, ImmutableArray<TaskVariant> Variants);

/// <summary>A responsible unit and the source plans' versions of its duties, grouped by canonical name.</summary>
internal sealed record UnitGroup(string Canonical, ImmutableArray<(string Source, ResponsibleUnit Unit)> Variants);

/// <summary>One source plan as the generator uses it.</summary>
internal sealed record SourcePlan(string File, PlanDocument Plan);

/// <summary>
/// The material the generator recombines, all derived by parsing the corpus's text plans: the plans that implement
/// the shared decision (they cite <see cref="Decision"/>), their task families, targets, units, titles and recipient lists.
/// </summary>
internal sealed record ScalePool(
    ImmutableArray<SourcePlan> Sources,
    ImmutableArray<TaskFamily> Families,
    ImmutableArray<string> Targets,
    ImmutableArray<UnitGroup> Units,
    ImmutableArray<string> CorpusCommunes,
    string FamilyKey)
{
    /// <summary>The decision the sibling plans implement; plans that cite it are the sources.</summary>
    public const string Decision = "1565/QĐ-TTg";

    /// <summary>File name of the hand-made family key looked for in <c>gold/</c> beside the corpus.</summary>
    public const string GoldKeyName = "gaps-1565.json";

    /// <summary>Two titles whose folded word sets overlap at least this much (Jaccard) are one family when no key is given.</summary>
    public const double TitleOverlap = 0.5;

    /// <summary>Parses the corpus's <c>.txt</c> plans and builds the pool; families come from the gold key when present, else from title clustering.</summary>
    public static ScalePool Load(string corpusDir, bool useGoldKey = true)
    {
        var files = Directory.EnumerateFiles(corpusDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        var all = files.Select(f => new SourcePlan(Path.GetFileName(f), PlanParser.Parse(f))).ToList();
        var decision = ScaleText.Fold(Decision);
        var sources = all.Where(p => p.Plan.References.Any(r => r.Number is { } n && ScaleText.Fold(n) == decision) && p.Plan.Tasks.Length > 0).ToImmutableArray();
        if (sources.Length < 2) throw new InvalidOperationException($"{corpusDir}: fewer than two text plans cite {Decision}; nothing to recombine.");

        var keyPath = Path.Combine(corpusDir, "gold", GoldKeyName);
        var families = useGoldKey && File.Exists(keyPath) ? FamiliesFromKey(keyPath, sources) : [];
        var familyKey = families.Length > 0 ? keyPath : "title clustering";
        if (families.Length == 0) families = FamiliesByTitle(sources);

        var targets = new List<string>();
        var seenTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in sources.SelectMany(s => s.Plan.Targets))
        {
            // Near-repeats across the sources (a typo apart) are one target: the first ten folded words decide.
            if (seenTargets.Add(string.Join(' ', ScaleText.Words(t.Text).Take(10)))) targets.Add(Capitalize(t.Text));
        }

        var units = new List<(string Key, List<(string, ResponsibleUnit)> Variants)>();
        foreach (var s in sources)
        {
            foreach (var u in s.Plan.Units.Where(u => u.Duties.Length > 0))
            {
                var key = string.Join(' ', ScaleText.Words(u.Canonical));
                var group = units.FindIndex(g => g.Key == key);
                if (group < 0) units.Add((key, [(s.File, u)]));
                else units[group].Variants.Add((s.File, u));
            }
        }

        var communes = all.Select(p => p.Plan.Commune).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new ScalePool(sources, families, [.. targets],
            [.. units.Select(g => new UnitGroup(g.Variants[0].Item2.Canonical, [.. g.Variants]))], communes, familyKey);
    }

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>Families from the hand-made key: only members the key gives as a plain task id (not partial, not null).</summary>
    private static ImmutableArray<TaskFamily> FamiliesFromKey(string keyPath, ImmutableArray<SourcePlan> sources)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(keyPath));
        var result = ImmutableArray.CreateBuilder<TaskFamily>();
        foreach (var fam in doc.RootElement.GetProperty("families").EnumerateArray())
        {
            var variants = ImmutableArray.CreateBuilder<TaskVariant>();
            foreach (var member in fam.GetProperty("members").EnumerateObject())
            {
                if (member.Value.ValueKind != JsonValueKind.String) continue;
                var source = sources.FirstOrDefault(s => Path.GetFileNameWithoutExtension(s.File) == member.Name);
                var task = source?.Plan.Tasks.FirstOrDefault(t => t.Id == member.Value.GetString());
                if (source is not null && task is not null) variants.Add(new TaskVariant(source.File, task));
            }
            if (variants.Count > 0)
                result.Add(new TaskFamily(fam.GetProperty("id").GetString()!, fam.GetProperty("title").GetString()!, variants.ToImmutable()));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Greedy clustering of the sources' task titles in document order: a task joins the first family whose first
    /// title shares at least <see cref="TitleOverlap"/> of its folded words (Jaccard) and that has no task of the same plan yet.
    /// </summary>
    internal static ImmutableArray<TaskFamily> FamiliesByTitle(ImmutableArray<SourcePlan> sources)
    {
        var clusters = new List<(HashSet<string> Words, string Title, List<TaskVariant> Variants)>();
        foreach (var s in sources)
        {
            foreach (var t in s.Plan.Tasks)
            {
                var words = new HashSet<string>(ScaleText.Words(t.Title), StringComparer.Ordinal);
                var best = -1;
                var bestScore = 0.0;
                for (var i = 0; i < clusters.Count; i++)
                {
                    if (clusters[i].Variants.Any(v => v.Source == s.File)) continue;
                    var inter = clusters[i].Words.Count(words.Contains);
                    var union = clusters[i].Words.Count + words.Count - inter;
                    var score = union == 0 ? 0 : (double)inter / union;
                    if (score >= TitleOverlap && score > bestScore) (best, bestScore) = (i, score);
                }
                if (best >= 0) clusters[best].Variants.Add(new TaskVariant(s.File, t));
                else clusters.Add((words, t.Title, [new TaskVariant(s.File, t)]));
            }
        }
        return [.. clusters.Select((c, i) => new TaskFamily("F" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Title, [.. c.Variants]))];
    }
}
