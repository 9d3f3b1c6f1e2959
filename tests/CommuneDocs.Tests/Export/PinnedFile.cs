namespace CommuneDocs.Tests.Export;

/// <summary>
/// Output pinned byte for byte in a file under <c>Export/Data/contract</c>. The files pin what the contract writer and
/// reader make of a plan, not whether the parser's answers are right (that is the gold's job): they were written once
/// from the hand-written writer and reader, so that the source-generated ones could be checked to write the same bytes.
/// On a deliberate change of the contract, run the tests once with <c>COMMUNEDOCS_PIN_CONTRACT=1</c> to write them
/// again, and review the diff before committing it.
/// </summary>
internal static class PinnedFile
{
    /// <summary>The environment variable that makes <see cref="AssertEqual"/> write the pinned file instead of comparing.</summary>
    public const string RepinVariable = "COMMUNEDOCS_PIN_CONTRACT";

    /// <summary>The folder of the pinned files.</summary>
    public static string Folder => TestPaths.TestSource("Export", "Data", "contract");

    /// <summary>Fails unless <paramref name="actual"/> equals the pinned file <paramref name="name"/> byte for byte.</summary>
    public static void AssertEqual(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable(RepinVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            Assert.Warn($"{name} was written again ({RepinVariable}=1); review its diff");
            return;
        }
        Assert.That(File.Exists(path), $"{name} is not pinned yet; run the tests with {RepinVariable}=1 to write it");
        var expected = File.ReadAllText(path);
        if (actual == expected) return;
        var at = FirstDifference(expected, actual);
        Assert.Fail($"{name} differs from its pinned bytes at character {at}:\n" +
                    $"  pinned: {Excerpt(expected, at)}\n  actual: {Excerpt(actual, at)}");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 60);
        return text.Substring(start, Math.Min(text.Length, at + 60) - start).ReplaceLineEndings("⏎");
    }
}
