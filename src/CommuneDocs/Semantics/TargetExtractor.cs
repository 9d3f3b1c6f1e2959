using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Structure;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// Quantitative targets (chỉ tiêu): one per stated number with a unit, in the objectives and the tasks parts and in
/// indicator tables; numbers in the implementation part are duties, and a table row that restates a target of the
/// text is not counted twice.
/// </summary>
internal static partial class TargetExtractor
{
    // A number not glued to a date, a document number or a word ("5G", "57-NQ/TW", "18/7/2025"), with an optional percent sign.
    [GeneratedRegex(@"(?<![\p{L}\d/.,\-])(?<value>\d{1,3}(?:[.,]\d{3})*(?:,\d+)?|\d+)(?![\d/\p{L}]|[.,]\d|-[\p{L}\d])\s*(?<percent>%|phần trăm)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\s*(?<unit>[\p{Ll}][\p{L}]*(?:\s+[\p{Ll}][\p{L}]*){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"(?<!tháng\s*\d{1,2}\s*)năm\s+(?<year>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:[a-zđ]\)|[A-Z]\.|[IVX]+\.|\d+\.|[-+*])?\s*năm\s+(?<year>(?:19|20)\d{2})\s*:?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearHeading();

    // Words after a number that make it a date part, a period or a reference, not a quantity ("06 tháng", "Điều 3 khoản").
    private static readonly string[] NotUnits = ["năm", "tháng", "quý", "giai", "điều", "khoản", "điểm", "lần", "tuổi", "tập", "trang", "bước", "mục"];

    private static readonly string[] NotBefore = ["năm", "ngày", "tháng", "số", "điều", "khoản", "điểm", "mục", "quý", "đoạn", "thứ", "phần", "chương", "lần", "tại", "kỳ", "khóa", "khoá"];

    public static ImmutableArray<Target> Extract(StructuredDocument doc, int? planYear)
    {
        var fromText = new List<Target>();
        var implementation = Parts.ImplementationParts(doc.Outline).ToHashSet();
        foreach (var root in doc.Outline) Walk(root, planYear, fromText, implementation);
        // A table row that restates a target of the text (same number, same wording) is not counted twice.
        // Keys worked out once each: comparing every table target with every text target is the stage's main cost.
        var pool = fromText.Select(t => (Target: t, Key: Key(t))).ToList();
        var fromTables = new List<Target>();
        foreach (var table in doc.Tables)
        {
            foreach (var t in FromTable(table, planYear))
            {
                var key = Key(t);
                var at = pool.FindIndex(p => p.Key == key && Similarity(p.Target.Text, t.Text) >= 0.6);
                if (at >= 0)
                {
                    pool.RemoveAt(at);
                    continue;
                }
                fromTables.Add(t);
            }
        }
        return [.. fromText, .. fromTables];
    }

    /// <summary>
    /// Share of the shorter text's syllable pairs (folded) found in the other: near 1 when a table row restates a
    /// clause of the text, even when the text goes on with a citation.
    /// </summary>
    private static double Similarity(string a, string b)
    {
        // Words as the text spaces them, punctuation kept on its word (not TextSimilarity.Syllables).
        static HashSet<string> Pairs(string text) =>
            [.. TextSimilarity.Bigrams(VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        return TextSimilarity.Overlap(Pairs(a), Pairs(b));
    }

    private static (int?, Comparator, decimal, string) Key(Target t) =>
        (t.Year, t.Comparator, t.Value, string.Join(' ', VietnameseText.ToneKey(t.Unit).Split(' ').Take(2)));

    private static void Walk(StructureNode node, int? year, List<Target> output, IReadOnlySet<StructureNode> skip)
    {
        if (skip.Contains(node)) return;
        if (YearHeading().Match(node.Line.Text) is { Success: true } h) year = int.Parse(h.Groups["year"].Value, CultureInfo.InvariantCulture);
        output.AddRange(Find(TextOf.Flatten(node.Text), year, node.Line.Span));
        foreach (var p in node.Paragraphs) output.AddRange(Find(TextOf.Flatten(p.Text), year, p.Span));
        foreach (var c in node.Children) Walk(c, year, output, skip);
    }

    /// <summary>The targets a clause states, each with its comparator, value, unit and year.</summary>
    // A level stated after its noun: "đáp ứng tối thiểu cấp độ 3", "đạt mức độ 4".
    [GeneratedRegex(@"(?<cmp>tối thiểu|ít nhất|không dưới|không thấp hơn|đạt)\s+(?<unit>cấp độ|mức độ)\s+(?<value>\d{1,2})(?![\d/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LevelPattern();

    /// <summary>Longest clause text searched for targets; a longer "paragraph" is not prose (and would cost quadratic time).</summary>
    internal const int MaxTextLength = 20_000;

    internal static IEnumerable<Target> Find(string text, int? contextYear, SourceSpan span)
    {
        if (text.Length > MaxTextLength) yield break;
        foreach (Match level in LevelPattern().Matches(text))
        {
            if (InsideParentheses(text, level.Index)) continue;
            var start = ClauseStart(text, level.Index, 0);
            var end = ClauseEnd(text, level.Index + level.Length, text.Length);
            yield return new Target(YearIn(text[start..end], first: false) ?? contextYear, VietnameseText.TrimClauseEnd(text[start..end]),
                ComparatorBefore(level.Groups["cmp"].Value + " "), int.Parse(level.Groups["value"].Value, CultureInfo.InvariantCulture),
                level.Groups["unit"].Value.ToLowerInvariant(), span);
        }
        var numbers = new List<(Match Match, string Unit)>();
        foreach (Match candidate in NumberPattern().Matches(text))
        {
            if (IsQuantity(text, candidate, out var quantityUnit)) numbers.Add((candidate, quantityUnit));
        }
        for (var i = 0; i < numbers.Count; i++)
        {
            var (m, unit) = numbers[i];
            var value = ParseValue(m.Groups["value"].Value);
            if (value is null) continue;
            var clauseStart = ClauseStart(text, m.Index, i > 0 ? numbers[i - 1].Match.Index + numbers[i - 1].Match.Length : 0);
            var clauseEnd = ClauseEnd(text, m.Index + m.Length, i + 1 < numbers.Count ? numbers[i + 1].Match.Index : text.Length);
            var year = YearIn(text[(m.Index + m.Length)..clauseEnd], first: true) ?? YearIn(text[clauseStart..m.Index], first: false) ?? contextYear;
            var clause = VietnameseText.TrimClauseEnd(text[clauseStart..clauseEnd]);
            yield return new Target(year, clause, ComparatorBefore(text[clauseStart..m.Index]), value.Value, unit, span);
        }
    }

    private static bool IsQuantity(string text, Match m, out string unit)
    {
        unit = "";
        if (InsideParentheses(text, m.Index)) return false;
        var before = text[..m.Index].TrimEnd();
        var lastWord = before.Length == 0 ? "" : before[(before.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        if (NotBefore.Contains(lastWord.Trim('(', ',', ':'))) return false;
        if (m.Groups["percent"].Success)
        {
            unit = "%";
            return true;
        }
        var raw = m.Groups["value"].Value;
        if (raw.Length == 4 && raw.StartsWith("20", StringComparison.Ordinal) || raw.StartsWith("19", StringComparison.Ordinal) && raw.Length == 4) return false;
        var u = UnitAfter().Match(text[(m.Index + m.Length)..]);
        if (!u.Success) return false;
        var words = u.Groups["unit"].Value.Split(' ');
        if (NotUnits.Contains(words[0])) return false;
        unit = UnitHead.Of(words);
        return true;
    }

    /// <summary>A number in a parenthetical note ("(03 nhóm tiêu chí trên phụ thuộc ...)") explains, it does not set a target.</summary>
    private static bool InsideParentheses(string text, int at)
    {
        var open = text.LastIndexOf('(', Math.Max(0, at - 1));
        return open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > at);
    }

    private static decimal? ParseValue(string raw)
    {
        var s = raw.Contains(',') && !raw.Contains('.') && raw.Split(',')[^1].Length != 3 ? raw.Replace(',', '.') : raw.Replace(".", "").Replace(",", "");
        return decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static int ClauseStart(string text, int at, int floor)
    {
        var cut = text.LastIndexOfAny([';', '.'], Math.Max(0, at - 1));
        while (cut > 0 && text[cut] == '.' && cut + 1 < text.Length && char.IsDigit(text[cut + 1])) cut = text.LastIndexOfAny([';', '.'], cut - 1);
        var start = Math.Max(cut + 1, 0);
        var colon = text.LastIndexOf(':', Math.Max(0, at - 1));
        if (colon >= start && at - colon > 3) start = colon + 1;
        if (floor > start)
        {
            var and = text.IndexOf(" và ", floor, StringComparison.Ordinal);
            if (and >= 0 && and < at) start = and + 4;
            else
            {
                var comma = text.IndexOf(',', floor);
                start = comma >= 0 && comma < at ? comma + 1 : floor;
            }
        }
        return Math.Min(start, at);
    }

    private static int ClauseEnd(string text, int from, int ceiling)
    {
        var end = ceiling;
        var stop = text.IndexOfAny([';', '.'], from);
        while (stop >= 0 && stop + 1 < text.Length && text[stop] == '.' && char.IsDigit(text[stop + 1])) stop = text.IndexOfAny([';', '.'], stop + 1);
        if (stop >= 0 && stop < end) end = stop;
        if (ceiling < text.Length)
        {
            var and = text.LastIndexOf(" và ", Math.Max(from, ceiling - 1), Math.Max(0, ceiling - from), StringComparison.Ordinal);
            if (and >= from) end = Math.Min(end, and);
        }
        return Math.Max(end, from);
    }

    private static int? YearIn(string text, bool first)
    {
        var cut = first ? CutAtCitation(text) : text;
        var matches = YearPattern().Matches(cut);
        if (matches.Count == 0) return null;
        var m = first ? matches[0] : matches[^1];
        return int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
    }

    private static string CutAtCitation(string text)
    {
        var cut = text.Length;
        foreach (var marker in new[] { " theo ", " tại ", "(", ",", " của " })
        {
            var i = text.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0 && i < cut) cut = i;
        }
        return text[..cut];
    }

    private static Comparator ComparatorBefore(string clauseBefore)
    {
        var words = VietnameseText.Fold(clauseBefore).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tail = " " + string.Join(' ', words.TakeLast(4)) + " ";
        if (tail.Contains(" khong duoi ", StringComparison.Ordinal) || tail.Contains(" khong thap hon ", StringComparison.Ordinal)
            || tail.Contains(" toi thieu ", StringComparison.Ordinal) || tail.Contains(" it nhat ", StringComparison.Ordinal) || tail.Contains('≥')) return Comparator.AtLeast;
        if (tail.Contains(" khong qua ", StringComparison.Ordinal) || tail.Contains(" toi da ", StringComparison.Ordinal)
            || tail.Contains(" khong vuot qua ", StringComparison.Ordinal) || tail.Contains('≤')) return Comparator.AtMost;
        var last = words.Length > 0 ? words[^1] : "";
        var last2 = words.Length > 1 ? words[^2] + " " + last : last;
        if (last is "duoi" or "<" || last2 is "it hon") return Comparator.Less;
        if (last is "tren" or "hon" or ">" || last2 is "cao hon" or "lon hon" or "vuot") return Comparator.Greater;
        return Comparator.Equal;
    }

    private static readonly string[] ContentHeaders = ["chi tieu", "nhiem vu", "noi dung", "giai phap", "hoat dong", "ten "];

    [GeneratedRegex(@"^\s*(?<cmp>tối thiểu|ít nhất|không dưới|dưới|trên|tối đa|không quá|≥|≤|<|>)?\s*(?<value>\d+(?:[.,]\d+)?)\s*(?<unit>%)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ValueCell();

    /// <summary>Targets of an indicator table: a value column ("Chỉ tiêu năm 2025 (%)") or numbers in the row's text.</summary>
    private static IEnumerable<Target> FromTable(TableShape table, int? planYear)
    {
        if (table.Rows.Length == 0) return [];
        var width = table.Rows.Max(r => r.Cells.Length);
        var valueColumn = Enumerable.Range(1, Math.Max(0, width - 1)).FirstOrDefault(c =>
        {
            var cells = table.Rows.Select(r => c < r.Cells.Length ? r.Cells[c] : "").Where(s => s.Length > 0).ToList();
            return cells.Count >= 2 && cells.Count(s => ValueCell().IsMatch(s)) >= cells.Count * 0.6;
        }, -1);
        // The row's wording: the column headed "Chỉ tiêu", "Nhiệm vụ", "Nội dung" ..., else the one after the number.
        var main = Enumerable.Range(0, Math.Min(width, table.Columns.Length)).FirstOrDefault(c => c != valueColumn && c > 0 && ContentHeaders.Any(h =>
            VietnameseText.Fold(table.Columns[c]).Contains(h, StringComparison.Ordinal)), Math.Min(1, width - 1));
        var headerYear = valueColumn >= 0 && valueColumn < table.Columns.Length ? YearIn(table.Columns[valueColumn], false) ?? FirstYear(table.Columns[valueColumn]) : null;
        var headerUnit = valueColumn >= 0 && valueColumn < table.Columns.Length && table.Columns[valueColumn].Contains('%') ? "%" : null;
        var results = new List<Target>();
        foreach (var row in table.Rows)
        {
            var year = row.Groups.Select(g => FirstYear(g)).LastOrDefault(y => y is not null)
                       ?? row.Cells.Select(c => YearHeading().Match(c)).Where(m => m.Success).Select(m => (int?)int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).FirstOrDefault()
                       ?? headerYear ?? planYear;
            var text = main < row.Cells.Length ? row.Cells[main] : "";
            if (valueColumn >= 0)
            {
                var cell = valueColumn < row.Cells.Length ? row.Cells[valueColumn] : "";
                var m = ValueCell().Match(cell);
                if (!m.Success || ParseValue(m.Groups["value"].Value) is not { } v) continue;
                var unit = m.Groups["unit"].Success ? "%" : headerUnit ?? "";
                if (unit.Length == 0) continue;
                var cmp = ComparatorBefore(m.Groups["cmp"].Value + " ");
                results.Add(new Target(year, $"{VietnameseText.TrimClauseEnd(text)}: {cell.Trim()}{(m.Groups["unit"].Success ? "" : unit)}", cmp, v, unit, table.Span));
            }
            else
            {
                results.AddRange(Find(text, year, table.Span));
            }
        }
        return results;
    }

    private static int? FirstYear(string text)
    {
        var m = StandaloneYear().Match(text);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A year that is not part of a date or a number ("18/7/2025", "2025/QĐ").</summary>
    [GeneratedRegex(@"(?<![\d/])((?:19|20)\d{2})(?![\d/])")]
    private static partial Regex StandaloneYear();
}
