using System.Text;
using System.Text.RegularExpressions;

namespace CommuneDocs.Tests.Architecture;

/// <summary>Reads the library's C# sources for the namespaces each file names: its using directives and fully-qualified names in code.</summary>
internal static partial class SourceScanner
{
    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:[A-Za-z_]\w*\s*=\s*)?(?:global::)?(?<ns>[A-Za-z_][\w.]*)\s*(?:<[^;]*>)?\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?<ns>(?:CommuneDocs|UglyToad|DocumentFormat|Lucene|J2N|Markdig|AngleSharp)(?:\.[A-Za-z_]\w*)+)")]
    private static partial Regex QualifiedName();

    /// <summary>One .cs file of the library, with the folder it lives in ("" for the root, "Reading/Pdf").</summary>
    public sealed record SourceFile(string Path, string Folder, string Code);

    public static IReadOnlyList<SourceFile> LibraryFiles()
    {
        var root = TestPaths.LibrarySource;
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(f, f.Contains('/') ? f[..f.LastIndexOf('/')] : "", StripCommentsAndStrings(File.ReadAllText(System.IO.Path.Combine(root, f)))))
            .ToList();
    }

    /// <summary>Every namespace a file names in a using directive or a fully-qualified name, with the line it is on.</summary>
    public static IEnumerable<(string Namespace, int Line)> NamedNamespaces(string code)
    {
        foreach (Match m in UsingDirective().Matches(code)) yield return (m.Groups["ns"].Value, LineOf(code, m.Index));
        foreach (Match m in QualifiedName().Matches(code)) yield return (m.Groups["ns"].Value, LineOf(code, m.Index));
    }

    private static int LineOf(string code, int index) => code.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The code with comments and string and character literals blanked (line breaks kept, so line numbers hold).</summary>
    public static string StripCommentsAndStrings(string code)
    {
        var sb = new StringBuilder(code.Length);
        var i = 0;
        void Blank(int end)
        {
            for (; i < end && i < code.Length; i++) sb.Append(code[i] == '\n' ? '\n' : ' ');
        }
        while (i < code.Length)
        {
            var c = code[i];
            var next = i + 1 < code.Length ? code[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                var end = code.IndexOf('\n', i);
                Blank(end < 0 ? code.Length : end);
            }
            else if (c == '/' && next == '*')
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                Blank(end < 0 ? code.Length : end + 2);
            }
            else if (c == '"' && code.AsSpan(i).StartsWith("\"\"\""))
            {
                var quotes = 0;
                while (i + quotes < code.Length && code[i + quotes] == '"') quotes++;
                var fence = new string('"', quotes);
                var end = code.IndexOf(fence, i + quotes, StringComparison.Ordinal);
                Blank(end < 0 ? code.Length : end + quotes);
            }
            else if (c == '"' || ((c == '@' || c == '$') && next == '"') || (c is '@' or '$' && next is '@' or '$' && i + 2 < code.Length && code[i + 2] == '"'))
            {
                var verbatim = false;
                while (code[i] != '"')
                {
                    verbatim |= code[i] == '@';
                    sb.Append(' ');
                    i++;
                }
                var j = i + 1;
                while (j < code.Length)
                {
                    if (!verbatim && code[j] == '\\') j += 2;
                    else if (verbatim && code[j] == '"' && j + 1 < code.Length && code[j + 1] == '"') j += 2;
                    else if (code[j] == '"' || (!verbatim && code[j] == '\n')) break;
                    else j++;
                }
                Blank(j + 1);
            }
            else if (c == '\'')
            {
                var j = i + 1;
                while (j < code.Length && code[j] != '\'' && code[j] != '\n') j += code[j] == '\\' ? 2 : 1;
                Blank(j + 1);
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }
}
