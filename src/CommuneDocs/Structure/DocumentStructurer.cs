using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>
/// Cuts a <see cref="SourceDocument"/> into the zones of an administrative document (Nghị định 30/2020/NĐ-CP,
/// Phụ lục I): header block, kind heading and title, preamble, body with its outline, closing, Nơi nhận, signature,
/// and appendices; then builds the outline and shapes the tables. Format-agnostic: it sees only blocks.
/// </summary>
internal static class DocumentStructurer
{
    private enum Zone
    {
        Header,
        Title,
        Preamble,
        Body,
        Closing,
        Recipients,
        Signature,
        AttachedTitle,
        Appendix,
    }

    public static StructuredDocument Build(SourceDocument source, ParseOptions options)
    {
        var diagnostics = new List<Diagnostic>(source.Diagnostics);
        var items = Linearize(source);
        var lines = items.Where(i => i.Line is not null).Select(i => i.Line!).ToImmutableArray();

        var header = ImmutableArray.CreateBuilder<Line>();
        var title = ImmutableArray.CreateBuilder<Line>();
        var preamble = ImmutableArray.CreateBuilder<Line>();
        var closing = ImmutableArray.CreateBuilder<Line>();
        var recipients = ImmutableArray.CreateBuilder<Line>();
        var signature = ImmutableArray.CreateBuilder<Line>();
        var appendix = ImmutableArray.CreateBuilder<Line>();
        var tables = ImmutableArray.CreateBuilder<TableShape>();
        var outline = new OutlineBuilder(diagnostics, options.MaxOutlineDepth);

        var kindAt = FindKindHeading(items);
        Line? kindHeading = kindAt >= 0 ? items[kindAt].Line : null;
        var zone = kindAt >= 0 ? Zone.Header : Zone.Preamble;
        var start = 0;
        if (kindAt < 0)
        {
            // No kind heading (a letter): the header block is the run of header-like lines at the top.
            while (start < items.Count && items[start].Line is { } l && IsHeaderLine(l)) header.Add(items[start++].Line!);
        }

        string? appendixCaption = null;
        var signatureHasName = false;
        var quotations = new QuotationTracker();
        var recipientsBeside = false;
        for (var i = start; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Table is { } table)
            {
                var caption = zone == Zone.Appendix ? appendixCaption : CaptionBefore(items, i);
                var shaped = TableShaper.Shape(table, caption);
                if (shaped.Rows.Length > 0 || shaped.Columns.Length > 0)
                {
                    tables.Add(shaped);
                    outline.Current?.Tables.Add(shaped);
                }
                continue;
            }
            var line = item.Line!;
            if (i == kindAt)
            {
                zone = Zone.Title;
                // "KẾ HOẠCH" and the title in one paragraph, split by a line break.
                var rest = line.Text.IndexOf('\n') is var nl and >= 0 ? line.Text[(nl + 1)..].Trim() : "";
                if (rest.Length > 0) title.Add(line with { Text = rest, Enumerator = null });
                continue;
            }
            var folded = line.Folded;

            // Transitions that can happen from any zone after the header.
            if (zone != Zone.Header)
            {
                if (Markers.IsAppendixHeading(line.Text) && zone is not Zone.Title)
                {
                    zone = Zone.Appendix;
                    appendixCaption = null;
                    appendix.Add(line);
                    continue;
                }
                if (Markers.IsRecipientsHeading(folded) && zone is not Zone.Appendix)
                {
                    zone = Zone.Recipients;
                    var rest = line.Text[(line.Text.IndexOf(':') is var c and >= 0 ? c + 1 : line.Text.Length)..].Trim();
                    if (rest.Length > 0) recipients.Add(line with { Text = rest, Enumerator = EnumeratorParser.Parse(rest) });
                    continue;
                }
                if (Markers.IsAuthorityLine(line.Text) && zone is not Zone.Appendix && VietnameseText.IsUpperCase(line.Text, 4))
                {
                    // Text read across the two columns of the closing (Nơi nhận on the left, the signature on the
                    // right) gives the signature's lines between the recipients'.
                    recipientsBeside = zone == Zone.Recipients || (zone == Zone.Signature && recipientsBeside);
                    if (zone != Zone.Signature) signatureHasName = false;
                    zone = Zone.Signature;
                    signature.Add(line);
                    continue;
                }
            }

            switch (zone)
            {
                case Zone.Header:
                    header.Add(line);
                    break;
                case Zone.Title:
                    if (EndsTitle(line, title.Count))
                    {
                        zone = line.Enumerator is not null ? Zone.Body : Zone.Preamble;
                        i--;
                        continue;
                    }
                    title.Add(line);
                    break;
                case Zone.Preamble:
                    if (line.Enumerator is { IsBullet: false } || (line.Enumerator is not null && preamble.Count > 0 && IsPartHeading(line)))
                    {
                        zone = Zone.Body;
                        i--;
                        continue;
                    }
                    preamble.Add(line);
                    break;
                case Zone.Body:
                    if (quotations.Read(line.Text) && outline.Current is { } quoting)
                    {
                        // Quoted clauses of another document: text of the paragraph that quotes them, numbering and all.
                        quoting.Paragraphs.Add(line);
                    }
                    else if (line.Enumerator is not null)
                    {
                        outline.Add(line);
                    }
                    else if (Markers.IsClosingParagraph(folded))
                    {
                        zone = Zone.Closing;
                        closing.Add(line);
                    }
                    else if (outline.Current is { } current)
                    {
                        current.Paragraphs.Add(line);
                    }
                    else
                    {
                        preamble.Add(line);
                    }
                    break;
                case Zone.Closing:
                    if (line.Enumerator is { IsBullet: false } && IsPartHeading(line))
                    {
                        zone = Zone.Body;
                        i--;
                        continue;
                    }
                    closing.Add(line);
                    break;
                case Zone.Recipients:
                    if (line.Enumerator is not null || recipients.Count == 0)
                    {
                        if (line.Enumerator is { IsBullet: false } && IsPartHeading(line))
                        {
                            zone = Zone.Body;
                            outline.StartRegion();
                            i--;
                            continue;
                        }
                        recipients.Add(line);
                    }
                    else if (Markers.IsPositionLine(line.Text) || LooksLikeName(line.Text))
                    {
                        zone = Zone.Signature;
                        signatureHasName = false;
                        i--;
                        continue;
                    }
                    else if (recipients.Count > 0 && line.Text.Length < 80 && !Markers.IsRule(line.Text))
                    {
                        // A recipient wrapped onto a second line.
                        recipients[^1] = recipients[^1] with { Text = recipients[^1].Text + " " + line.Text };
                    }
                    break;
                case Zone.Signature:
                    if (recipientsBeside && line.Enumerator is { IsBullet: true } && line.Text.Length < 160)
                    {
                        recipients.Add(line);
                        break;
                    }
                    if (signatureHasName || Markers.KindTitle(line.Text) is not null || Markers.IsAttachmentNote(folded)
                        || (line.Enumerator is { IsBullet: false } && IsPartHeading(line)))
                    {
                        zone = Zone.AttachedTitle;
                        i--;
                        continue;
                    }
                    if (line.Text.Length > 80 && !signatureHasName)
                    {
                        zone = Zone.AttachedTitle;
                        i--;
                        continue;
                    }
                    signature.Add(line);
                    if (LooksLikeName(line.Text) && !Markers.IsPositionLine(line.Text) && !Markers.IsAuthorityLine(line.Text)) signatureHasName = true;
                    break;
                case Zone.AttachedTitle:
                    if (line.Enumerator is { IsBullet: false })
                    {
                        zone = Zone.Body;
                        outline.StartRegion();
                        i--;
                        continue;
                    }
                    appendix.Add(line);
                    break;
                case Zone.Appendix:
                    if (appendixCaption is null && !Markers.IsAttachmentNote(folded) && line.Text.Length < 250)
                    {
                        appendixCaption = line.Text.Trim();
                    }
                    appendix.Add(line);
                    break;
            }
        }

