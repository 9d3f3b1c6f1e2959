namespace CommuneDocs.Reading;

/// <summary>How a list's bullet glyph is written as a label, by every reader that meets one (Word numbering, a Word web page's written-out labels).</summary>
internal static class ListBullets
{
    /// <summary>
    /// A bullet as a reader of the page names it: "-" and "+" as typed (an en dash counts as "-"); any other glyph,
    /// including Symbol and Wingdings private-use code points (U+F0B7, U+F0A7, U+F0D8) and their Latin-1 stand-ins, as "•".
    /// </summary>
    public static string? Label(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        return t switch
        {
            "-" or "–" or "\u2212" => "-",
            "+" => "+",
            _ => "•",
        };
    }
}
