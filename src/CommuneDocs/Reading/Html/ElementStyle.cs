using AngleSharp.Dom;

namespace CommuneDocs.Reading.Html;

/// <summary>
/// What an element's tag, attributes and inline <c>style</c> declarations (CSS 2.1, 4.1.8; no style sheet is applied)
/// say about its text: bold or italic, alignment, hidden, and the Word-specific properties a Word web page carries
/// (<c>mso-element</c> parts, <c>mso-list:Ignore</c> list labels, <c>mso-ignore:vglayout</c> drawing fallbacks,
/// <c>mso-footnote-id</c> note marks).
/// </summary>
internal sealed class ElementStyle
{
    private readonly Dictionary<string, string> _declarations;

    private ElementStyle(Dictionary<string, string> declarations) => _declarations = declarations;

    public static ElementStyle Of(IElement element)
    {
        var declarations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (element.GetAttribute("style") is { } style)
        {
            foreach (var declaration in style.Split(';'))
            {
                var colon = declaration.IndexOf(':');
                if (colon <= 0) continue;
                declarations[declaration[..colon].Trim()] = declaration[(colon + 1)..].Trim().ToLowerInvariant();
            }
        }
        return new ElementStyle(declarations);
    }

    public string? this[string property] => _declarations.GetValueOrDefault(property);

    /// <summary>True or false when the element sets the weight (tag or font-weight), else null.</summary>
    public bool? Bold(IElement element)
    {
        if (this["font-weight"] is { } weight)
        {
            return weight is "bold" or "bolder" || (int.TryParse(weight, out var n) && n >= 600);
        }
        return element.LocalName is "b" or "strong" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? true : null;
    }

    /// <summary>True or false when the element sets the slant (tag or font-style), else null.</summary>
    public bool? Italic(IElement element)
    {
        if (this["font-style"] is { } slant) return slant is "italic" or "oblique";
        return element.LocalName is "i" or "em" or "cite" ? true : null;
    }

    /// <summary>The alignment the element sets (text-align, or the align attribute of HTML 4), else null.</summary>
    public Alignment? Alignment(IElement element) => (this["text-align"] ?? (element.LocalName is "table" or "img" ? null : element.GetAttribute("align")?.ToLowerInvariant())) switch
    {
        "center" or "middle" => Reading.Alignment.Center,
        "right" or "end" => Reading.Alignment.Right,
        "justify" => Reading.Alignment.Justify,
        "left" or "start" => Reading.Alignment.Left,
        _ => null,
    };

    /// <summary>Not shown: display:none, visibility:hidden, Word's mso-hide:all, the hidden attribute.</summary>
    public bool Hidden(IElement element) =>
        this["display"] == "none" || this["visibility"] == "hidden" || this["mso-hide"] == "all" || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A part of a Word page that is not the flow: page header and footer, notes, comments (mso-element).</summary>
    public string? WordPart => this["mso-element"] is { } part && part != "frame" && part != "para-border-div" ? part : null;

    /// <summary>Word's written-out list label (<c>&lt;span style='mso-list:Ignore'&gt;1.&lt;/span&gt;</c>).</summary>
    public bool IsWordListLabel => this["mso-list"] == "ignore";

    /// <summary>The fallback Word writes for a drawing (lines, shapes, images) where VML is not shown.</summary>
    public bool IsDrawingFallback => this["mso-ignore"] == "vglayout";

    /// <summary>A footnote or endnote mark in the text, or the note's own mark back to it.</summary>
    public bool IsNoteMark => this["mso-footnote-id"] is not null || this["mso-endnote-id"] is not null;

    /// <summary>Word's tab: a span of spaces standing for mso-tab-count tabs.</summary>
    public bool IsTab => this["mso-tab-count"] is not null;
}
