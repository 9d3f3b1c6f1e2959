using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.PlainText;

/// <summary>
/// Reads plain text (.txt, .md): rejoins the hard-wrapped lines of text pulled out of PDFs into paragraphs,
/// rebuilds tab-separated tables, and strips Markdown emphasis while keeping it as a bold/italic hint.
/// </summary>
internal sealed partial class PlainTextReader : IDocumentReader
{
    public static PlainTextReader Instance { get; } = new();

    [GeneratedRegex(@"^\s*(?:-\s*\d{1,3}\s*-|Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberLine();

    public SourceDocument Read(Stream stream, string fileName, ReadLimits options)
    {
        using var buffer = StreamBuffer.CopyToMemory(stream, options.MaxFileBytes, fileName);
        var diagnostics = new List<Diagnostic>();
        var text = TextDecoder.Decode(buffer.ToArray(), fileName, diagnostics);
        var blocks = ReadBlocks(PageNumbers.RemoveAtPageBreaks(VietnameseText.Clean(text)));
        return new SourceDocument(fileName, SourceFormat.Text, null, blocks, [.. diagnostics]);
    }

    /// <summary>Splits cleaned text into paragraphs and tables.</summary>
    internal static ImmutableArray<SourceBlock> ReadBlocks(string text)
    {
        // Trailing spaces carry meaning in extracted tables (a run of them closes a row's empty cells).
        var untrimmed = text.Split('\n');
        var lines = untrimmed.Select(l => l.TrimEnd()).ToArray();
        var layout = LineLayout.Measure(lines);
        var blocks = ImmutableArray.CreateBuilder<SourceBlock>();
        var paragraph = new ParagraphBuilder();
        List<string[]>? tableRows = null;
        var blankSincePrevious = false;
        string? previous = null;

        void FlushParagraph()
        {
            if (paragraph.Build(blocks.Count) is { } p) blocks.Add(p);
        }

        void FlushTable()
        {
            if (tableRows is null) return;
            var width = tableRows.Max(r => r.Length);
            var rows = tableRows.Select(r => new SourceRow([.. Enumerable.Range(0, width).Select(i => SourceCell.FromText(i < r.Length ? r[i] : ""))]));
            blocks.Add(new SourceTable([.. rows]) { Index = blocks.Count });
            tableRows = null;
        }

        for (var at = 0; at < lines.Length; at++)
        {
            var raw = lines[at];
            if (tableRows is null && CellPerLineTable.IsHeader(raw) && CellPerLineTable.TryRead(untrimmed, at, out var end) is { } spread)
            {
                FlushParagraph();
                blocks.Add(spread with { Index = blocks.Count });
                at = end - 1;
                previous = null;
                continue;
            }
            if (tableRows is null && SideBySide.TryRead(lines, at, out var columnsEnd) is { } twoColumns)
            {
                FlushParagraph();
                blocks.Add(twoColumns with { Index = blocks.Count });
                at = columnsEnd - 1;
                previous = null;
                continue;
            }
            if (string.IsNullOrWhiteSpace(raw) || PageNumberLine().IsMatch(raw))
            {
                blankSincePrevious = true;
                continue;
            }
            if (IsTableLine(raw, tableRows is not null))
            {
                FlushParagraph();
                (tableRows ??= []).Add([.. raw.Split('\t').Select(c => VietnameseText.CollapseSpaces(StripEmphasis(c, out _, out _)))]);
                previous = null;
                blankSincePrevious = false;
                continue;
            }
            FlushTable();
            var line = StripEmphasis(raw, out var bold, out var italic);
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var startsNew = previous is null || StartsParagraph(line, previous, NextLine(lines, at), blankSincePrevious, layout);
            if (startsNew)
            {
                FlushParagraph();
                paragraph.Start(line, bold, italic);
            }
            else
            {
                paragraph.Append(line, bold);
            }
            previous = line;
            blankSincePrevious = false;
        }
        FlushParagraph();
        FlushTable();
        return blocks.ToImmutable();
    }

    private static bool IsTableLine(string line, bool inTable)
    {
        if (!line.Contains('\t')) return false;
        var cells = line.Split('\t').Count(c => c.Trim().Length > 0);
        return cells >= 2 || (inTable && cells >= 1);
    }

    /// <summary>The next line with text after line <paramref name="at"/>, or null.</summary>
    private static string? NextLine(string[] lines, int at)
    {
        for (var i = at + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0) return lines[i];
        }
        return null;
    }

    /// <summary>Decides whether a line begins a new paragraph or continues a hard-wrapped one.</summary>
    private static bool StartsParagraph(string line, string previous, string? next, bool blankBefore, LineLayout layout)
    {
        var t = line.TrimStart();
        var prev = previous.Trim();
        if (IsLabelAlone(t)) return true;
        if (IsLabelAlone(prev) && EnumeratorParser.Parse(t) is null) return false;
        if (IsWrappedCitation(prev, t) || VietnameseText.JoinsWithoutSpace(prev, t)) return false;
        if (EnumeratorParser.Parse(t) is { } e && !IsWrappedRange(prev, e)) return true;
        if (StandsAlone().IsMatch(t) || PreambleFormula().IsMatch(t) || prev.EndsWith("./", StringComparison.Ordinal) || prev.EndsWith("./.", StringComparison.Ordinal)) return true;
        if (t.Length > 0 && char.IsLower(t[0])) return false;
        if (blankBefore && !layout.DoubleSpaced) return true;
        if (!layout.Wrapped) return true;
        if (IsHeadingTail(t, prev, next, layout)) return false;
        if (VietnameseText.IsUpperCase(prev) != VietnameseText.IsUpperCase(t) && VietnameseText.IsUpperCase(prev, 4)) return true;
        // The next line starts with a capital: a sentence that ended at the line's end, or a heading shorter than the
        // column, ends the paragraph; a full-width line without a stop wraps into a proper noun ("... trên Cổng").
        if (prev.Length > 0 && prev[^1] is '.' or ';' or ':' or '!' or '?') return true;
        var heading = EnumeratorParser.Parse(prev) is { IsBullet: false };
        return prev.Length < layout.WrapWidth * (heading ? 0.86 : 0.78);
    }

    /// <summary>
    /// The last words of a numbered heading that wrapped ("8. Tăng cường ... cho việc thực hiện" / "Chương trình",
    /// "III. NỘI DUNG, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG" / "NHIỆM VỤ"): a few words without a stop after a heading that
    /// fills most of the line and has none either, with the heading's own numbered content (or nothing) after them.
    /// </summary>
    private static bool IsHeadingTail(string line, string previous, string? next, LineLayout layout)
    {
        if (EnumeratorParser.Parse(previous) is not { IsBullet: false } || EndsClause(previous) || EndsClause(line)) return false;
        if (EnumeratorParser.Parse(line) is not null || line.Length > 30 || line.Count(c => c == ' ') > 3) return false;
        if (previous.Length < layout.WrapWidth * (VietnameseText.IsUpperCase(previous) ? 0.5 : 0.6)) return false;
        return next is null || EnumeratorParser.Parse(next.Trim()) is not null;
    }

    /// <summary>
    /// A line that is only a list label ("1.", "a)", "II.", "-"): pdftotext writes the number Word puts before a
    /// paragraph on a line of its own, the paragraph after it; the two are one paragraph.
    /// </summary>
    private static bool IsLabelAlone(string line) =>
        line.Length is > 0 and <= 6 && !line.Contains(' ') && EnumeratorParser.Parse(line + " X") is { Rest: "X" };

    private static bool EndsClause(string text) => text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?';

    /// <summary>Lines that always stand alone: "Nơi nhận:", "Phụ lục ...", signing lines "TM. ...", "KT. ...".</summary>
    [GeneratedRegex(@"^(?:N[ơo]i\s+nh[ậa]n\b|Ph[ụu]\s+l[ụu]c\b|PH[ỤU]\s+L[ỤU]C\b|(?:TM|KT|Q|TL|TUQ)\s*\.\s*\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex StandsAlone();

    /// <summary>
    /// The formulas that open each basis of a preamble ("Căn cứ Luật ...;", "Thực hiện Quyết định ...", "Theo đề nghị
    /// của ...", Nghị định 30/2020/NĐ-CP, Phụ lục I): capitalised at the start of a line they begin a paragraph, even
    /// after a line as long as the wrap width (a title or a basis that fills the line).
    /// </summary>
    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PreambleFormula();

    /// <summary>
    /// "... theo quy định tại khoản" wrapped before "3 Điều 13 Thông tư số ...": a line that starts with a bare number
    /// (no "." or ")" after it) after a word that asks for one goes on with the sentence, across a page break too.
    /// </summary>
    private static bool IsWrappedCitation(string previous, string line) =>
        BareNumberStart().IsMatch(line) && CitationWordAtEnd().IsMatch(previous);

    [GeneratedRegex(@"^\d+(?:\s|/)", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberStart();

    [GeneratedRegex(@"(?<![\p{L}])(?:khoản|điểm|Điều|điều|mục|Mục|ngày|tháng|năm|tại)$", RegexOptions.CultureInvariant)]
    private static partial Regex CitationWordAtEnd();

    /// <summary>"giai đoạn 2022" wrapped before "- 2025": a dash that continues a number range is not a bullet.</summary>
    private static bool IsWrappedRange(string previous, Enumerator e) =>
        e.Style == EnumeratorStyle.Dash && e.Rest.Length > 0 && char.IsAsciiDigit(e.Rest[0]) && previous.Length > 0 && char.IsAsciiDigit(previous[^1]);

    /// <summary>Removes Markdown emphasis (**bold**, *italic*) and reports it as style.</summary>
    internal static string StripEmphasis(string line, out bool bold, out bool italic)
    {
        bold = line.Contains("**", StringComparison.Ordinal);
        var s = bold ? line.Replace("**", "", StringComparison.Ordinal) : line;
        var trimmed = s.Trim();
        italic = trimmed.Length > 2 && ((trimmed[0] == '*' && trimmed[1] != ' ') || (trimmed[^1] == '*' && trimmed[^2] != ' '));
        if (italic)
        {
            if (trimmed[0] == '*' && trimmed[1] != ' ') trimmed = trimmed[1..];
            if (trimmed.Length > 0 && trimmed[^1] == '*') trimmed = trimmed[..^1];
            return trimmed;
        }
        return s;
    }

    private sealed class ParagraphBuilder
    {
        private readonly StringBuilder _text = new();
        private bool _bold;
        private bool _italic;
        private int _indent;

        public void Start(string line, bool bold, bool italic)
        {
            _text.Clear();
            _indent = line.Length - line.TrimStart().Length;
            _text.Append(line.Trim());
            _bold = bold;
            _italic = italic;
        }

        public void Append(string line, bool bold)
        {
            var next = line.AsSpan().Trim();
            var end = _text.Length >= 2 ? (ReadOnlySpan<char>)[_text[^2], _text[^1]] : [];
            if (!VietnameseText.JoinsWithoutSpace(end, next)) _text.Append(' ');
            _text.Append(next);
            _bold &= bold || _bold;
        }

        public SourceParagraph? Build(int index)
        {
            if (_text.Length == 0) return null;
            var text = VietnameseText.CollapseSpaces(_text.ToString());
            _text.Clear();
            return new SourceParagraph(text, null, new BlockStyle(_bold, _italic, Alignment.Unknown, _indent)) { Index = index };
        }
    }

    /// <summary>How the lines of a text file are laid out: hard-wrapped at some width, and whether blank lines separate every line.</summary>
    private sealed record LineLayout(bool Wrapped, int WrapWidth, bool DoubleSpaced)
    {
        public static LineLayout Measure(string[] lines)
        {
            var lengths = lines.Where(l => l.Trim().Length >= 25 && !l.Contains('\t')).Select(l => l.Trim().Length).OrderBy(n => n).ToArray();
            var width = lengths.Length == 0 ? 0 : lengths[(int)(lengths.Length * 0.8)];
            var wrapped = lengths.Length >= 5 && width is > 40 and < 140;
            int nonBlank = 0, followedByBlank = 0;
            for (var i = 0; i + 1 < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0) continue;
                nonBlank++;
                if (lines[i + 1].Trim().Length == 0) followedByBlank++;
            }
            return new LineLayout(wrapped, width, nonBlank > 10 && followedByBlank > nonBlank * 0.7);
        }
    }
}
