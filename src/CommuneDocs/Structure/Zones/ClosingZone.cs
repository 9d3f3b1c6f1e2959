namespace CommuneDocs.Structure.Zones;

/// <summary>The closing paragraphs after the last part ("Trên đây là Kế hoạch ..."); a part heading after them goes back to the body.</summary>
internal sealed class ClosingZone : IZoneReader
{
    public static ClosingZone Instance { get; } = new();

    public Step Read(Line line, StructureState state)
    {
        if (line.Enumerator is { IsBullet: false } && Markers.IsPartHeading(line)) return Step.ReadIn(Zone.Body);
        state.Closing.Add(line);
        return Step.Took(Zone.Closing);
    }
}
