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

    /// <summary>The doc-values fields of a clause's place.</summary>
    public static IEnumerable<Field> Fields(string source, IEnumerable<string> files, string? commune, string? province, string path, ClauseKind kind, int? page, int? year)
    {
        var plan = string.Join(FieldSeparator, source, string.Join(FileSeparator, files), commune ?? "", province ?? "");
        yield return new SortedDocValuesField(Plan, new BytesRef(plan));
        yield return new SortedDocValuesField(Path, new BytesRef(path));
        yield return new NumericDocValuesField(Code, Pack(kind, page, year));
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
