using System.Collections.Immutable;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CommuneDocs.Indexing;

/// <summary>
/// Where each clause stands (<see cref="ClausePlace"/>), kept in doc values so that a hit can list its places without
/// decompressing a stored document for each: the plan's part (file, files, commune, province) as one sorted value, shared
/// by all its clauses; the path as another; kind, page and year packed in one number.
/// </summary>
internal static class PlaceColumns
{
    private const string Plan = "place_plan";
    private const string Path = "place_path";
    private const string Code = "place_code";

    /// <summary>The field of the packed kind, page and year.</summary>
    public const string CodeField = Code;
    private const char FieldSeparator = '\u001f';
    private const char FileSeparator = '\u001e';

    /// <summary>The plan's part of its clauses' places, shared by all of them: one value for the plan's column.</summary>
    public static BytesRef PlanValue(string source, IEnumerable<string> files, string? commune, string? province) =>
        new(string.Join(FieldSeparator, source, string.Join(FileSeparator, files), commune ?? "", province ?? ""));

    /// <summary>
    /// The doc-values fields of a clause's place, made once and set for each clause of a document in turn (Lucene
    /// reads a document's fields before it takes the next).
    /// </summary>
    public sealed class Writer
    {
        private readonly SortedDocValuesField _plan = new(Plan, new BytesRef());
        private readonly SortedDocValuesField _path = new(Path, new BytesRef());
        private readonly NumericDocValuesField _code = new(Code, 0);

        /// <summary>Adds the fields, as the last <see cref="Set"/> left them, to <paramref name="document"/>.</summary>
        public void AddTo(List<IIndexableField> document)
        {
            document.Add(_plan);
            document.Add(_path);
            document.Add(_code);
        }

        /// <summary>Sets the fields to the place of one clause; <paramref name="plan"/> from <see cref="PlanValue"/>.</summary>
        public void Set(BytesRef plan, string path, ClauseKind kind, int? page, int? year)
        {
            _plan.SetBytesValue(plan);
            _path.SetBytesValue(new BytesRef(path));
            _code.SetInt64Value(Pack(kind, page, year));
        }
    }

    /// <summary>Kind in the low byte; page + 1 in the next 24 bits and year + 1 in the 16 above (0: none).</summary>
    private static long Pack(ClauseKind kind, int? page, int? year) =>
        (long)kind | ((long)(page is > 0 and < 0xFFFFFF ? page.Value + 1 : 0) << 8) | ((long)(year is > 0 and < 0xFFFF ? year.Value + 1 : 0) << 32);

    /// <summary>The kind and year of a packed code, without its page.</summary>
    public static long KindAndYear(long code) => code & ~(0xFFFFFFL << 8);

    /// <summary>Reads places from one segment; one per search and segment (it keeps the plans it has decoded).</summary>
    public sealed class Reader
    {
        private readonly SortedDocValues? _plans;
        private readonly SortedDocValues? _paths;
        private readonly NumericDocValues? _codes;
        private readonly Dictionary<int, (string Source, ImmutableArray<string> Files, string? Commune, string? Province)> _planOf = [];

        public Reader(AtomicReader reader)
        {
            _plans = reader.GetSortedDocValues(Plan);
            _paths = reader.GetSortedDocValues(Path);
            _codes = reader.GetNumericDocValues(Code);
        }

        /// <summary>The place of the segment's document <paramref name="doc"/>.</summary>
        public ClausePlace Place(int doc)
        {
            var (source, files, commune, province) = PlanOf(doc);
            var code = _codes?.Get(doc) ?? 0;
            var page = (int)((code >> 8) & 0xFFFFFF);
            var year = (int)((code >> 32) & 0xFFFF);
            return new ClausePlace(source, files, commune, province, Text(_paths, doc), (ClauseKind)(code & 0xFF), page == 0 ? null : page - 1, year == 0 ? null : year - 1);
        }

        private (string, ImmutableArray<string>, string?, string?) PlanOf(int doc)
        {
            var ord = _plans?.GetOrd(doc) ?? -1;
            if (_planOf.TryGetValue(ord, out var known)) return known;
            var parts = Text(_plans, doc).Split(FieldSeparator);
            var source = parts[0];
            var files = parts.Length > 1 && parts[1].Length > 0 ? parts[1].Split(FileSeparator).ToImmutableArray() : [source];
            return _planOf[ord] = (source, files, Part(parts, 2), Part(parts, 3));
        }

        private static string? Part(string[] parts, int at) => parts.Length > at && parts[at].Length > 0 ? parts[at] : null;

        private static string Text(SortedDocValues? values, int doc)
        {
            if (values is null || values.GetOrd(doc) < 0) return "";
            var bytes = new BytesRef();
            values.Get(doc, bytes);
            return bytes.Utf8ToString();
        }
    }
}
