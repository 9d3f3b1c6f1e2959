namespace CommuneDocs.Cli;

/// <summary>Expands the paths given on the command line into the files to process.</summary>
internal static class InputFiles
{
    /// <summary>Extensions picked up when a folder is given (Markdown is left out: folders hold READMEs); a file named explicitly is always taken.</summary>
    public static readonly string[] Extensions = [".txt", ".docx", ".pdf", ".doc"];

    public static List<string> Expand(IEnumerable<string> paths, List<(string Path, string Error)> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add((path, "no such file or folder"));
            }
        }
        return files.Distinct().ToList();
    }
}
