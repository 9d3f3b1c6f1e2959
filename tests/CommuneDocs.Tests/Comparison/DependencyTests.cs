namespace CommuneDocs.Tests.Comparison;

/// <summary>The folder rules of STYLE.md for the search and comparison stages, checked on the <c>using</c> lines of the sources.</summary>
public class DependencyTests
{
    private static readonly string Library = Path.GetFullPath(Path.Combine(GoldFiles.Folder, "..", "..", "src", "CommuneDocs"));

    private static IEnumerable<(string File, string Using)> Usings(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Library, folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Select(l => (Path.GetFileName(f), l)));

    [Test]
    public void OnlyIndexing_NamesLucene()
    {
        var offenders = Directory.EnumerateDirectories(Library).Select(Path.GetFileName).Where(d => d is not ("Indexing" or "bin" or "obj"))
            .SelectMany(d => Usings(d!)).Where(u => u.Using.Contains("Lucene", StringComparison.Ordinal));
        Assert.That(offenders, Is.Empty);
    }

    [TestCase("Indexing", "CommuneDocs.Comparison")]
    [TestCase("Indexing", "CommuneDocs.Export")]
    [TestCase("Comparison", "CommuneDocs.Export")]
    public void Folder_DoesNotDependOnALaterStage(string folder, string forbidden) =>
        Assert.That(Usings(folder).Where(u => u.Using.Contains(forbidden, StringComparison.Ordinal)), Is.Empty);
}
