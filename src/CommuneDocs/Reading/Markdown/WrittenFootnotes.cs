using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CommuneDocs.Reading.Markdown;

/// <summary>
/// Word's footnotes as a converter writes them out: a mark "[1]" after a word of the text, and at the end of the page
/// the note "[1] Xã Phú Mỡ, ...". The notes at the end whose mark is in the text become the document's notes (as the
/// .docx reader keeps them apart from the flow), their marks dropped from the text.
/// </summary>
internal static partial class WrittenFootnotes
{
    [GeneratedRegex(@"^\[(\d{1,3})\]\s*")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"(?<=\S)\[(\d{1,3})\]")]
    private static partial Regex Mark();

    public static (List<SourceBlock> Body, ImmutableArray<SourceParagraph> Notes) Extract(List<SourceBlock> blocks)
    {
        var first = blocks.Count;
        while (first > 0 && blocks[first - 1] is SourceParagraph p && NoteStart().IsMatch(p.Text)) first--;
        if (first == blocks.Count) return (blocks, []);
        var marks = blocks.Take(first).OfType<SourceParagraph>().SelectMany(p => Mark().Matches(p.Text)).Select(m => m.Groups[1].Value).ToHashSet();
        var notes = blocks.Skip(first).Cast<SourceParagraph>().ToList();
        if (!notes.All(n => marks.Contains(NoteStart().Match(n.Text).Groups[1].Value))) return (blocks, []);
        var body = blocks.Take(first).Select(b => b is SourceParagraph p ? p with { Text = Mark().Replace(p.Text, "") } : b).ToList();
        return (body, [.. notes.Select(n => n with { Text = NoteStart().Replace(n.Text, "") })]);
    }
}
