using CommuneDocs.Model;

namespace CommuneDocs.Cli;

/// <summary>Expands the paths given on the command line into the files to process.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Extensions picked up when a folder is given; a file named explicitly is always taken. A Markdown or HTML file
    /// found in a folder that holds no document (a README) is skipped when it is read (<see cref="IsSkippable"/>).
    /// </summary>
    public static readonly string[] Extensions = [".txt", ".docx", ".pdf", ".doc", ".md", ".markdown", ".htm", ".html"];

    private static readonly string[] PageExtensions = [".htm", ".html"];

    /// <summary>
    /// The suffixes of the folder Word writes beside a page saved as "Web Page" (<c>name_files</c>, older versions
    /// <c>name.files</c>), holding the page's own parts: header.htm, filelist.xml, images.
    /// </summary>
    private static readonly string[] CompanionSuffixes = ["_files", ".files"];

    /// <summary>
    /// The files <paramref name="paths"/> name or hold (folders searched recursively, a web page's companion folder left
    /// out); the paths that do not exist go to <paramref name="missing"/>, and the files found by searching a folder are
    /// added to <paramref name="scanned"/> when it is given.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths, List<(string Path, string Error)> missing, ISet<string>? scanned = null)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Scan(path).Order(StringComparer.Ordinal).ToList();
                files.AddRange(found);
                scanned?.UnionWith(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
                scanned?.Remove(path);
            }
            else
            {
                missing.Add((path, "no such file or folder"));
            }
        }
        return files.Distinct().ToList();
    }

    /// <summary>A file found by a folder scan that turned out to hold no document is skipped with its reason, not a failure.</summary>
    public static bool IsSkippable(Exception error) => error is DocumentFormatException { Error: DocumentError.NotADocument };

    private static IEnumerable<string> Scan(string folder)
    {
        var pending = new Stack<string>([folder]);
        var options = new EnumerationOptions { IgnoreInaccessible = true };
        // Linked folders are not followed, as a recursive enumeration does not follow them.
        var folders = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = options.AttributesToSkip | FileAttributes.ReparsePoint };
        while (pending.TryPop(out var dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", options))
            {
                if (Extensions.Contains(Path.GetExtension(file).ToLowerInvariant())) yield return file;
            }
            foreach (var sub in Directory.EnumerateDirectories(dir, "*", folders))
            {
                if (!IsCompanionFolder(sub)) pending.Push(sub);
            }
        }
    }

    /// <summary>A folder named <c>name_files</c> or <c>name.files</c> beside a page <c>name.htm</c> or <c>name.html</c>.</summary>
    private static bool IsCompanionFolder(string dir)
    {
        var name = Path.GetFileName(dir);
        var parent = Path.GetDirectoryName(dir) ?? ".";
        foreach (var suffix in CompanionSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || name.Length == suffix.Length) continue;
            var page = name[..^suffix.Length];
            if (PageExtensions.Any(e => File.Exists(Path.Combine(parent, page + e)))) return true;
        }
        return false;
    }
}
