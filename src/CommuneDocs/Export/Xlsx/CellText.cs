using System.Text;

namespace CommuneDocs.Export.Xlsx;

/// <summary>Makes text safe to store in a SpreadsheetML cell or sheet name.</summary>
internal static class CellText
{
    /// <summary>The most characters a cell holds (Excel specifications and limits: 32,767 characters).</summary>
    public const int MaxCellLength = 32767;

    /// <summary>The most characters of a sheet name.</summary>
    public const int MaxSheetNameLength = 31;

    /// <summary>
    /// Text as a cell may hold it: control characters XML 1.0 forbids (all below U+0020 but tab and line feed),
    /// unpaired surrogates and the non-characters U+FFFE/U+FFFF removed; CR LF and CR become LF (the line break Excel
    /// writes); "_xHHHH_", which Excel reads as an escaped character, escaped itself as "_x005F_xHHHH_" (ECMA-376
    /// Part 1, §22.9.2.19 ST_Xstring); cut to <see cref="MaxCellLength"/>.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text.Length <= MaxCellLength ? text : Cut(text, MaxCellLength);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            }
            else if (c == '_' && LooksEscaped(text, i))
            {
                sb.Append("_x005F_");
            }
            else if (!(c < ' ' && c is not '\t' and not '\n') && !char.IsLowSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
            {
                sb.Append(c);
            }
        }
        return sb.Length <= MaxCellLength ? sb.ToString() : Cut(sb.ToString(), MaxCellLength);
    }

    /// <summary>
    /// A sheet name: characters Excel forbids in one (<c>: \ / ? * [ ]</c>) and control characters removed, no
    /// apostrophe at either end, cut to <paramref name="maxLength"/> with an ellipsis when cut; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string SheetName(string? text, string fallback, int maxLength = MaxSheetNameLength)
    {
        var sb = new StringBuilder();
        foreach (var c in Clean(text ?? "").ReplaceLineEndings(" "))
        {
            if (c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c)) continue;
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(c);
        }
        var name = sb.ToString().Trim().Trim('\'').Trim();
        if (name.Length > maxLength) name = Cut(name, maxLength - 1).TrimEnd().TrimEnd('\'') + "…";
        return name.Length == 0 ? fallback : name;
    }

    /// <summary>The first <paramref name="length"/> characters, one fewer when that would split a surrogate pair.</summary>
    public static string Cut(string text, int length)
    {
        if (text.Length <= length) return text;
        if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length];
    }

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not '\t' and not '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or '_') return false;
        }
        return true;
    }

    /// <summary>Whether "_xHHHH_" starts at <paramref name="i"/>.</summary>
    private static bool LooksEscaped(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ContainsAnyExcept("0123456789abcdefABCDEF") == false;
}
