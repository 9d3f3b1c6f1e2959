using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CommuneDocs.Indexing;

/// <summary>
/// The wording identity (<see cref="ClauseFields.ClauseIdValue"/>) of every document of a segment, read once from its
/// doc values into an array and kept while the segment lives (8 bytes a clause: 8 MB for a million). The search reads
/// it for every document that could enter its top wordings; from the array that is an index, from the packed doc values
/// a decode that made collecting twice as slow as Lucene's own top-documents collector.
/// </summary>
internal static class IdentityColumn
{
    private static readonly ConditionalWeakTable<object, long[]> Columns = new();

    /// <summary>The identities of <paramref name="reader"/>'s documents by document number; 0 for a document without one.</summary>
    public static long[] Of(AtomicReader reader) => Columns.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static long[] Read(AtomicReader reader)
    {
        var values = new long[reader.MaxDoc];
        var column = reader.GetNumericDocValues(ClauseFields.ClauseIdValue);
        if (column is null) return values;
        for (var doc = 0; doc < values.Length; doc++) values[doc] = column.Get(doc);
        return values;
    }
}
