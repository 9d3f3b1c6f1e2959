using System.Text;
using CommuneDocs.Text;
using Markdig.Syntax.Inlines;

namespace CommuneDocs.Reading.Markdown;

/// <summary>One paragraph's worth of inline text, with how much of it was bold, italic or inside links.</summary>
/// <param name="Text">The text: escapes and entities decoded, NFC, spaces collapsed, a hard break kept as '\n'.</param>
/// <param name="Bold">Most of its visible characters are bold.</param>
/// <param name="Italic">Most of its visible characters are italic.</param>
/// <param name="LinksOnly">All of its visible characters are inside links.</param>
internal sealed record InlineLine(string Text, bool Bold, bool Italic, bool LinksOnly)
{
    public BlockStyle Style => new(Bold, Italic);
}

/// <summary>
/// Reads a Markdig inline tree into text (CommonMark 6): literals, escapes and entities as the characters they stand
/// for, code spans as their text, images left out, a soft line break as a space (the source was hard-wrapped) and a
/// hard one (or &lt;br&gt;) as a line break. Emphasis gives the style hints: bold (** or __) and italic (* or _) over
/// most of the visible characters. Iterative, so nesting depth costs no stack.
/// </summary>
internal static class InlineText
{
    private readonly record struct Frame(Inline Node, bool Bold, bool Italic, bool Link, int Emphasis);

    /// <summary>
    /// The text of <paramref name="root"/> as one line, or, when <paramref name="linesAreParagraphs"/>, one per source
    /// line, except that an emphasis span that crosses a line end keeps its lines together (a converter hard-wrapped
    /// inside it).
    /// </summary>
    public static List<InlineLine> Read(ContainerInline? root, bool linesAreParagraphs)
    {
        var result = new List<InlineLine>();
        var line = new LineBuilder();
        if (root is null) return result;
        var stack = new Stack<Frame>();
        PushChildren(stack, root, new Frame(root, false, false, false, 0));
        while (stack.TryPop(out var frame))
        {
            switch (frame.Node)
            {
                case LineBreakInline br:
                    if (linesAreParagraphs && (br.IsHard || frame.Emphasis == 0)) line.FlushInto(result);
                    else line.Break(br.IsHard);
                    break;
                case HtmlInline html when IsLineBreakTag(html.Tag):
                    if (linesAreParagraphs) line.FlushInto(result);
                    else line.Break(hard: true);
                    break;
                case LiteralInline literal:
                    line.Append(literal.Content.ToString(), frame);
                    break;
                case HtmlEntityInline entity:
                    line.Append(entity.Transcoded.ToString(), frame);
                    break;
                case CodeInline code:
                    line.Append(code.Content, frame);
                    break;
                case AutolinkInline autolink:
                    line.Append(autolink.Url, frame with { Link = true });
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_';
                    var slanted = emphasis.DelimiterCount is 1 or 3 && emphasis.DelimiterChar is '*' or '_';
                    PushChildren(stack, emphasis, frame with { Bold = frame.Bold || strong, Italic = frame.Italic || slanted, Emphasis = frame.Emphasis + 1 });
                    break;
                case LinkInline link:
                    PushChildren(stack, link, frame with { Link = true });
                    break;
                case ContainerInline container:
                    PushChildren(stack, container, frame);
                    break;
            }
        }
        line.FlushInto(result);
        return result;
    }

    private static bool IsLineBreakTag(string tag) =>
        tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && (tag.Length == 3 || !char.IsLetter(tag[3]));

    private static void PushChildren(Stack<Frame> stack, ContainerInline container, Frame inherited)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
        for (var i = children.Count - 1; i >= 0; i--) stack.Push(inherited with { Node = children[i] });
    }

    /// <summary>Gathers one line's text and counts its visible characters by style.</summary>
    private sealed class LineBuilder
    {
        private readonly StringBuilder _text = new();
        private int _chars;
        private int _bold;
        private int _italic;
        private int _linked;
        private bool _softBreak;

        public void Append(string text, Frame frame)
        {
            if (_softBreak)
            {
                // A hyphenated word or symbol wrapped at its hyphen ("NĐ-" / "CP") joins without a space.
                var end = _text.Length >= 2 ? (ReadOnlySpan<char>)[_text[^2], _text[^1]] : [];
                if (!VietnameseText.JoinsWithoutSpace(end, text)) _text.Append(' ');
                _softBreak = false;
            }
            _text.Append(text);
            var visible = text.Count(c => !char.IsWhiteSpace(c));
            _chars += visible;
            if (frame.Bold) _bold += visible;
            if (frame.Italic) _italic += visible;
            if (frame.Link) _linked += visible;
        }

        public void Break(bool hard)
        {
            if (hard) _text.Append('\n');
            else _softBreak = true;
        }

        public void FlushInto(List<InlineLine> lines)
        {
            var text = Tidy(_text.ToString());
            if (text.Length > 0)
            {
                lines.Add(new InlineLine(text, _chars > 0 && _bold * 2 > _chars, _chars > 0 && _italic * 2 > _chars, _chars > 0 && _linked == _chars));
            }
            _text.Clear();
            _chars = _bold = _italic = _linked = 0;
            _softBreak = false;
        }

        /// <summary>NFC and odd spaces via <see cref="VietnameseText.Clean"/>, each line's spaces collapsed, empty lines dropped.</summary>
        private static string Tidy(string text)
        {
            var lines = VietnameseText.Clean(text).Split('\n').Select(VietnameseText.CollapseSpaces).Where(l => l.Length > 0);
            return string.Join('\n', lines);
        }
    }
}
