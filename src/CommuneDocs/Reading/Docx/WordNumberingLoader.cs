using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Reading.Docx;

/// <summary>Reads the numbering part (ECMA-376 Part 1, 17.9: w:abstractNum, w:num, w:lvlOverride) into a <see cref="WordNumbering"/>.</summary>
internal static class WordNumberingLoader
{
    public static WordNumbering Load(Numbering? numbering, WordStyles styles)
    {
        if (numbering is null) return WordNumbering.Empty();
        var abstracts = new Dictionary<int, AbstractNum>();
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id) abstracts.TryAdd(id, a);
        }
        var nums = new Dictionary<int, ListInstance>();
        foreach (var n in numbering.Elements<DocumentFormat.OpenXml.Wordprocessing.NumberingInstance>().Select(ReadInstance).OfType<ListInstance>())
        {
            nums.TryAdd(n.Id, n);
        }
        var definitions = abstracts.Select(a => new ListDefinition(a.Key, ReadLevels(LinkedDefinition(a.Value, abstracts, nums, styles))));
        return new WordNumbering(definitions, nums.Values);
    }

    /// <summary>
    /// A definition with w:numStyleLink takes its levels from the numbering style it names: that style's w:numId points
    /// at a list whose abstract definition carries the levels (17.9.21 numStyleLink).
    /// </summary>
    private static AbstractNum LinkedDefinition(AbstractNum definition, Dictionary<int, AbstractNum> abstracts, Dictionary<int, ListInstance> nums, WordStyles styles)
    {
        if (definition.NumberingStyleLink?.Val?.Value is not { } styleId) return definition;
        if (styles.NumberingStyleNumId(styleId) is { } numId && nums.TryGetValue(numId, out var instance)
            && abstracts.TryGetValue(instance.AbstractId, out var linked) && linked.NumberingStyleLink is null)
        {
            return linked;
        }
        return definition;
    }

    private static ListInstance? ReadInstance(DocumentFormat.OpenXml.Wordprocessing.NumberingInstance num)
    {
        if (num.NumberID?.Value is not { } id || num.AbstractNumId?.Val?.Value is not { } abstractId) return null;
        var starts = ImmutableDictionary.CreateBuilder<int, int>();
        var levels = ImmutableDictionary.CreateBuilder<int, ListLevel>();
        foreach (var over in num.Elements<LevelOverride>())
        {
            if (over.LevelIndex?.Value is not { } ilvl || ilvl is < 0 or >= WordNumbering.MaxLevels) continue;
            if (over.StartOverrideNumberingValue?.Val?.Value is { } start) starts[ilvl] = start;
            if (over.Level is { } level) levels[ilvl] = ReadLevel(level);
        }
        return new ListInstance(id, abstractId, starts.ToImmutable(), levels.ToImmutable());
    }

    private static ImmutableArray<ListLevel?> ReadLevels(AbstractNum definition)
    {
        var levels = new ListLevel?[WordNumbering.MaxLevels];
        foreach (var level in definition.Elements<Level>())
        {
            if (level.LevelIndex?.Value is { } ilvl && ilvl is >= 0 and < WordNumbering.MaxLevels) levels[ilvl] ??= ReadLevel(level);
        }
        return [.. levels];
    }

    private static ListLevel ReadLevel(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        FormatOf(level.NumberingFormat),
        // A picture bullet (w:lvlPicBulletId) has no text of its own; Word shows an image, read as a plain bullet.
        level.LevelPictureBulletId is not null && string.IsNullOrEmpty(level.LevelText?.Val?.Value) ? "•" : level.LevelText?.Val?.Value ?? "",
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
        level.ParagraphStyleIdInLevel?.Val?.Value,
        ParagraphFormat.From(level.PreviousParagraphProperties).Indent);

    /// <summary>ST_NumberFormat (17.18.59); formats Vietnamese plans do not use are written as decimals.</summary>
    private static NumberFormat FormatOf(OpenXmlElement? numFmt) => (numFmt as NumberingFormat)?.Val?.InnerText switch
    {
        "decimalZero" => NumberFormat.DecimalZero,
        "lowerLetter" => NumberFormat.LowerLetter,
        "upperLetter" => NumberFormat.UpperLetter,
        "lowerRoman" => NumberFormat.LowerRoman,
        "upperRoman" => NumberFormat.UpperRoman,
        "bullet" => NumberFormat.Bullet,
        "none" => NumberFormat.None,
        _ => NumberFormat.Decimal,
    };
}
