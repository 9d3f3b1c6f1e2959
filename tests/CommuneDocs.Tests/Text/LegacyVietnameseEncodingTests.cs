using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

internal sealed class LegacyVietnameseEncodingTests
{
    [TestCase(".VnTime", LegacyEncoding.Tcvn3)]
    [TestCase("ABCDEF+.VnTime-Bold", LegacyEncoding.Tcvn3)]
    [TestCase(".VnTimeH", LegacyEncoding.Tcvn3Capitals)]
    [TestCase(".VnArialH,Bold", LegacyEncoding.Tcvn3Capitals)]
    [TestCase("VNI-Times", LegacyEncoding.Vni)]
    [TestCase("ABCDEF+VNI-Helve-Bold", LegacyEncoding.Vni)]
    [TestCase("TimesNewRomanPSMT", LegacyEncoding.None)]
    [TestCase("BAAAAA+LiberationSerif", LegacyEncoding.None)]
    public void FromFontName_KnownFamilies_GiveTheirEncoding(string font, LegacyEncoding expected) =>
        Assert.That(LegacyVietnameseEncoding.FromFontName(font), Is.EqualTo(expected));

    // TCVN3 bytes as a PDF extractor reports them (Windows-1252 letters) -> Unicode.
    [TestCase("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [TestCase("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [TestCase("Uû ban nh©n d©n x·", "Uỷ ban nhân dân xã")]
    [TestCase("KÕ ho¹ch", "Kế hoạch")]
    [TestCase("ng­êi d©n, doanh nghiÖp", "người dân, doanh nghiệp")]
    [TestCase("¨n ¾t »ng ¼ ½ Æ", "ăn ắt ằng ẳ ẵ ặ")]
    [TestCase("ý ú û ü þ ®", "ý ỳ ỷ ỹ ỵ đ")]
    public void Decode_Tcvn3_GivesUnicode(string legacy, string unicode) =>
        Assert.That(LegacyVietnameseEncoding.Decode(legacy, LegacyEncoding.Tcvn3), Is.EqualTo(unicode));

    [Test]
    public void Decode_Tcvn3Capitals_GivesCapitals() =>
        Assert.That(LegacyVietnameseEncoding.Decode("céng hoµ x· héi", LegacyEncoding.Tcvn3Capitals), Is.EqualTo("CỘNG HOÀ XÃ HỘI"));

    // VNI Windows: base letter + diacritic characters.
    [TestCase("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [TestCase("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [TestCase("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN")]
    [TestCase("ngöôøi daân", "người dân")]
    [TestCase("Keá hoaïch", "Kế hoạch")]
    [TestCase("naêm, aén, ñaëc", "năm, ắn, đặc")]
    [TestCase("kyø, lyù, myõ, yû, yù, Î", "kỳ, lý, mỹ, ỷ, ý, Ỵ")]
    public void Decode_Vni_GivesUnicode(string legacy, string unicode) =>
        Assert.That(LegacyVietnameseEncoding.Decode(legacy, LegacyEncoding.Vni), Is.EqualTo(unicode));
}
