using System.Text;
using AngleSharp.Dom;
using CommuneDocs.Text;

namespace CommuneDocs.Reading.Html;

/// <summary>A block read from a page, with the element it came from (a paragraph's block element, a table).</summary>
internal sealed record PageBlock(SourceBlock Block, IElement Element);

/// <summary>
/// Walks an HTML element tree (HTML Living Standard, 4 "the elements of HTML") into paragraphs and tables in reading
/// order, iteratively, so nesting depth costs no stack. Block elements (p, div, h1-h6, li, ...) bound paragraphs;
/// &lt;br&gt; is a line break; text is white-space collapsed (CSS Text 3, 4.1.1). Tables are laid out as the .docx
/// reader lays them (<see cref="CellGrid"/>); a table inside a cell becomes one paragraph per row, its cells joined
/// by " | ". List items get their label as the list shows it ("1.", "a)", "-"), and Word's written-out labels
/// (mso-list:Ignore) are list labels too. Left out: what is not shown (head, scripts, hidden elements, images), site
/// chrome (nav, header, footer, aside and their ARIA roles, form controls), Word's page header and footer parts,
/// drawing fallbacks (mso-ignore:vglayout) and note marks; notes are gathered apart (<see cref="NoteContainers"/>).
/// </summary>
internal sealed class HtmlBlockWalker
{
    private static readonly HashSet<string> SkippedTags =
    [
        "head", "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "canvas", "img", "picture",
        "video", "audio", "map", "input", "button", "select", "textarea", "nav", "aside", "menu", "dialog", "header", "footer", "hr",
    ];

