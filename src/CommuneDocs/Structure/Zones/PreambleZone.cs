namespace CommuneDocs.Structure.Zones;

/// <summary>The preamble (căn cứ ban hành, Điều 8, khoản 6): unnumbered paragraphs up to the first numbered part.</summary>
internal sealed class PreambleZone : IZoneReader
{
    public static PreambleZone Instance { get; } = new();

    public Step Read(Line line, StructureState state)
    {
        if (line.Enumerator is { IsBullet: false } || (line.Enumerator is not null && state.Preamble.Count > 0 && Markers.IsPartHeading(line)))
        {
            return Step.ReadIn(Zone.Body);
        }
        state.Preamble.Add(line);
        return Step.Took(Zone.Preamble);
    }
}
