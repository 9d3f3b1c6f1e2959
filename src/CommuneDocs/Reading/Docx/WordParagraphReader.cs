using System.Globalization;
using System.Text;
using CommuneDocs.Model;
using CommuneDocs.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace CommuneDocs.Reading.Docx;

/// <summary>
/// Reads one w:p: its visible text as Word shows it with tracked changes accepted (w:ins kept, w:del and w:moveFrom
/// dropped), field codes dropped and field results kept, hidden text dropped; tabs and breaks kept as '\t' and '\n';
/// its list label from the numbering; its style hints; and the text boxes anchored in it, which the caller reads in place.
/// </summary>
internal static class WordParagraphReader
{
    /// <summary>How deep inline markup (hyperlinks, content controls, smart tags) is followed.</summary>
    public const int MaxInlineDepth = 64;

    public static SourceParagraph? Read(Paragraph paragraph, DocxReadContext context, List<TextBoxContent> textBoxes)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? context.Styles.DefaultParagraphStyleId;
        var styled = context.Styles.Paragraph(styleId);
        var direct = ParagraphFormat.From(properties);

        var state = new InlineState(context, context.Styles.ParagraphRun(styleId), textBoxes);
        Walk(paragraph, state, 0);
        CloseUnfinishedFieldCodes(context);

        var text = Tidy(state.Text.ToString());
        var markDeleted = IsMarkDeleted(paragraph);
        var numId = markDeleted ? null : direct.NumId ?? styled.NumId;
        if (text.Length == 0 && (numId is null or 0 || IsMarkHidden(paragraph))) return null;

        string? label = null;
        var indent = styled.Indent;
        if (numId is > 0 and var id)
        {
            var level = direct.NumLevel ?? (direct.NumId is null ? styled.NumLevel : null)
                        ?? (styleId is null ? null : context.Numbering.LevelOfStyle(id, styleId)) ?? 0;
            var result = context.Numbering.Next(id, level);
            label = result.Label;
            switch (result.Fault)
            {
                case NumberingFault.MissingInstance or NumberingFault.MissingDefinition:
                    context.Report(DiagnosticCode.Other, Messages.MissingList(id), "list:" + id);
                    break;
                case NumberingFault.MissingLevel:
                    context.Report(DiagnosticCode.Other, Messages.MissingListLevel(id, level), "level:" + id + ":" + level);
                    break;
            }
            if (context.Numbering.Level(id, level) is { } definition) indent = indent.Overlay(definition.Indent);
            if (text.Length == 0 && label is null) return null;
        }
        indent = indent.Overlay(direct.Indent);

