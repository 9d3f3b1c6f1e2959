namespace CommuneDocs.Structure.Zones;

/// <summary>After a decision's signature: the attached document's kind heading, title and note, up to its first numbered part.</summary>
internal sealed class AttachedTitleZone : IZoneReader
{
    public static AttachedTitleZone Instance { get; } = new();

    public Step Read(Line line, StructureState state)
    {
        if (line.Enumerator is { IsBullet: false })
        {
            state.Outline.StartRegion();
            return Step.ReadIn(Zone.Body);
        }
        state.Appendix.Add(line);
        return Step.Took(Zone.AttachedTitle);
    }
}
