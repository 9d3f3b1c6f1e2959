namespace CommuneDocs.Benchmarks;

/// <summary>Finds the repository's corpus folder from wherever the benchmark runs.</summary>
public static class CorpusFiles
{
    public static string Directory { get; } = Find();

    public static IEnumerable<string> Stems(string extension) =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + extension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>The corpus's file names with <paramref name="extension"/> (".pdf"), in ordinal order: a benchmark's parameter values.</summary>
    public static IEnumerable<string> Names(string extension) => Stems(extension).Select(s => s + extension);

    /// <summary>The bytes of the corpus file <paramref name="name"/>.</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommuneDocs.sln"))) return Path.Combine(dir.FullName, "corpus");
        }
        throw new DirectoryNotFoundException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
