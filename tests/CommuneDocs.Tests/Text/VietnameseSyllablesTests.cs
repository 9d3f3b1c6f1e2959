using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

public class VietnameseSyllablesTests
{
    [TestCase("Thực")]
    [TestCase("hiện")]
    [TestCase("nghiêng")]
    [TestCase("khuyến")]
    [TestCase("ĐỘC")]
    [TestCase("quốc")]
    [TestCase("giữa")]
    [TestCase("người")]
    [TestCase("hoà")]
    [TestCase("hòa")]
    public void IsSyllable_WellFormedSyllable_IsTrue(string token) => Assert.That(VietnameseSyllables.IsSyllable(token), Is.True);

    [TestCase("CØNG")]
    [TestCase("HOÀXÃ")]
    [TestCase("HØI")]
    [TestCase("Jqw")]
    [TestCase("hiệnn")]
    [TestCase("ổì")]
    public void IsSyllable_Garbage_IsFalse(string token) => Assert.That(VietnameseSyllables.IsSyllable(token), Is.False);

    [TestCase("UBND")]
    [TestCase("TTg")]
    [TestCase("1565")]
    [TestCase("VNeID")]
    public void IsNumberOrAbbreviation_NumbersAndCapitals_AreTrue(string token) => Assert.That(VietnameseSyllables.IsNumberOrAbbreviation(token), Is.True);

    [Test]
    public void WellFormedShare_CleanText_IsHigh()
    {
        var share = VietnameseSyllables.WellFormedShare("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Độc lập - Tự do - Hạnh phúc. Thực hiện Quyết định số 1565/QĐ-TTg ngày 18/7/2025 của Thủ tướng Chính phủ", out var tokens);
        Assert.Multiple(() =>
        {
            Assert.That(tokens, Is.GreaterThan(20));
            Assert.That(share, Is.GreaterThan(0.95));
        });
    }

    [Test]
    public void WellFormedShare_PhoneScanOcr_IsLow()
    {
        var share = VietnameseSyllables.WellFormedShare("CØNG HOÀXÃ HØI CHÚ NGHÌA VIÊT NAM Ðôc lâp Tu do Hanh phúc UBNDTÌNH LÂMÐÔNG CÔNGAN TÌNH Sô: 298 /PC04 V/v phôi hop xác minh Lâm ông, ngày tháng năm 2025 Kính gúi Cöng an các dön vi", out _);
        Assert.That(share, Is.LessThan(TextLayerThreshold));
    }

    private const double TextLayerThreshold = 0.75;
}
