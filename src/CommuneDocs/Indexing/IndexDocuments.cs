using System.Globalization;
using CommuneDocs.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>The Lucene documents of an <see cref="IndexEntry"/>: one for the document (key, hash, identity, files), then one per clause.</summary>
internal static class IndexDocuments
{
    /// <summary>
    /// The documents of <paramref name="entry"/>, in order. The clause documents are one set of fields set anew for
    /// each clause (<see cref="ClauseDocument"/>): each is valid until the next is taken, as Lucene's writer reads them.
    /// </summary>
    public static IEnumerable<IEnumerable<IIndexableField>> Of(IndexEntry entry)
    {
        var plan = entry.Plan;
        var files = new[] { plan.Source.File }.Concat(entry.OtherFiles.Select(f => f.Source.File)).Distinct(StringComparer.Ordinal).ToList();
        yield return EntryDocument(entry, files);

        var pages = PagesElsewhere(plan, entry.OtherFiles);
        var clauseDocument = new ClauseDocument(entry.Key, plan, files);
        foreach (var clause in ClauseExtractor.Extract(plan))
        {
            var page = clause.Page ?? pages.GetValueOrDefault((clause.Kind, clause.Path));
            yield return clauseDocument.Set(clause, page);
        }
    }

    /// <summary>The document that stands for the entry itself: its key, hash, identity and files.</summary>
    private static Document EntryDocument(IndexEntry entry, List<string> files)
    {
        var document = new Document
        {
            new StringField(ClauseFields.DocType, ClauseFields.PlanDoc, Field.Store.YES),
            new StringField(ClauseFields.Key, entry.Key, Field.Store.YES),
            new StringField(ClauseFields.Hash, entry.ContentHash, Field.Store.YES),
            new StringField(ClauseFields.Source, entry.Plan.Source.File, Field.Store.YES),
        };
        if (entry.Identity is { } identity) document.Add(new StringField(ClauseFields.Identity, identity, Field.Store.YES));
        foreach (var file in files) document.Add(new StoredField(ClauseFields.Files, file));
        return document;
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

    /// <summary>
    /// The fields of a plan's clause documents, made once per plan and set for each clause. A new Lucene field makes a
    /// token stream and its attributes each time it is indexed (new string fields cost a fifth of indexing); the
    /// plan's own values (key, source, commune, province, title, place) are set once.
    /// </summary>
    /// <remarks>
    /// The text fields keep term frequencies but no positions: search scores terms (syllables and syllable pairs,
    /// <see cref="QueryTerms"/>) and never phrases, and BM25 reads the field's length from the tokens, not positions.
    /// </remarks>
    private sealed class ClauseDocument
    {
        private static readonly FieldType StoredText = TextType(stored: true);
        private static readonly FieldType UnstoredText = TextType(stored: false);

        private readonly List<IIndexableField> _fields = new(20);
        private readonly List<IIndexableField> _planFields = [];
        private readonly StringField _kind = new(ClauseFields.Kind, "", Field.Store.YES);
        private readonly StoredField _path = new(ClauseFields.Path, "");
        private readonly Field _text = new(ClauseFields.Text, "", StoredText);
        private readonly Field _textFolded = new(ClauseFields.TextFolded, "", UnstoredText);
        private readonly StringField _clauseId = new(ClauseFields.ClauseId, "", Field.Store.NO);
        private readonly NumericDocValuesField _clauseIdValue = new(ClauseFields.ClauseIdValue, 0);
        private readonly StringField _year = new(ClauseFields.Year, "", Field.Store.YES);
        private readonly Field _taskBody = new(ClauseFields.TaskBodyFolded, "", UnstoredText);
        private readonly PlaceColumns.Writer _place = new();
        private readonly BytesRef _planPlace;

        public ClauseDocument(string key, PlanDocument plan, IEnumerable<string> files)
        {
            _planFields.Add(new StringField(ClauseFields.DocType, ClauseFields.ClauseDoc, Field.Store.NO));
            _planFields.Add(new StringField(ClauseFields.Key, key, Field.Store.YES));
            _planFields.Add(new StoredField(ClauseFields.Source, plan.Source.File));
            if (plan.Commune is { } commune)
            {
                _planFields.Add(new StoredField(ClauseFields.Commune, commune));
                _planFields.Add(new StringField(ClauseFields.CommuneKey, PlanIndex.CommuneKey(commune), Field.Store.NO));
            }
            if (plan.Province is { } province) _planFields.Add(new StoredField(ClauseFields.Province, province));
            if (plan.Title is { } title) _planFields.Add(new StoredField(ClauseFields.PlanTitle, title));
            _planPlace = PlaceColumns.PlanValue(plan.Source.File, files, plan.Commune, plan.Province);
        }

        /// <summary>The fields of <paramref name="clause"/>, found on <paramref name="page"/>; valid until the next call.</summary>
        public List<IIndexableField> Set(ClauseRecord clause, int? page)
        {
            _fields.Clear();
            _fields.AddRange(_planFields);
            var identity = ClauseIdentity.Of(clause.Text);
            Add(_kind, PlanIndex.KindName(clause.Kind));
            Add(_path, clause.Path);
            Add(_text, clause.Text);
            Add(_textFolded, clause.Text);
            Add(_clauseId, ClauseIdentity.Term(identity));
            _clauseIdValue.SetInt64Value(identity);
            _fields.Add(_clauseIdValue);
            if (clause.Year is { } year) Add(_year, year.ToString(CultureInfo.InvariantCulture));
            _place.Set(_planPlace, clause.Path, clause.Kind, page, clause.Year);
            _place.AddTo(_fields);
            if (clause.TaskBody is { } body) Add(_taskBody, body);
            return _fields;
        }

        private void Add(Field field, string value)
        {
            field.SetStringValue(value);
            _fields.Add(field);
        }

        private static FieldType TextType(bool stored)
        {
            var type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
            type.Freeze();
            return type;
        }
    }
}