        return new StructuredDocument
        {
            Source = source,
            Header = header.ToImmutable(),
            KindHeading = kindHeading,
            Title = title.ToImmutable(),
            Preamble = preamble.ToImmutable(),
            Outline = [.. outline.Roots],
            Closing = closing.ToImmutable(),
            Recipients = recipients.ToImmutable(),
            Signature = signature.ToImmutable(),
            Appendix = appendix.ToImmutable(),
            Tables = tables.ToImmutable(),
            AllLines = lines,
            Diagnostics = [.. diagnostics],
        };
    }

    private sealed record Item(Line? Line, SourceTable? Table);

    /// <summary>Paragraphs and data tables in reading order; layout tables opened into their paragraphs.</summary>
    private static List<Item> Linearize(SourceDocument source)
    {
        var items = new List<Item>(source.Blocks.Length);
        foreach (var block in source.Blocks)
        {
            switch (block)
            {
                case SourceParagraph p:
                    AddParagraph(items, p);
                    break;
                case SourceTable t when LayoutTables.IsLayout(t):
                    foreach (var p in LayoutTables.Open(t)) AddParagraph(items, p);
                    break;
                case SourceTable t:
                    items.Add(new Item(null, t));
                    break;
            }
        }
        return items;
    }

    private static void AddParagraph(List<Item> items, SourceParagraph p)
    {
        var text = p.Text.Trim();
        if (text.Length == 0 && p.ListLabel is null) return;
        Enumerator? e = p.ListLabel is { } label ? EnumeratorParser.ParseLabel(label, text) : EnumeratorParser.Parse(text);
        var display = p.ListLabel is null ? text : p.ListLabel.Trim() + " " + text;
        // Line breaks inside a paragraph are kept for the header zones; the body joins them.
        items.Add(new Item(new Line(display, e, p.Style, p.Span), null));
    }

    private static int FindKindHeading(List<Item> items)
    {
        for (var i = 0; i < Math.Min(items.Count, 60); i++)
        {
            if (items[i].Line is { } l && Markers.KindHeading(l.Text) is not null) return i;
        }
        return -1;
    }

    private static bool IsHeaderLine(Line l)
    {
        var f = l.Folded;
        return Markers.IsNationalTitle(f) || Markers.IsMotto(f) || Markers.NumberLine().IsMatch(l.Text) || Markers.PlaceDateLine().IsMatch(l.Text)
               || Markers.IsRule(l.Text) || (VietnameseText.IsUpperCase(l.Text, 4) && l.Text.Length < 80) || f.StartsWith("v/v", StringComparison.Ordinal);
    }

    private static bool EndsTitle(Line line, int titleLines)
    {
        if (line.Enumerator is { IsBullet: false }) return true;
        if (titleLines == 0) return false;
        if (Markers.IsRule(line.Text)) return true;
        if (Markers.IsPreambleStart(line.Folded)) return true;
        if (VietnameseText.IsUpperCase(line.Text, 6)) return true;
        return titleLines >= 4 || line.Text.Length > 300;
    }

    /// <summary>A top-level part heading: a Roman numeral, "Phần", "Chương" or "Điều".</summary>
    private static bool IsPartHeading(Line line) => line.Enumerator?.Style is EnumeratorStyle.Roman or EnumeratorStyle.Part
        or EnumeratorStyle.Chapter or EnumeratorStyle.Article or EnumeratorStyle.UpperLetter;

    /// <summary>A personal name: two to six capitalised words without digits or punctuation (Điều 8, khoản 7, điểm d).</summary>
    internal static bool LooksLikeName(string text)
    {
        var t = text.Trim();
        if (t.Length is < 5 or > 50 || t.Any(c => char.IsDigit(c) || c is ':' or ';' or ',' or '(' or '/')) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && char.IsUpper(words[0][0]) && char.IsUpper(words[1][0]) && words.All(w => w.All(char.IsLetter));
    }

    private static string? CaptionBefore(List<Item> items, int tableAt)
    {
        for (var j = tableAt - 1; j >= Math.Max(0, tableAt - 3); j--)
        {
            if (items[j].Line is not { } l) return null;
            if (Markers.IsAttachmentNote(l.Folded)) continue;
            return l.Text.Length < 200 && l.Enumerator is null ? l.Text : null;
        }
        return null;
    }
}
