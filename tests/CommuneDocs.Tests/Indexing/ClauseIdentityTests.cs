using CommuneDocs.Indexing;

namespace CommuneDocs.Tests.Indexing;

public class ClauseIdentityTests
{
    [TestCase("Uỷ ban nhân dân xã Hà Tây", "  ủy BAN nhân-dân, xã hà tây!")]
    [TestCase("Hòa nhập", "Ho\u0061\u0300 nh\u00e2\u0323p")]
    [TestCase("dịch vụ công (DVC) trực tuyến", "Dịch vụ công DVC trực tuyến.")]
    public void Wording_IsTheSameWhateverCasePunctuationSpacingAndToneMarks(string one, string other) =>
        Assert.That(ClauseIdentity.Wording(other), Is.EqualTo(ClauseIdentity.Wording(one)));

    [TestCase("kiểm tra", "kiem tra")]
    [TestCase("kiểm tra", "kiệm tra")]
    [TestCase("dịch vụ công", "dịch vụ, công khai")]
    public void Wording_TellsOtherWordsApart(string one, string other) =>
        Assert.That(ClauseIdentity.Wording(other), Is.Not.EqualTo(ClauseIdentity.Wording(one)));

    [Test]
    public void Wording_OfTextWithoutWords_IsEmpty() => Assert.That(ClauseIdentity.Wording(" - ; … "), Is.Empty);

    [Test]
    public void Of_IsTheNumberEarlierVersionsWrote()
    {
        // Indexes keep the number with every clause: a new one for the same wording would list it twice.
        Assert.That(ClauseIdentity.Of("Uỷ ban nhân dân xã Hà Tây"), Is.EqualTo(-4092044061900155930L));
    }
}
