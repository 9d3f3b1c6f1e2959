namespace CommuneDocs.Reading.Pdf;

/// <summary>
/// Sorts by two numeric keys, items with equal keys keeping their order (as LINQ's OrderBy().ThenBy() does), in place
/// and without LINQ's per-item allocations: the layout stages sort every page's letters and words. A PDF writer draws
/// text mostly in reading order already, so the sort merges the runs that are in order (a natural merge sort): a
/// page that is in order costs one pass.
/// </summary>
internal static class StableSort
{
    public static void ByKeys<T>(T[] items, Func<T, double> first, Func<T, double> second)
    {
        var n = items.Length;
        if (n < 2) return;
        var keys = new Key[n];
        for (var i = 0; i < n; i++) keys[i] = new Key(first(items[i]), second(items[i]));
        // The starts of the runs already in order; one run means nothing to do.
        var runs = new List<int> { 0 };
        for (var i = 1; i < n; i++)
        {
            if (keys[i].CompareTo(keys[i - 1]) < 0) runs.Add(i);
        }
        if (runs.Count == 1) return;
        runs.Add(n);
        var (fromKeys, fromItems) = (keys, items);
        var (toKeys, toItems) = (new Key[n], new T[n]);
        while (runs.Count > 2)
        {
            var merged = new List<int>(runs.Count / 2 + 2);
            for (var r = 0; r + 1 < runs.Count; r += 2)
            {
                var (start, middle) = (runs[r], runs[r + 1]);
                var end = r + 2 < runs.Count ? runs[r + 2] : middle;
                Merge(fromKeys, fromItems, toKeys, toItems, start, middle, end);
                merged.Add(start);
            }
            merged.Add(n);
            runs = merged;
            (fromKeys, toKeys) = (toKeys, fromKeys);
            (fromItems, toItems) = (toItems, fromItems);
        }
        if (!ReferenceEquals(fromItems, items)) Array.Copy(fromItems, items, n);
    }

    /// <summary>Merges the runs [start, middle) and [middle, end) into the same places of the target; on equal keys the left run's item comes first.</summary>
    private static void Merge<T>(Key[] keys, T[] items, Key[] toKeys, T[] toItems, int start, int middle, int end)
    {
        int i = start, j = middle, k = start;
        while (i < middle && j < end)
        {
            if (keys[j].CompareTo(keys[i]) < 0)
            {
                toKeys[k] = keys[j];
                toItems[k++] = items[j++];
            }
            else
            {
                toKeys[k] = keys[i];
                toItems[k++] = items[i++];
            }
        }
        for (; i < middle; i++, k++) (toKeys[k], toItems[k]) = (keys[i], items[i]);
        for (; j < end; j++, k++) (toKeys[k], toItems[k]) = (keys[j], items[j]);
    }

    private readonly record struct Key(double First, double Second)
    {
        public int CompareTo(Key other)
        {
            var c = First.CompareTo(other.First);
            return c != 0 ? c : Second.CompareTo(other.Second);
        }
    }
}
