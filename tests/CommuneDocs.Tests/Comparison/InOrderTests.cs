using CommuneDocs.Comparison;

namespace CommuneDocs.Tests.Comparison;

/// <summary>A pure function run on several threads, its results handed on in the list's order (issue 17).</summary>
public class InOrderTests
{
    [TestCase(1)]
    [TestCase(4)]
    [TestCase(-1)]
    public void Map_HandsTheResultsOnInTheListsOrder_AcrossChunks(int threads)
    {
        var items = Enumerable.Range(0, 2500).ToList();
        var taken = new List<int>();

        InOrder.Map(items, i =>
        {
            // Uneven work, so that the threads finish out of order.
            Thread.SpinWait((i * 7919) % 2000);
            return i * 2;
        }, taken.Add, threads);

        Assert.That(taken, Is.EqualTo(items.Select(i => i * 2)));
    }

    [Test]
    public void Select_OfNothing_IsEmpty()
    {
        Assert.That(InOrder.Select(Array.Empty<string>(), s => s.Length, 2), Is.Empty);
    }
}
