namespace CommuneDocs.Benchmarks;

/// <summary>Folders the benchmarks write to, all under the system's temporary folder: nothing goes into the repository.</summary>
public static class BenchmarkFolders
{
    /// <summary>The benchmarks' own folder in the system's temporary folder.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "communedocs-benchmarks");

    /// <summary>A new, empty folder whose name starts with <paramref name="prefix"/>; the caller deletes it.</summary>
    public static string NewTemporary(string prefix)
    {
        var folder = Path.Combine(Root, $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
