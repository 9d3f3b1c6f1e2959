using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests;

/// <summary>The hand-made answers in <c>corpus/gold</c>, read with <see cref="PlanJsonReader"/>.</summary>
internal static class GoldFiles
{
    /// <summary>The four plans that implement Quyết định 1565/QĐ-TTg.</summary>
    public static readonly string[] Siblings1565 = ["000_a883dd9e56d4ab64", "001_f8337fdd8866a8ff", "002_ac39d176635c6cd1", "003_7495f11dbf51acbf"];

    /// <summary>A plan on another subject (cải cách thủ tục hành chính) that cites some of the same decrees.</summary>
    public const string Unrelated = "004_15556c4c722cdb8a";

    public static string Folder { get; } = FindFolder();

    public static PlanDocument Plan(string stem) => PlanJsonReader.ReadFile(Path.Combine(Folder, stem + ".json"));

    public static List<PlanDocument> Plans(params string[] stems) => stems.Select(Plan).ToList();

    public static string GapsAnswerPath => Path.Combine(Folder, "gaps-1565.json");

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var gold = Path.Combine(dir.FullName, "corpus", "gold");
            if (File.Exists(Path.Combine(gold, "gaps-1565.json"))) return gold;
        }
        throw new DirectoryNotFoundException("corpus/gold not found above the test directory.");
    }
}
