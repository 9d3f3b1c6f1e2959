using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.Docx;

/// <summary>The number formats of a numbering level (ECMA-376 Part 1, 17.18.59 ST_NumberFormat) that Vietnamese plans use.</summary>
internal enum NumberFormat
{
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

/// <summary>Indentation in twentieths of a point, each part only when set (ECMA-376 Part 1, 17.3.1.12 ind).</summary>
internal readonly record struct WordIndent(int? Left = null, int? FirstLine = null, int? Hanging = null)
{
    /// <summary>The parts set in <paramref name="over"/> replace the parts set here.</summary>
    public WordIndent Overlay(WordIndent over) =>
        new(over.Left ?? Left, over.FirstLine ?? (over.Hanging is null ? FirstLine : null), over.Hanging ?? (over.FirstLine is null ? Hanging : null));

    /// <summary>Where the first line starts, in points.</summary>
    public double FirstLinePoints => ((Left ?? 0) + (FirstLine ?? 0) - (Hanging ?? 0)) / 20.0;
}

/// <summary>One level of a list definition (ECMA-376 Part 1, 17.9.6 lvl).</summary>
/// <param name="Start">The first number (w:start).</param>
/// <param name="Format">How numbers are written (w:numFmt).</param>
/// <param name="Text">The label pattern, %1..%9 standing for the levels' numbers (w:lvlText).</param>
/// <param name="Restart">w:lvlRestart: null restarts after any higher level, 0 never, n after level n (one-based) or higher.</param>
/// <param name="IsLegal">w:isLgl: the other levels' numbers are written as decimals.</param>
/// <param name="StyleId">w:pStyle: the paragraph style that selects this level.</param>
/// <param name="Indent">The level's indentation.</param>
internal sealed record ListLevel(
    int Start = 1,
    NumberFormat Format = NumberFormat.Decimal,
    string Text = "%1.",
    int? Restart = null,
    bool IsLegal = false,
    string? StyleId = null,
    WordIndent Indent = default);

/// <summary>An abstract list definition (w:abstractNum): up to nine levels, index = w:ilvl.</summary>
internal sealed record ListDefinition(int Id, ImmutableArray<ListLevel?> Levels);

/// <summary>A list instance (w:num) pointing at an abstract definition, with its level overrides (w:lvlOverride).</summary>
/// <param name="Id">w:numId.</param>
/// <param name="AbstractId">w:abstractNumId.</param>
/// <param name="StartOverrides">w:startOverride by level.</param>
/// <param name="LevelOverrides">Whole w:lvl replacements by level.</param>
internal sealed record ListInstance(int Id, int AbstractId, ImmutableDictionary<int, int> StartOverrides, ImmutableDictionary<int, ListLevel> LevelOverrides)
{
    public ListInstance(int id, int abstractId) : this(id, abstractId, ImmutableDictionary<int, int>.Empty, ImmutableDictionary<int, ListLevel>.Empty)
    {
    }
}

/// <summary>Why a numbered paragraph got no label.</summary>
internal enum NumberingFault
{
    None,
    MissingInstance,
    MissingDefinition,
    MissingLevel,
}

/// <summary>The label Word shows for a numbered paragraph, or the fault that kept it from being computed.</summary>
internal readonly record struct NumberingLabel(string? Label, NumberingFault Fault = NumberingFault.None);

/// <summary>
/// Word automatic numbering (ECMA-376 Part 1, 17.9): list definitions and the counters that turn numbered paragraphs,
/// met in document order, into the labels Word shows ("II.", "1.2.", "a)", "Điều 3.", "-"). Pure logic, no package.
/// List instances of one abstract definition share its counters, as in Word; an instance that restarts a level with
/// w:startOverride (17.9.26) sets that level back to its start value where it is first used, and the instances after it
/// go on counting from there (LibreOffice numbers a list's first paragraph with such an instance, the rest with the
/// plain one).
/// </summary>
internal sealed class WordNumbering
{
    public const int MaxLevels = 9;

    private readonly IReadOnlyDictionary<int, ListDefinition> _abstracts;
    private readonly IReadOnlyDictionary<int, ListInstance> _instances;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _used = [];

