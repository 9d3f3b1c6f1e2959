using System.Text;

namespace CommuneDocs.Reading;

/// <summary>
/// Tells an HTML page from its first bytes (the WHATWG MIME sniffing standard, 7.1, "identifying a resource with an
/// unknown MIME type", narrowed to documents): after a byte order mark, white space and comments, the page opens with
/// <c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>, <c>&lt;head</c>, <c>&lt;body</c>, <c>&lt;meta</c> or <c>&lt;title</c>
/// (Word's "Web Page" opens with <c>&lt;html xmlns:v=...</c>), or with an XML declaration before one of them. A file
/// named .htm or .html may open with any element (a fragment saved on its own).
/// </summary>
internal static class HtmlSniffer
{
    private static readonly string[] Openers = ["!doctype html", "html", "head", "body", "meta", "title"];

    public static bool IsHtml(ReadOnlySpan<byte> head, bool namedHtml)
    {
        var text = Decode(head);
        var at = SkipPrologue(text);
        if (at >= text.Length || text[at] != '<') return false;
        var rest = text.AsSpan(at + 1);
        foreach (var opener in Openers)
        {
            if (rest.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (rest.Length == opener.Length || !char.IsLetterOrDigit(rest[opener.Length])))
            {
                return true;
            }
        }
        return namedHtml && rest.Length > 0 && char.IsAsciiLetter(rest[0]);
    }

    /// <summary>The head as text: UTF-16 by its byte order mark, else one char per byte (the markup sought is ASCII).</summary>
    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return Encoding.Latin1.GetString(head);
    }

    /// <summary>The position after white space, comments and an XML declaration or processing instructions.</summary>
    private static int SkipPrologue(string text)
    {
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            var end = Closing(text, at, "<!--", "-->") ?? Closing(text, at, "<?", "?>");
            if (end is null) return at;
            at = end.Value;
        }
    }

    private static int? Closing(string text, int at, string open, string close)
    {
        if (string.CompareOrdinal(text, at, open, 0, open.Length) != 0) return null;
        var end = text.IndexOf(close, at + open.Length, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + close.Length;
    }
}