        var style = new BlockStyle(
            state.Chars > 0 && state.BoldChars * 2 > state.Chars,
            state.Chars > 0 && state.ItalicChars * 2 > state.Chars,
            direct.Alignment ?? styled.Alignment ?? Alignment.Unknown,
            indent.FirstLinePoints);
        return new SourceParagraph(text, label, style) { Index = context.BlockIndex };
    }

    /// <summary>The paragraph mark is a tracked deletion: once accepted, the paragraph runs on into the next one.</summary>
    public static bool IsMarkDeleted(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null;

    private static bool IsMarkHidden(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Vanish>() is { } v && (v.Val?.Value ?? true);

    /// <summary>Picks one branch of mc:AlternateContent: the first w:Choice, else the w:Fallback (never both).</summary>
    public static OpenXmlElement? Choose(AlternateContent alternate) =>
        alternate.GetFirstChild<AlternateContentChoice>() ?? (OpenXmlElement?)alternate.GetFirstChild<AlternateContentFallback>();

    /// <summary>NFC and odd spaces via <see cref="VietnameseText.Clean"/>, runs of spaces collapsed, ends trimmed; tabs and line breaks kept.</summary>
    internal static string Tidy(string text)
    {
        var clean = VietnameseText.Clean(text);
        var sb = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private sealed class InlineState(DocxReadContext context, RunFormat paragraphRun, List<TextBoxContent> textBoxes)
    {
        public DocxReadContext Context { get; } = context;

        public RunFormat ParagraphRun { get; } = paragraphRun;

        public List<TextBoxContent> TextBoxes { get; } = textBoxes;

        public StringBuilder Text { get; } = new();

        public int Chars { get; set; }

        public int BoldChars { get; set; }

        public int ItalicChars { get; set; }

        public bool InFieldCode => Context.Fields.Contains(true);

        public void Append(string text, RunFormat format)
        {
            Text.Append(text);
            var visible = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c)) visible++;
            }
            Chars += visible;
            if (format.Bold == true) BoldChars += visible;
            if (format.Italic == true) ItalicChars += visible;
        }
    }

    private static void Walk(OpenXmlElement parent, InlineState state, int depth)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    ReadRun(run, state, depth);
                    break;
                case DeletedRun or MoveFromRun or ParagraphProperties:
                    break;
                case TextBoxContent box:
                    state.TextBoxes.Add(box);
                    break;
                case AlternateContent alternate:
                    if (Choose(alternate) is { } branch) Walk(branch, state, depth + 1);
                    break;
                case DocumentFormat.OpenXml.Math.Text math:
                    state.Append(math.Text, state.ParagraphRun);
                    break;
                default:
                    if (depth < MaxInlineDepth && child.HasChildren) Walk(child, state, depth + 1);
                    break;
            }
        }
    }

    private static void ReadRun(Run run, InlineState state, int depth)
    {
        var properties = run.RunProperties;
        var format = state.ParagraphRun
            .Overlay(state.Context.Styles.Character(properties?.RunStyle?.Val?.Value))
            .Overlay(RunFormat.From(properties));
        var hidden = format.Hidden == true;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar field:
                    Field(field, state.Context);
                    continue;
                case RunProperties or FieldCode or DeletedFieldCode or DeletedText:
                    continue;
                case TextBoxContent or AlternateContent or Drawing or Picture or EmbeddedObject:
                    FindTextBoxes(child, state.TextBoxes, depth + 1);
                    continue;
            }
            if (hidden || state.InFieldCode) continue;
            switch (child)
            {
                case WordText text:
                    state.Append(text.Text, format);
                    break;
                case TabChar or PositionalTab:
                    state.Append("\t", format);
                    break;
                case Break or CarriageReturn:
                    state.Append("\n", format);
                    break;
                case NoBreakHyphen:
                    state.Append("-", format);
                    break;
                case SymbolChar symbol:
                    state.Append(Symbol(symbol), format);
                    break;
            }
        }
    }

    private static void Field(FieldChar field, DocxReadContext context)
    {
        var type = field.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            context.Fields.Push(true);
        }
        else if (type == FieldCharValues.Separate)
        {
            if (context.Fields.Count > 0)
            {
                context.Fields.Pop();
                context.Fields.Push(false);
            }
        }
        else if (type == FieldCharValues.End && context.Fields.Count > 0)
        {
            context.Fields.Pop();
        }
    }

    /// <summary>A field code never spans paragraphs in practice; one left open (no w:fldChar separate) must not hide the rest of the document.</summary>
    private static void CloseUnfinishedFieldCodes(DocxReadContext context)
    {
        while (context.Fields.Count > 0 && context.Fields.Peek()) context.Fields.Pop();
    }

    private static void FindTextBoxes(OpenXmlElement element, List<TextBoxContent> boxes, int depth)
    {
        switch (element)
        {
            case TextBoxContent box:
                boxes.Add(box);
                return;
            case AlternateContent alternate:
                if (Choose(alternate) is { } branch) FindTextBoxes(branch, boxes, depth + 1);
                return;
        }
        if (depth >= MaxInlineDepth) return;
        foreach (var child in element.ChildElements) FindTextBoxes(child, boxes, depth + 1);
    }

    /// <summary>w:sym: the character it names; Symbol and Wingdings glyphs in the private-use area are bullets.</summary>
    private static string Symbol(SymbolChar symbol)
    {
        if (!int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code is <= 0 or > 0xFFFF) return "";
        if (code is >= 0xF000 and <= 0xF0FF) return (code & 0xFF) == 0x2D ? "-" : "•";
        return char.IsSurrogate((char)code) ? "" : ((char)code).ToString();
    }
}
