using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CommuneDocs.Tests.Indexing;

/// <summary>An index as the versions before format 2 left it: clause documents, and no format in the commit.</summary>
internal static class OldIndex
{
    public static void Write(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument(new Document
        {
            new StringField("doctype", "plan", Field.Store.YES),
            new StringField("key", "000.txt", Field.Store.YES),
            new StringField("hash", "h0", Field.Store.YES),
        });
        writer.Commit();
    }
}