    public WordNumbering(IEnumerable<ListDefinition> abstracts, IEnumerable<ListInstance> instances)
    {
        _abstracts = abstracts.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        _instances = instances.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public static WordNumbering Empty() => new([], []);

    /// <summary>The level of list <paramref name="numId"/> tied to paragraph style <paramref name="styleId"/>, if one is.</summary>
    public int? LevelOfStyle(int numId, string styleId)
    {
        if (!_instances.TryGetValue(numId, out var instance)) return null;
        for (var i = 0; i < MaxLevels; i++)
        {
            if (LevelOf(instance, i) is { StyleId: { } s } && s == styleId) return i;
        }
        return null;
    }

    /// <summary>The definition of one level of a list instance, overrides applied.</summary>
    public ListLevel? Level(int numId, int level) =>
        _instances.TryGetValue(numId, out var instance) ? LevelOf(instance, Math.Clamp(level, 0, MaxLevels - 1)) : null;

    /// <summary>Counts a paragraph numbered with list <paramref name="numId"/> at <paramref name="level"/> and returns its label.</summary>
    public NumberingLabel Next(int numId, int level)
    {
        level = Math.Clamp(level, 0, MaxLevels - 1);
        if (!_instances.TryGetValue(numId, out var instance)) return new(null, NumberingFault.MissingInstance);
        if (!_abstracts.ContainsKey(instance.AbstractId) && instance.LevelOverrides.IsEmpty) return new(null, NumberingFault.MissingDefinition);
        var levels = new ListLevel?[MaxLevels];
        for (var i = 0; i < MaxLevels; i++) levels[i] = LevelOf(instance, i);
        if (levels[level] is not { } current) return new(null, NumberingFault.MissingLevel);

        var shared = _abstracts.ContainsKey(instance.AbstractId);
        var key = shared ? instance.AbstractId : -1 - instance.Id;
        if (!_counters.TryGetValue(key, out var counters)) _counters[key] = counters = new int?[MaxLevels];
        if (_used.Add(instance.Id))
        {
            // The first paragraph of an instance that restarts levels: those levels count from its start values again.
            foreach (var restarted in instance.StartOverrides.Keys) counters[restarted] = null;
        }
        counters[level] = counters[level] is { } n ? n + 1 : StartOf(instance, levels, level);
        for (var deeper = level + 1; deeper < MaxLevels; deeper++)
        {
            var restart = levels[deeper]?.Restart;
            if (restart is null || (restart > 0 && level < restart)) counters[deeper] = null;
        }

        var values = new int[MaxLevels];
        for (var i = 0; i <= level; i++) values[i] = counters[i] ?? StartOf(instance, levels, i);
        return new(FormatLabel(current, levels, values));
    }

    private ListLevel? LevelOf(ListInstance instance, int level)
    {
        if (instance.LevelOverrides.TryGetValue(level, out var over)) return over;
        return _abstracts.TryGetValue(instance.AbstractId, out var definition) && level < definition.Levels.Length ? definition.Levels[level] : null;
    }

    private static int StartOf(ListInstance instance, ListLevel?[] levels, int level) =>
        instance.StartOverrides.TryGetValue(level, out var start) ? start : levels[level]?.Start ?? 1;

    /// <summary>Fills a level's text pattern with the numbers of its levels; bullets become "-", "+" or "•".</summary>
    internal static string? FormatLabel(ListLevel level, IReadOnlyList<ListLevel?> levels, IReadOnlyList<int> values)
    {
        if (level.Format == NumberFormat.Bullet) return BulletLabel(level.Text);
        var text = level.Text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var l = text[i + 1] - '1';
                var format = levels[l]?.Format ?? NumberFormat.Decimal;
                if (level.IsLegal && format is not (NumberFormat.Bullet or NumberFormat.None)) format = NumberFormat.Decimal;
                sb.Append(l < values.Count ? FormatNumber(values[l], format) : "");
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }
        var label = VietnameseText.Clean(sb.ToString()).Trim();
        return label.Length == 0 ? null : label;
    }

    /// <summary>A bullet as a reader of the page names it (<see cref="ListBullets.Label"/>).</summary>
    internal static string? BulletLabel(string text) => ListBullets.Label(text);

    /// <summary>Writes <paramref name="n"/> in a number format as Word does (27 in lowerLetter is "aa", as Word has it).</summary>
    internal static string FormatNumber(int n, NumberFormat format) => format switch
    {
        NumberFormat.DecimalZero => n is >= 0 and < 10 ? "0" + n.ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture),
        NumberFormat.LowerLetter => Letters(n, 'a'),
        NumberFormat.UpperLetter => Letters(n, 'A'),
        NumberFormat.LowerRoman => Roman(n).ToLowerInvariant(),
        NumberFormat.UpperRoman => Roman(n),
        NumberFormat.None or NumberFormat.Bullet => "",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering: a..z, then aa..zz, aaa..: the letter repeats, it does not carry like a base-26 number.</summary>
    private static string Letters(int n, char a)
    {
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        var letter = (char)(a + (n - 1) % 26);
        return new string(letter, Math.Min((n - 1) / 26 + 1, 32));
    }

    private static string Roman(int n) => n is > 0 and < 4000 ? RomanNumeral.ToRoman(n) : n.ToString(CultureInfo.InvariantCulture);
}
