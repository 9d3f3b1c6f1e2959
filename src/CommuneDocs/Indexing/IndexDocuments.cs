using System.Globalization;
using CommuneDocs.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace CommuneDocs.Indexing;

/// <summary>The Lucene documents of an <see cref="IndexEntry"/>: one for the document (key, hash, identity, files), then one per clause.</summary>
internal static class IndexDocuments
{
    public static IEnumerable<IEnumerable<IIndexableField>> Of(IndexEntry entry)
    {
        var plan = entry.Plan;
        var files = new[] { plan.Source.File }.Concat(entry.OtherFiles.Select(f => f.Source.File)).Distinct(StringComparer.Ordinal).ToList();
        var planDoc = new Document
        {
            new StringField(ClauseFields.DocType, ClauseFields.PlanDoc, Field.Store.YES),
            new StringField(ClauseFields.Key, entry.Key, Field.Store.YES),
            new StringField(ClauseFields.Hash, entry.ContentHash, Field.Store.YES),
            new StringField(ClauseFields.Source, plan.Source.File, Field.Store.YES),
        };
        if (entry.Identity is { } identity) planDoc.Add(new StringField(ClauseFields.Identity, identity, Field.Store.YES));
        foreach (var file in files) planDoc.Add(new StoredField(ClauseFields.Files, file));
        yield return planDoc;

        var pages = PagesElsewhere(plan, entry.OtherFiles);
        foreach (var clause in ClauseExtractor.Extract(plan))
        {
            var identityOfClause = ClauseIdentity.Of(clause.Text);
            var doc = new Document
            {
                new StringField(ClauseFields.DocType, ClauseFields.ClauseDoc, Field.Store.NO),
                new StringField(ClauseFields.Key, entry.Key, Field.Store.YES),
                new StringField(ClauseFields.Source, plan.Source.File, Field.Store.YES),
                new StringField(ClauseFields.Kind, PlanIndex.KindName(clause.Kind), Field.Store.YES),
                new StringField(ClauseFields.Path, clause.Path, Field.Store.YES),
                new TextField(ClauseFields.Text, clause.Text, Field.Store.YES),
                new TextField(ClauseFields.TextFolded, clause.Text, Field.Store.NO),
                new StringField(ClauseFields.ClauseId, ClauseIdentity.Term(identityOfClause), Field.Store.NO),
                new NumericDocValuesField(ClauseFields.ClauseIdValue, identityOfClause),
            };
            if (plan.Commune is { } commune)
            {
                doc.Add(new StoredField(ClauseFields.Commune, commune));
                doc.Add(new StringField(ClauseFields.CommuneKey, PlanIndex.CommuneKey(commune), Field.Store.NO));
            }
            if (plan.Province is { } province) doc.Add(new StoredField(ClauseFields.Province, province));
            if (plan.Title is { } title) doc.Add(new StoredField(ClauseFields.PlanTitle, title));
            if (clause.Year is { } year) doc.Add(new StringField(ClauseFields.Year, year.ToString(CultureInfo.InvariantCulture), Field.Store.YES));
            var page = clause.Page ?? pages.GetValueOrDefault((clause.Kind, clause.Path));
            foreach (var field in PlaceColumns.Fields(plan.Source.File, files, plan.Commune, plan.Province, clause.Path, clause.Kind, page, clause.Year)) doc.Add(field);
            if (clause.TaskBody is { } body) doc.Add(new TextField(ClauseFields.TaskBodyFolded, body, Field.Store.NO));
            yield return doc;
        }
    }

    /// <summary>
    /// The page of each clause (by kind and path) in the first of <paramref name="others"/> that has pages, for a
    /// plan read from a format without them (a Word file beside its PDF); empty when the plan has pages itself.
    /// </summary>
    private static Dictionary<(ClauseKind, string), int?> PagesElsewhere(PlanDocument plan, IEnumerable<PlanDocument> others)
    {
        var pages = new Dictionary<(ClauseKind, string), int?>();
        if (plan.Source.Pages is not null) return pages;
        foreach (var other in others.Where(o => o.Source.Pages is not null))
        {
            foreach (var clause in ClauseExtractor.Extract(other))
            {
                if (clause.Page is { } page) pages.TryAdd((clause.Kind, clause.Path), page);
            }
        }
        return pages;
    }
}
