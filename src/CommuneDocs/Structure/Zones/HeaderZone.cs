namespace CommuneDocs.Structure.Zones;

/// <summary>The header block above the kind heading: issuing body, number, quốc hiệu, tiêu ngữ, place and date (Điều 8, khoản 1-4).</summary>
internal sealed class HeaderZone : IZoneReader
{
    public static HeaderZone Instance { get; } = new();

    public Step Read(Line line, StructureState state)
    {
        state.Header.Add(line);
        return Step.Took(Zone.Header);
    }
}
