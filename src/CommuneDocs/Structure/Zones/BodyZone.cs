namespace CommuneDocs.Structure.Zones;

/// <summary>The body: numbered paragraphs build the outline, unnumbered ones belong to the block above them, a closing paragraph ends it.</summary>
internal sealed class BodyZone : IZoneReader
{
    public static BodyZone Instance { get; } = new();

    public Step Read(Line line, StructureState state)
    {
        if (state.Quotations.Read(line.Text) && state.Outline.Current is { } quoting)
        {
            // Quoted clauses of another document: text of the paragraph that quotes them, numbering and all.
            quoting.Paragraphs.Add(line);
        }
        else if (line.Enumerator is not null)
        {
            state.Outline.Add(line);
        }
        else if (Markers.IsClosingParagraph(line.Folded))
        {
            state.Closing.Add(line);
            return Step.Took(Zone.Closing);
        }
        else if (state.Outline.Current is { } current)
        {
            current.Paragraphs.Add(line);
        }
        else
        {
            state.Preamble.Add(line);
        }
        return Step.Took(Zone.Body);
    }
}
