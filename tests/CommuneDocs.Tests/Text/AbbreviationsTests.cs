using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

public class AbbreviationsTests
{
    [Test]
    public void Table_EachAbbreviationOnce_AndEachForSomething()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Abbreviations.All.Select(a => a.Short), Is.Unique);
            Assert.That(Abbreviations.All.Where(a => a.Use == 0).Select(a => a.Short), Is.Empty);
        });
    }

    [TestCase("Đẩy mạnh DVCTT", "Đẩy mạnh dịch vụ công trực tuyến")]
    [TestCase("giải quyết TTHC;", "giải quyết thủ tục hành chính;")]
    [TestCase("(UBND) xã", "(Ủy ban nhân dân) xã")]
    [TestCase("thúc đẩy CĐS.", "thúc đẩy chuyển đổi số.")]
    public void Expand_PhraseAbbreviation_IsSpelledOut(string text, string expanded) =>
        Assert.That(Abbreviations.Expand(text), Is.EqualTo(expanded));

    [TestCase("Ủy ban MTTQ")]
    [TestCase("Phòng VH-XH")]
    [TestCase("BCH Quân sự")]
    public void Expand_UnitOnlyAbbreviation_IsLeftForUnitNames(string text) =>
        Assert.That(Abbreviations.Expand(text), Is.SameAs(text));

    [Test]
    public void UnitNames_LongerFormsComeBeforeTheShorterTheyContain()
    {
        var shorts = Abbreviations.UnitNames.Select(a => a.Short).ToList();
        Assert.That(shorts, Is.SupersetOf(new[] { "UBND", "HĐND", "MTTQ", "PVHCC", "CĐS" }));
        for (var i = 0; i < shorts.Count; i++)
        {
            for (var j = i + 1; j < shorts.Count; j++)
            {
                Assert.That(shorts[j].Contains(shorts[i], StringComparison.Ordinal), Is.False, $"{shorts[j]} must come before {shorts[i]}");
            }
        }
    }
}
