namespace CommuneDocs.Tests;

/// <summary>Folders of the repository the tests read: found by walking up from the test binaries to CommuneDocs.sln.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommuneDocs.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CommuneDocs.sln not found above " + TestContext.CurrentContext.TestDirectory);
    });

    /// <summary>The folder holding CommuneDocs.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>corpus/: the plan files.</summary>
    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    /// <summary>corpus/gold/: their hand-made answers.</summary>
    public static string Gold => Path.Combine(Corpus, "gold");

    /// <summary>
    /// ../shared/realworld: real, unannotated office files kept beside the repository, not in it; a test that needs
    /// one ignores itself where it is missing (<see cref="RealWorldFile"/>).
    /// </summary>
    public static string RealWorld => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "realworld"));

    /// <summary>The path of a real-world file; the test is ignored when the file is not on this machine.</summary>
    public static string RealWorldFile(string name)
    {
        var path = Path.Combine(RealWorld, name);
        if (!File.Exists(path)) Assert.Ignore($"the real-world sample {path} is not on this machine");
        return path;
    }

    /// <summary>../shared/realworld-dev: real documents with facts files, kept beside the repository (<see cref="RealWorldDevFile"/>).</summary>
    public static string RealWorldDev => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "realworld-dev"));

    /// <summary>The path of a file of ../shared/realworld-dev; the test is ignored when the file is not on this machine.</summary>
    public static string RealWorldDevFile(string name)
    {
        var path = Path.Combine(RealWorldDev, name);
        if (!File.Exists(path)) Assert.Ignore($"the real-world development sample {path} is not on this machine");
        return path;
    }

    /// <summary>src/CommuneDocs: the library's sources.</summary>
    public static string LibrarySource => Path.Combine(RepoRoot, "src", "CommuneDocs");

    /// <summary>A folder of this test project's sources (data files are read from the source tree, not copied).</summary>
    public static string TestSource(params string[] parts) => Path.Combine([RepoRoot, "tests", "CommuneDocs.Tests", .. parts]);
}
