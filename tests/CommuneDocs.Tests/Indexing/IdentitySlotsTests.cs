using CommuneDocs.Indexing;

namespace CommuneDocs.Tests.Indexing;

public class IdentitySlotsTests
{
    [Test]
    public void Slots_AfterManySetsMovesAndRemovals_AgreeWithADictionary()
    {
        var random = new Random(7);
        var slots = new IdentitySlots(8);
        var expected = new Dictionary<long, int>();
        var keys = Enumerable.Range(0, 300).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)).Append(0).Append(16).Append(32).ToArray();
        for (var step = 0; step < 20_000; step++)
        {
            var key = keys[random.Next(keys.Length)];
            switch (random.Next(3))
            {
                case 0:
                    slots.Remove(key);
                    expected.Remove(key);
                    break;
                default:
                    var slot = random.Next(1000);
                    slots.Set(key, slot);
                    expected[key] = slot;
                    break;
            }
        }
        Assert.That(keys.Distinct().Where(k => slots.TryGet(k, out var s) != expected.TryGetValue(k, out var e) || s != (expected.ContainsKey(k) ? e : -1)), Is.Empty);
    }
}
