using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using System.Xml;

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

    private readonly string _sheet = "";
    private readonly string _sheetStartTag = "";
    private readonly string _sheetEndTag = "";
    private readonly Dictionary<string, Range> _styleMarkup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RunFormat Run, ParagraphFormat Paragraph)> _resolved = new(StringComparer.Ordinal);
    private readonly RunFormat _defaultRun;
    private readonly ParagraphFormat _defaultParagraph;

    /// <summary>
    /// Reads the style sheet's markup in one streaming pass: the document defaults, and where each w:style is in the
    /// markup; a <see cref="Style"/> is built only when a paragraph, run or list names it. A style sheet is often
    /// several times the size of the document (table styles, latent styles) and most of its styles go unused.
    /// </summary>
    private WordStyles(string? stylesXml)
    {
        if (stylesXml is null) return;
        _sheet = stylesXml;
        var lineStarts = LineStarts(stylesXml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(new StringReader(stylesXml), settings);
        var position = (IXmlLineInfo)reader;
        // A node's line position (1-based) is that of its name: one character after "<", two after "</".
        int MarkupStart() => lineStarts[position.LineNumber - 1] + position.LinePosition - 1 - (reader.NodeType == XmlNodeType.EndElement ? 2 : 1);

        if (reader.MoveToContent() != XmlNodeType.Element) return;
        _sheetStartTag = stylesXml[MarkupStart()..(StartTagEnd(stylesXml, MarkupStart()) + 1)];
        _sheetEndTag = $"</{reader.Name}>";
        if (reader.IsEmptyElement || !reader.Read()) return;
        while (!reader.EOF && reader.Depth >= 1)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || !IsWordNamespace(reader.NamespaceURI))
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "docDefaults":
                    var defaults = new DocDefaults(reader.ReadOuterXml());
                    _defaultRun = RunFormat.From(defaults.RunPropertiesDefault?.RunPropertiesBaseStyle);
                    _defaultParagraph = ParagraphFormat.From(defaults.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
                    break;
                case "style":
                    var id = reader.GetAttribute("styleId", reader.NamespaceURI);
                    var isDefaultParagraph = reader.GetAttribute("type", reader.NamespaceURI) == "paragraph" && reader.GetAttribute("default", reader.NamespaceURI) is not null;
                    var start = MarkupStart();
                    reader.Skip();
                    var markup = start..MarkupStart();
                    if (id is not null) _styleMarkup.TryAdd(id, markup);
                    if (DefaultParagraphStyleId is null && isDefaultParagraph && Build(markup) is { Default.Value: true, StyleId.Value: { } defaultId })
                    {
                        DefaultParagraphStyleId = defaultId;
                    }
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Builds the style whose markup is at <paramref name="markup"/>, inside the sheet's own root tags so its namespace prefixes resolve.</summary>
    private Style? Build(Range markup) =>
        new Styles(string.Concat(_sheetStartTag, _sheet.AsSpan()[markup], _sheetEndTag)).GetFirstChild<Style>();

    /// <summary>Where each line of <paramref name="xml"/> starts, with line breaks counted as XML counts them (CR LF, CR or LF).</summary>
    private static List<int> LineStarts(string xml)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < xml.Length; i++)
        {
            if (xml[i] == '\n' || (xml[i] == '\r' && (i + 1 == xml.Length || xml[i + 1] != '\n'))) starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>The index of the "&gt;" that closes the start tag at <paramref name="start"/> (a "&gt;" inside a quoted attribute value does not).</summary>
    private static int StartTagEnd(string xml, int start)
    {
        var quote = '\0';
        for (var i = start; i < xml.Length; i++)
        {
            var c = xml[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i;
        }
        return xml.Length - 1;
    }

    /// <summary>WordprocessingML's main namespace, transitional or strict.</summary>
    private static bool IsWordNamespace(string uri) =>
        uri is "http://schemas.openxmlformats.org/wordprocessingml/2006/main" or "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>The style sheet from the markup of the styles part; null when the document has none.</summary>
    public static WordStyles Load(string? stylesXml) => new(stylesXml);

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
        for (var id = styleId; id is not null && chain.Count < MaxChainLength && seen.Add(id) && _styleMarkup.TryGetValue(id, out var markup) && Build(markup) is { } style;)
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
