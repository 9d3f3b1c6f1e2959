namespace CommuneDocs.Benchmarks;

/// <summary>Finds the repository's corpus folder from wherever the benchmark runs.</summary>
public static class CorpusFiles
{
    public static string Directory { get; } = Find();

    public static IEnumerable<string> Stems(string extension) =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + extension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommuneDocs.sln"))) return Path.Combine(dir.FullName, "corpus");
        }
        throw new DirectoryNotFoundException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
