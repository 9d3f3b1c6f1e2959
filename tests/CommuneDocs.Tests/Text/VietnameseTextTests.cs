using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

public class VietnameseTextTests
{
    [Test]
    public void IsWhiteSpace_AgreesWithCharIsWhiteSpaceOnEveryCharacter()
    {
        var disagreements = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => VietnameseText.IsWhiteSpace(c) != char.IsWhiteSpace(c)).Select(c => $"U+{(int)c:X4}");
        Assert.That(disagreements, Is.Empty);
    }

    [TestCase("", "")]
    [TestCase("Dịch vụ công", "Dịch vụ công")]
    [TestCase("  Dịch  vụ\tcông \n", "Dịch vụ công")]
    [TestCase("Dịch vụ\u00A0công", "Dịch vụ công")]
    [TestCase("Dịch vụ \u2003công", "Dịch vụ công")]
    [TestCase("Dịch\u3000vụ", "Dịch vụ")]
    [TestCase(" ", "")]
    public void CollapseSpaces_MakesEveryRunOfWhiteSpaceOneSpaceAndTrims(string text, string collapsed) =>
        Assert.That(VietnameseText.CollapseSpaces(text), Is.EqualTo(collapsed));

    [TestCase("Dịch vụ công", "dich vu cong")]
    [TestCase("ĐẨY MẠNH thanh toán", "day manh thanh toan")]
    [TestCase("Uỷ ban  nhân\tdân", "uy ban nhan dan")]
    public void Fold_RemovesDiacriticsAndCase(string text, string folded) =>
        Assert.That(VietnameseText.Fold(text), Is.EqualTo(folded));

    [TestCase("hoà", "hòa")]
    [TestCase("Uỷ ban", "ủy ban")]
    [TestCase("thuỷ lợi", "THỦY LỢI")]
    public void ToneKey_IgnoresTonePlacementAndCase(string a, string b) =>
        Assert.That(VietnameseText.ToneKey(a), Is.EqualTo(VietnameseText.ToneKey(b)));

    [Test]
    public void ToneKey_KeepsDifferentTonesApart() =>
        Assert.That(VietnameseText.ToneKey("mã"), Is.Not.EqualTo(VietnameseText.ToneKey("má")));

    [TestCase("e\u0302\u0301", "ế")]
    [TestCase("Vie\u0323\u0302t Nam", "Việt Nam")]
    [TestCase("đa\u0300o ta\u0323o", "đào tạo")]
    public void Clean_ComposesCombiningMarksWithoutIcu(string decomposed, string composed) =>
        Assert.That(VietnameseText.Clean(decomposed), Is.EqualTo(composed));

    [Test]
    public void Clean_TurnsOddSpacesIntoSpacesAndDropsZeroWidth() =>
        Assert.That(VietnameseText.Clean("a\u00A0b\u200Bc\r"), Is.EqualTo("a bc"));

    [TestCase(new[] { "Nghị định số 52/2015/NĐ-", "CP ngày 28/5/2015" }, "Nghị định số 52/2015/NĐ-CP ngày 28/5/2015")]
    [TestCase(new[] { "phát triển kinh tế-", "xã hội" }, "phát triển kinh tế-xã hội")]
    [TestCase(new[] { "giai đoạn 2021 -", "2025" }, "giai đoạn 2021 - 2025")]
    [TestCase(new[] { "các nội dung sau:", "- Rà soát" }, "các nội dung sau: - Rà soát")]
    public void JoinWrappedLines_HyphenGluedToAWord_JoinsWithoutASpace(string[] lines, string joined) =>
        Assert.That(VietnameseText.JoinWrappedLines(lines), Is.EqualTo(joined));
}
