using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

public class ToneMarksTests
{
    [TestCase("hoà", "hòa")]
    [TestCase("hòa", "hòa")]
    [TestCase("uỷ", "ủy")]
    [TestCase("Uỷ", "Ủy")]
    [TestCase("thuỷ", "thủy")]
    [TestCase("khoẻ", "khỏe")]
    [TestCase("hoàn", "hoàn")]
    [TestCase("người", "người")]
    [TestCase("quả", "quả")]
    [TestCase("giữa", "giữa")]
    [TestCase("gì", "gì")]
    [TestCase("việc", "việc")]
    [TestCase("tuyển", "tuyển")]
    [TestCase("của", "của")]
    [TestCase("dân", "dân")]
    [TestCase("2025", "2025")]
    public void Place_PutsTheToneOnTheTraditionalVowel(string word, string placed) =>
        Assert.That(ToneMarks.Place(word), Is.EqualTo(placed));
}

/// <summary>The two tone-placement routines read one table (<c>VietnameseLetters</c>) and must agree on what is the same word.</summary>
public class TonePlacementAgreementTests
{
    [TestCase("hoà", "hòa")]
    [TestCase("uỷ", "ủy")]
    [TestCase("Uỷ ban", "ủy ban")]
    [TestCase("thuở", "thủơ")]
    [TestCase("thuỷ lợi", "THỦY LỢI")]
    [TestCase("khoẻ", "khỏe")]
    [TestCase("hoá", "hóa")]
    [TestCase("quý", "qúy")]
    public void ToneKeyAndPlace_SameWordWithToneElsewhere_BothEqual(string a, string b)
    {
        Assert.Multiple(() =>
        {
            Assert.That(VietnameseText.ToneKey(a), Is.EqualTo(VietnameseText.ToneKey(b)), "ToneKey");
            Assert.That(PlaceWords(a), Is.EqualTo(PlaceWords(b)), "ToneMarks.Place");
        });
    }

    [TestCase("mã", "má")]
    [TestCase("hoà", "hoá")]
    [TestCase("thuở", "thuơ")]
    [TestCase("uỷ", "ụy")]
    public void ToneKeyAndPlace_DifferentTones_BothDiffer(string a, string b)
    {
        Assert.Multiple(() =>
        {
            Assert.That(VietnameseText.ToneKey(a), Is.Not.EqualTo(VietnameseText.ToneKey(b)), "ToneKey");
            Assert.That(PlaceWords(a), Is.Not.EqualTo(PlaceWords(b)), "ToneMarks.Place");
        });
    }

    /// <summary>Place works on one word and keeps case; ToneKey lower-cases a whole text, so compare like with like.</summary>
    private static string PlaceWords(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ').Select(ToneMarks.Place));
}
