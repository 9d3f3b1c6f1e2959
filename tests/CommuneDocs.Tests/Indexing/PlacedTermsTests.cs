using CommuneDocs.Indexing;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Indexing;

public class PlacedTermsTests
{
    [TestCase("hoà", "hòa")]
    [TestCase("uỷ", "ủy")]
    [TestCase("thuỷ", "thủy")]
    public void Of_TermWithTheToneElsewhere_GivesThePlacedSpellingEachTime(string term, string placed)
    {
        var terms = new PlacedTerms();
        Assert.That(terms.Of(term), Is.EqualTo(placed));
        Assert.That(terms.Of(term), Is.EqualTo(placed), "remembered");
    }

    [TestCase("hòa")]
    [TestCase("dịch")]
    [TestCase("1565")]
    [TestCase("")]
    public void Of_TermAlreadyPlaced_GivesNull(string term) => Assert.That(new PlacedTerms().Of(term), Is.Null);

    [Test]
    public void Of_ManyDistinctTerms_StaysRightPastItsCapacity()
    {
        var terms = new PlacedTerms();
        for (var i = 0; i < PlacedTerms.Capacity * 2 + 10; i++)
        {
            var term = $"hoà{i}";
            var expected = ToneMarks.Place(term);
            Assert.That(terms.Of(term) ?? term, Is.EqualTo(expected));
        }
        Assert.That(terms.Of("hoà"), Is.EqualTo("hòa"));
    }
}
