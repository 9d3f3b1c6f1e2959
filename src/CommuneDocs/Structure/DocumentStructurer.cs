using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Structure.Zones;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>
/// Cuts a <see cref="SourceDocument"/> into the zones of an administrative document (Nghị định 30/2020/NĐ-CP,
/// Phụ lục I): header block, kind heading and title, preamble, body with its outline, closing, Nơi nhận, signature,
/// and appendices; then builds the outline and shapes the tables. Format-agnostic: it sees only blocks.
/// The driver owns the loop: each line goes to the current zone's reader (<see cref="IZoneReader"/>), which takes it or
/// hands it to another zone, as Markdig's block parsers answer theirs.
/// </summary>
internal static class DocumentStructurer
{
    /// <summary>How far into a document its kind heading is looked for, in paragraphs.</summary>
    private const int KindHeadingWindow = 60;

    /// <summary>A line handed on more often than this is taken by the zone it reached (a guard; no reader hands on in a cycle).</summary>
    private const int MaxHandOffs = 8;

    private static readonly IZoneReader[] Readers =
    [
        HeaderZone.Instance, TitleZone.Instance, PreambleZone.Instance, BodyZone.Instance, ClosingZone.Instance,
        RecipientsZone.Instance, SignatureZone.Instance, AttachedTitleZone.Instance, AppendixZone.Instance,
    ];

    public static StructuredDocument Build(SourceDocument source, int maxOutlineDepth)
    {
        var diagnostics = new List<Diagnostic>(source.Diagnostics);
        var items = Linearize(source);
        var state = new StructureState(diagnostics, maxOutlineDepth);
        var kindAt = FindKindHeading(items);
        state.Zone = kindAt >= 0 ? Zone.Header : Zone.Preamble;
        var start = kindAt >= 0 ? 0 : TakeHeaderLines(items, state);
        for (var i = start; i < items.Count; i++)
        {
            if (items[i].Table is { } table) AddTable(items, i, table, state);
            else if (i == kindAt) ReadKindHeading(items[i].Line!, state);
            else Feed(items[i].Line!, state);
        }
        return new StructuredDocument
        {
            Info = new SourceInfo(source.FileName, source.Format, source.Pages),
            Notes = [.. source.Notes.Select(n => new Line(n.Text, null, n.Style, n.Span))],
            Header = state.Header.ToImmutable(),
            KindHeading = kindAt >= 0 ? items[kindAt].Line : null,
            Title = state.Title.ToImmutable(),
            Preamble = state.Preamble.ToImmutable(),
            Outline = [.. state.Outline.Roots],
            Closing = state.Closing.ToImmutable(),
            Recipients = state.Recipients.ToImmutable(),
            Signature = state.Signature.ToImmutable(),
            Appendix = state.Appendix.ToImmutable(),
            Tables = state.Tables.ToImmutable(),
            AllLines = [.. items.Where(i => i.Line is not null).Select(i => i.Line!)],
            Diagnostics = [.. diagnostics],
        };
    }

    /// <summary>Gives a line to the zone readers: the closing marks first (after the header), then the current zone's reader.</summary>
    private static void Feed(Line line, StructureState state)
    {
        for (var handOffs = 0; ; handOffs++)
        {
            var step = state.Zone != Zone.Header ? ClosingMarks.Instance.Read(line, state) : Step.ReadIn(Zone.Header);
            if (step.Reread) step = Readers[(int)state.Zone].Read(line, state);
            state.Zone = step.Next;
            if (!step.Reread || handOffs == MaxHandOffs) return;
        }
    }

    /// <summary>"KẾ HOẠCH" starts the title; the title may follow in the same paragraph after a line break.</summary>
    private static void ReadKindHeading(Line line, StructureState state)
    {
        state.Zone = Zone.Title;
        var rest = line.Text.IndexOf('\n') is var nl and >= 0 ? line.Text[(nl + 1)..].Trim() : "";
        if (rest.Length > 0) state.Title.Add(line with { Text = rest, Enumerator = null });
    }

    /// <summary>Without a kind heading (a letter), the header block is the run of header-like lines at the top.</summary>
    private static int TakeHeaderLines(List<Item> items, StructureState state)
    {
        var start = 0;
        while (start < items.Count && items[start].Line is { } l && IsHeaderLine(l)) state.Header.Add(items[start++].Line!);
        return start;
    }

    private static void AddTable(List<Item> items, int at, SourceTable table, StructureState state)
    {
        var caption = state.Zone == Zone.Appendix ? state.AppendixCaption : CaptionBefore(items, at);
        var shaped = TableShaper.Shape(table, caption) with { InAppendix = state.Zone == Zone.Appendix };
        if (shaped.Rows.Length == 0 && shaped.Columns.Length == 0) return;
        state.Tables.Add(shaped);
        state.Outline.Current?.Tables.Add(shaped);
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
        for (var i = 0; i < Math.Min(items.Count, KindHeadingWindow); i++)
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
