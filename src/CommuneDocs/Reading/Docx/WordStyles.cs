using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Reading.Docx;

/// <summary>Run formatting that matters for the block hints; null where nothing in the chain sets it.</summary>
internal readonly record struct RunFormat(bool? Bold = null, bool? Italic = null, bool? Hidden = null)
{
    /// <summary>The properties set in <paramref name="over"/> replace the ones set here.</summary>
    public RunFormat Overlay(RunFormat over) => new(over.Bold ?? Bold, over.Italic ?? Italic, over.Hidden ?? Hidden);

    /// <summary>Reads b, i and vanish from a run properties element of any kind (direct, style, defaults).</summary>
    public static RunFormat From(OpenXmlElement? properties) => properties is null
        ? default
        : new(OnOff(properties.GetFirstChild<Bold>()), OnOff(properties.GetFirstChild<Italic>()), OnOff(properties.GetFirstChild<Vanish>()));

    private static bool? OnOff(OnOffType? element) => element is null ? null : element.Val?.Value ?? true;
}

/// <summary>Paragraph formatting: alignment, indentation and the list a paragraph belongs to.</summary>
/// <param name="Alignment">w:jc, when set.</param>
/// <param name="Indent">w:ind.</param>
/// <param name="NumId">w:numPr/w:numId, when set (0 removes numbering).</param>
/// <param name="NumLevel">w:numPr/w:ilvl, when set.</param>
internal readonly record struct ParagraphFormat(Alignment? Alignment = null, WordIndent Indent = default, int? NumId = null, int? NumLevel = null)
{
    public ParagraphFormat Overlay(ParagraphFormat over) =>
        new(over.Alignment ?? Alignment, Indent.Overlay(over.Indent), over.NumId ?? NumId, over.NumLevel ?? NumLevel);

    /// <summary>Reads jc, ind and numPr from paragraph properties of any kind (direct, style, defaults, list level).</summary>
    public static ParagraphFormat From(OpenXmlElement? properties)
    {
        if (properties is null) return default;
        var ind = properties.GetFirstChild<Indentation>();
        var numPr = properties.GetFirstChild<NumberingProperties>();
        return new ParagraphFormat(
            AlignmentOf(properties.GetFirstChild<Justification>()),
            ind is null ? default : new WordIndent(Twips(ind.Left?.Value ?? ind.Start?.Value), Twips(ind.FirstLine?.Value), Twips(ind.Hanging?.Value)),
            numPr?.NumberingId?.Val?.Value,
            numPr?.NumberingLevelReference?.Val?.Value);
    }

    private static Alignment? AlignmentOf(Justification? jc)
    {
        if (jc?.Val is not { HasValue: true } val) return null;
        var v = val.Value;
        if (v == JustificationValues.Center) return Reading.Alignment.Center;
        if (v == JustificationValues.Right || v == JustificationValues.End) return Reading.Alignment.Right;
        if (v == JustificationValues.Left || v == JustificationValues.Start) return Reading.Alignment.Left;
        if (v == JustificationValues.Both || v == JustificationValues.Distribute || v == JustificationValues.LowKashida
            || v == JustificationValues.MediumKashida || v == JustificationValues.HighKashida || v == JustificationValues.ThaiDistribute)
        {
            return Reading.Alignment.Justify;
        }
        return null;
    }

    private static int? Twips(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// The style sheet (ECMA-376 Part 1, 17.7): document defaults, paragraph and character styles with their
/// w:basedOn chains resolved, so a paragraph's effective bold, italic, alignment, indentation and numbering are known.
/// Toggle properties are treated as plain overrides, which is what documents that set them explicitly mean.
/// </summary>
internal sealed class WordStyles
{
    /// <summary>Longest w:basedOn chain followed; longer chains (or cycles) are cut.</summary>
    public const int MaxChainLength = 32;

    private readonly Dictionary<string, Style> _styles;
    private readonly Dictionary<string, (RunFormat Run, ParagraphFormat Paragraph)> _resolved = new(StringComparer.Ordinal);
    private readonly RunFormat _defaultRun;
    private readonly ParagraphFormat _defaultParagraph;

    private WordStyles(Styles? styles)
    {
        _styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id) _styles.TryAdd(id, style);
        }
        var defaults = styles?.DocDefaults;
        _defaultRun = RunFormat.From(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
        _defaultParagraph = ParagraphFormat.From(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
        DefaultParagraphStyleId = styles?.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
    }

    public static WordStyles Load(Styles? styles) => new(styles);

    /// <summary>The style of paragraphs that name none (w:default="1").</summary>
    public string? DefaultParagraphStyleId { get; }

    /// <summary>The run formatting a paragraph style gives its text, document defaults included.</summary>
    public RunFormat ParagraphRun(string? styleId) => _defaultRun.Overlay(Resolve(styleId ?? DefaultParagraphStyleId).Run);

    /// <summary>The paragraph formatting of a paragraph style, document defaults included.</summary>
    public ParagraphFormat Paragraph(string? styleId) => _defaultParagraph.Overlay(Resolve(styleId ?? DefaultParagraphStyleId).Paragraph);

    /// <summary>The run formatting of a character style alone (its own chain, no defaults).</summary>
    public RunFormat Character(string? styleId) => styleId is null ? default : Resolve(styleId).Run;

    /// <summary>The w:numId of a numbering style (w:numStyleLink / w:styleLink point at one).</summary>
    public int? NumberingStyleNumId(string styleId) => Resolve(styleId).Paragraph.NumId;

    private (RunFormat Run, ParagraphFormat Paragraph) Resolve(string? styleId)
    {
        if (styleId is null) return default;
        if (_resolved.TryGetValue(styleId, out var cached)) return cached;
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && chain.Count < MaxChainLength && seen.Add(id) && _styles.TryGetValue(id, out var style);)
        {
            chain.Add(style);
            id = style.BasedOn?.Val?.Value;
        }
        RunFormat run = default;
        ParagraphFormat paragraph = default;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            run = run.Overlay(RunFormat.From(chain[i].StyleRunProperties));
            paragraph = paragraph.Overlay(ParagraphFormat.From(chain[i].StyleParagraphProperties));
        }
        _resolved[styleId] = (run, paragraph);
        return (run, paragraph);
    }
}
