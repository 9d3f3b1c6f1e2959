using CommuneDocs.Indexing;
using static CommuneDocs.Tests.Indexing.AnalyzerAssert;

namespace CommuneDocs.Tests.Indexing;

public class VietnameseAnalyzerTests
{
    private static readonly VietnameseAnalyzer Accented = new();
    private static readonly VietnameseAnalyzer Folded = new(folded: true);

    [Test]
    public void Analyzer_KeepsSyllablesAndAddsBigrams() =>
        AssertAnalyzesTo(Accented, "Dịch vụ công",
            ["dịch", "dịch vụ", "vụ", "vụ công", "công"],
            [0, 0, 5, 5, 8],
            [4, 7, 7, 12, 12]);

    [Test]
    public void Analyzer_LowerCasesUpperCaseHeadings() =>
        AssertAnalyzesTo(Accented, "ĐẨY MẠNH", ["đẩy", "đẩy mạnh", "mạnh"]);

    [Test]
    public void FoldedAnalyzer_DropsDiacriticsAndMapsDToD() =>
        AssertAnalyzesTo(Folded, "Đẩy mạnh thanh toán", ["day", "day manh", "manh", "manh thanh", "thanh", "thanh toan", "toan"]);

    [TestCase("hoà bình", "hòa bình")]
    [TestCase("Uỷ ban", "Ủy ban")]
    [TestCase("thuỷ lợi", "thủy lợi")]
    [TestCase("khoẻ mạnh", "khỏe mạnh")]
    public void Analyzer_GivesOneTermForBothTonePlacements(string oldStyle, string newStyle) =>
        Assert.That(Tokens(Accented, oldStyle).Select(t => t.Term), Is.EqualTo(Tokens(Accented, newStyle).Select(t => t.Term)));

    [Test]
    public void Analyzer_ComposesCombiningMarksAndKeepsOffsetsInTheOriginal()
    {
        var decomposed = "Vie\u0323\u0302t Nam";
        AssertAnalyzesTo(Accented, decomposed, ["việt", "việt nam", "nam"], [0, 0, 7], [6, 10, 10]);
    }

    [Test]
    public void Analyzer_SplitsReferenceNumbersIntoParts() =>
        AssertAnalyzesTo(Folded, "1565/QĐ-TTg", ["1565", "1565 qd", "qd", "qd ttg", "ttg"]);

    [Test]
    public void Analyzer_NeverThrowsOnRandomText()
    {
        CheckRandomData(Accented, 300, seed: 1565);
        CheckRandomData(Folded, 300, seed: 2025);
    }
}
