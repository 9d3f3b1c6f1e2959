using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>
/// The first live clause of each wording, kind and year in a segment, as a bit set made once per segment reader (its
/// deleted documents are fixed) and kept while it lives (a bit a clause). The same template clause is in thousands of
/// plans; its copies score alike, so the search scores and collects the first copy of each segment only. Kind and year
/// are part of what makes a copy, so a filter on them keeps its answer; a filter on the commune does not use this.
/// </summary>
internal static class FirstCopies
{
    private static readonly ConditionalWeakTable<AtomicReader, FixedBitSet> Sets = new();

    public static FixedBitSet Of(AtomicReader reader) => Sets.GetValue(reader, Make);

    private static FixedBitSet Make(AtomicReader reader)
    {
        var identities = IdentityColumn.Of(reader);
        var codes = reader.GetNumericDocValues(PlaceColumns.CodeField);
        var live = reader.LiveDocs;
        var first = new FixedBitSet(reader.MaxDoc);
        var seen = new HashSet<(long, long)>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            // The code holds kind and year (and the page, which copies need not share).
            var code = codes?.Get(doc) ?? 0;
            if (seen.Add((identities[doc], PlaceColumns.KindAndYear(code)))) first.Set(doc);
        }
        return first;
    }
}
