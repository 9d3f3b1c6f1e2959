namespace CommuneDocs.Structure.Zones;

/// <summary>An appendix (phụ lục): its caption, the first short line after the heading that is not the attachment note, and its text.</summary>
internal sealed class AppendixZone : IZoneReader
{
    public static AppendixZone Instance { get; } = new();

    /// <summary>The longest line taken as an appendix's caption.</summary>
    private const int MaxCaptionLength = 250;

    public Step Read(Line line, StructureState state)
    {
        if (state.AppendixCaption is null && !Markers.IsAttachmentNote(line.Folded) && line.Text.Length < MaxCaptionLength)
        {
            state.AppendixCaption = line.Text.Trim();
        }
        state.Appendix.Add(line);
        return Step.Took(Zone.Appendix);
    }
}