    private static readonly HashSet<string> ChromeRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar"];

    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "ul", "ol", "blockquote", "pre", "section", "article",
        "main", "address", "center", "figure", "figcaption", "caption", "body", "details", "summary", "fieldset", "legend", "form",
    ];

    private enum Exit
    {
        None,
        Block,
        Cell,
        Table,
        Label,
    }

    private readonly record struct Flags(bool Bold, bool Italic, bool Link, Alignment Alignment, IElement Block);

    private readonly record struct Frame(INode Node, Flags Flags, Exit Exit);

    private readonly bool _dropLinkOnly;
    private bool _readingNotes;
    private readonly List<PageBlock> _blocks = [];
    private readonly Stack<List<SourceParagraph>> _cells = new();
    private readonly Stack<(CellGrid Grid, IElement Element)> _tables = new();
    private readonly Dictionary<IElement, int> _listCounters = [];
    private ParagraphBuilder? _paragraph;
    private StringBuilder? _label;
    private string? _pendingLabel;

    public HtmlBlockWalker(bool dropLinkOnly) => _dropLinkOnly = dropLinkOnly;

    /// <summary>The elements holding footnotes or endnotes met on the way, read apart by <see cref="ReadNotes"/>.</summary>
    public List<IElement> NoteContainers { get; } = [];

    public List<PageBlock> Walk(IElement root)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root, new Flags(false, false, false, Alignment.Unknown, root), Exit.None));
        while (stack.TryPop(out var frame))
        {
            if (frame.Exit != Exit.None) Leave(frame);
            else if (frame.Node is IText text) AddText(text.Data, frame.Flags);
            else if (frame.Node is IElement element) Enter(element, frame.Flags, stack);
        }
        Flush();
        return _blocks;
    }

    /// <summary>The notes' paragraphs, read from <see cref="NoteContainers"/>, their marks left out.</summary>
    public static IEnumerable<SourceParagraph> ReadNotes(IEnumerable<IElement> containers) =>
        containers.SelectMany(c => new HtmlBlockWalker(dropLinkOnly: false).WalkNotes(c));

    private IEnumerable<SourceParagraph> WalkNotes(IElement container)
    {
        _readingNotes = true;
        _cells.Push([]);
        var stack = new Stack<Frame>();
        PushChildren(stack, container, new Flags(false, false, false, Alignment.Unknown, container));
        while (stack.TryPop(out var frame))
        {
            if (frame.Exit != Exit.None) Leave(frame);
            else if (frame.Node is IText text) AddText(text.Data, frame.Flags);
            else if (frame.Node is IElement element) Enter(element, frame.Flags, stack);
        }
        Flush();
        return _cells.Pop().Concat(_blocks.Select(b => b.Block).OfType<SourceParagraph>()).Where(p => p.Text.Length > 0);
    }

    private void Enter(IElement element, Flags flags, Stack<Frame> stack)
    {
        var style = ElementStyle.Of(element);
        if (Skipped(element, style)) return;
        var part = style.WordPart;
        if (_readingNotes && part is "footnote" or "endnote") part = null;
        else if (part is not null || IsNoteContainer(element))
        {
            if (part is null or "footnote-list" or "endnote-list") NoteContainers.Add(element);
            return;
        }
        if (style.IsDrawingFallback)
        {
            // A drawing's fallback: only a text box's body (a div Word marks with v:shape) is text.
            foreach (var box in element.Descendants<IElement>().Where(e => e.HasAttribute("v:shape")).Reverse()) stack.Push(new Frame(box, flags, Exit.None));
            return;
        }
        var name = element.LocalName;
        var inherited = flags with
        {
            Bold = style.Bold(element) ?? flags.Bold,
            Italic = style.Italic(element) ?? flags.Italic,
            Link = flags.Link || (name == "a" && element.HasAttribute("href")),
            Alignment = style.Alignment(element) ?? flags.Alignment,
        };
        if (style.IsTab)
        {
            AddText(" ", inherited);
            return;
        }
        switch (name)
        {
            case "br":
                _paragraph?.Break();
                return;
            case "table":
                Flush();
                _tables.Push((new CellGrid(), element));
                stack.Push(new Frame(element, inherited, Exit.Table));
                break;
            case "tr" when _tables.Count > 0:
                _tables.Peek().Grid.StartRow(IsHeaderRow(element));
                break;
            case "td" or "th" when _tables.Count > 0:
                Flush();
                _cells.Push([]);
                stack.Push(new Frame(element, inherited, Exit.Cell));
                inherited = inherited with { Block = element };
                break;
            default:
                if (style.IsWordListLabel)
                {
                    _label = new StringBuilder();
                    stack.Push(new Frame(element, inherited, Exit.Label));
                }
                else if (BlockTags.Contains(name))
                {
                    Flush();
                    if (name == "li") _pendingLabel = ListItemLabel(element);
                    stack.Push(new Frame(element, inherited, Exit.Block));
                    inherited = inherited with { Block = element };
                }
                break;
        }
        PushChildren(stack, element, inherited);
    }

    private void Leave(Frame frame)
    {
        switch (frame.Exit)
        {
            case Exit.Block:
                if (_paragraph is null && _pendingLabel is not null) AddText("", frame.Flags);
                Flush();
                break;
            case Exit.Label:
                _pendingLabel = LabelText(_label!.ToString());
                _label = null;
                break;
            case Exit.Cell:
                Flush();
                var paragraphs = _cells.Pop();
                var cell = (IElement)frame.Node;
                if (_tables.Count > 0) _tables.Peek().Grid.AddCell([.. paragraphs], Span(cell, "colspan"), Span(cell, "rowspan"));
                break;
            case Exit.Table:
                Flush();
                var (grid, element) = _tables.Pop();
                var table = grid.Build();
                if (_cells.TryPeek(out var outer)) outer.AddRange(CellGrid.RowsAsParagraphs(table));
                else if (table.Rows.Length > 0) _blocks.Add(new PageBlock(table, element));
                break;
        }
    }

    private static void PushChildren(Stack<Frame> stack, INode node, Flags flags)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) stack.Push(new Frame(children[i], flags, Exit.None));
    }

    private static bool Skipped(IElement element, ElementStyle style) =>
        SkippedTags.Contains(element.LocalName) || style.Hidden(element) || style.IsNoteMark || IsNoteReference(element)
        || (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.ToLowerInvariant()));

    /// <summary>A link to a note (doc-noteref, "#fn1", "#_ftn1") or back from one, shown as its number: a mark, not text.</summary>
    private static bool IsNoteReference(IElement element)
    {
        if (element.LocalName != "a") return false;
        var role = element.GetAttribute("role");
        if (role is "doc-noteref" or "doc-backlink") return true;
        var href = element.GetAttribute("href") ?? "";
        return href.StartsWith('#') && (href.Contains("fn", StringComparison.OrdinalIgnoreCase) || href.Contains("edn", StringComparison.OrdinalIgnoreCase)
            || href.Contains("note", StringComparison.OrdinalIgnoreCase)) && element.TextContent.Trim().Length <= 5;
    }

    private static bool IsNoteContainer(IElement element) =>
        element.GetAttribute("role") is "doc-endnotes" or "doc-footnotes"
        || element.ClassList.Any(c => c.Equals("footnotes", StringComparison.OrdinalIgnoreCase) || c.Equals("endnotes", StringComparison.OrdinalIgnoreCase));

    /// <summary>A row in &lt;thead&gt;, or whose cells are all &lt;th&gt;.</summary>
    private static bool IsHeaderRow(IElement row) =>
        row.ParentElement?.LocalName == "thead" || (row.Children.Length > 0 && row.Children.All(c => c.LocalName == "th"));

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var n) && n > 0 ? n : 1;


    /// <summary>A list item's label as the list shows it: its number in an &lt;ol&gt; (start, value and type honoured), "-" in a &lt;ul&gt;.</summary>
    private string? ListItemLabel(IElement item)
    {
        if (item.ParentElement is not { } list) return null;
        if (list.LocalName != "ol") return list.LocalName is "ul" or "menu" ? "-" : null;
        var next = _listCounters.TryGetValue(list, out var n) ? n : int.TryParse(list.GetAttribute("start"), out var s) ? s : 1;
        if (int.TryParse(item.GetAttribute("value"), out var v)) next = v;
        _listCounters[list] = next + 1;
        return (item.GetAttribute("type") ?? list.GetAttribute("type")) switch
        {
            "a" => LetterOrdinal(next, 'a') + ")",
            "A" => LetterOrdinal(next, 'A') + ".",
            "i" => RomanNumeral.ToRoman(next).ToLowerInvariant() + ".",
            "I" => RomanNumeral.ToRoman(next) + ".",
            _ => next.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
        };
    }

    private static string LetterOrdinal(int n, char first) => n is >= 1 and <= 26 ? ((char)(first + n - 1)).ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Word's written-out label ("1.", "a)") without the spaces after it; a bullet glyph as <see cref="ListBullets.Label"/> names it.</summary>
    private static string? LabelText(string text)
    {
        var t = VietnameseText.CollapseSpaces(VietnameseText.Clean(text));
        if (t.Length == 0) return null;
        return t.Any(char.IsLetterOrDigit) ? t : ListBullets.Label(t);
    }

    private void AddText(string data, Flags flags)
    {
        if (_label is not null)
        {
            _label.Append(data);
            return;
        }
        if (_paragraph is null)
        {
            if (string.IsNullOrWhiteSpace(data.Replace('\u00A0', ' ')) && _pendingLabel is null) return;
            _paragraph = new ParagraphBuilder(flags.Block, flags.Alignment, _pendingLabel);
            _pendingLabel = null;
        }
        _paragraph.Append(data, flags.Bold, flags.Italic, flags.Link);
    }

    private void Flush()
    {
        if (_paragraph is null) return;
        var built = _paragraph.Build();
        var element = _paragraph.Element;
        _paragraph = null;
        if (built is null || (_dropLinkOnly && built.Value.LinksOnly)) return;
        if (_cells.TryPeek(out var cell)) cell.Add(built.Value.Paragraph);
        else _blocks.Add(new PageBlock(built.Value.Paragraph, element));
    }

    /// <summary>One paragraph's text as it is shown, with how much of it is bold, italic or inside links.</summary>
    private sealed class ParagraphBuilder(IElement element, Alignment alignment, string? label)
    {
        private readonly StringBuilder _text = new();
        private int _chars;
        private int _bold;
        private int _italic;
        private int _linked;

        public IElement Element { get; } = element;

        public void Append(string data, bool bold, bool italic, bool link)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
                    continue;
                }
                _text.Append(c);
                if (c == '\u00A0') continue;
                _chars++;
                if (bold) _bold++;
                if (italic) _italic++;
                if (link) _linked++;
            }
        }

        public void Break() => _text.Append('\n');

        public (SourceParagraph Paragraph, bool LinksOnly)? Build()
        {
            var lines = VietnameseText.Clean(_text.ToString()).Split('\n').Select(VietnameseText.CollapseSpaces);
            var text = string.Join('\n', lines).Trim('\n', ' ');
            if (text.Length == 0 && label is null) return null;
            var style = new BlockStyle(_chars > 0 && _bold * 2 > _chars, _chars > 0 && _italic * 2 > _chars, alignment);
            return (new SourceParagraph(text, label, style), _chars > 0 && _linked == _chars);
        }
    }
}
