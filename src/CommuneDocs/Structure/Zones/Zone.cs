namespace CommuneDocs.Structure.Zones;

/// <summary>
/// The zones of an administrative document in the order Nghị định 30/2020/NĐ-CP, Phụ lục I lays them out: the header
/// block, the kind heading and title, the preamble (căn cứ), the body, its closing paragraph, Nơi nhận, the signature,
/// then an attached document's title and appendices.
/// </summary>
internal enum Zone
{
    Header,
    Title,
    Preamble,
    Body,
    Closing,
    Recipients,
    Signature,
    AttachedTitle,
    Appendix,
}

/// <summary>
/// What a zone's reader did with a line (as a Markdig block parser answers its driver): it took the line and the
/// document goes on in <see cref="Next"/>; or it left the line for <see cref="Next"/> to read again.
/// </summary>
/// <param name="Next">The zone the document is in after this line (or that reads it again).</param>
/// <param name="Reread">True when the line was not taken: the zone <see cref="Next"/> reads it.</param>
internal readonly record struct Step(Zone Next, bool Reread)
{
    /// <summary>The line was taken; the document goes on in <paramref name="zone"/>.</summary>
    public static Step Took(Zone zone) => new(zone, false);

    /// <summary>The line belongs to <paramref name="zone"/>, which reads it again.</summary>
    public static Step ReadIn(Zone zone) => new(zone, true);
}

/// <summary>Reads the lines of one zone: each line is taken or handed to another zone.</summary>
internal interface IZoneReader
{
    Step Read(Line line, StructureState state);
}
