using CommuneDocs.Reading.Pdf;

namespace CommuneDocs.Tests.Reading.Pdf;

public class StableSortTests
{
    private static IEnumerable<TestCaseData> Inputs()
    {
        var random = new Random(20261201);
        (int, int, int)[] Make(int n, Func<int, (int, int)> keys) => [.. Enumerable.Range(0, n).Select(i => { var (a, b) = keys(i); return (a, b, i); })];
        yield return new TestCaseData(Make(0, _ => (0, 0))).SetName("Sort_Empty_StaysEmpty");
        yield return new TestCaseData(Make(1, _ => (3, 1))).SetName("Sort_OneItem_StaysAsItIs");
        yield return new TestCaseData(Make(500, i => (i / 10, i % 10))).SetName("Sort_AlreadyInOrder_StaysAsItIs");
        yield return new TestCaseData(Make(500, i => (-i, 0))).SetName("Sort_Reversed_IsOrdered");
        yield return new TestCaseData(Make(2000, _ => (random.Next(5), random.Next(3)))).SetName("Sort_ManyEqualKeys_KeepsTheirOrder");
        yield return new TestCaseData(Make(3000, i => (i / 40 + (random.Next(30) == 0 ? random.Next(-3, 3) : 0), i % 40))).SetName("Sort_LinesMostlyInOrder_MatchesLinq");
        yield return new TestCaseData(Make(5000, _ => (random.Next(100), random.Next(100)))).SetName("Sort_Random_MatchesLinq");
    }

    [TestCaseSource(nameof(Inputs))]
    public void ByKeys_OrdersAsOrderByThenBy((int First, int Second, int Id)[] items)
    {
        var expected = items.OrderBy(x => x.First).ThenBy(x => x.Second).Select(x => x.Id).ToArray();

        StableSort.ByKeys(items, x => x.First, x => x.Second);

        Assert.That(items.Select(x => x.Id), Is.EqualTo(expected));
    }
}
