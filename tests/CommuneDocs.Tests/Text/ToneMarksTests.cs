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
