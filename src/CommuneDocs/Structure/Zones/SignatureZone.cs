using CommuneDocs.Text;

namespace CommuneDocs.Structure.Zones;

/// <summary>
/// The signature block (Điều 8, khoản 7): authority, position and the signer's name; after the name, an attached
/// document begins. Text read across the two columns of the closing gives the Nơi nhận bullets between its lines.
/// </summary>
internal sealed class SignatureZone : IZoneReader
{
    public static SignatureZone Instance { get; } = new();

    /// <summary>The longest recipient bullet read between the signature's lines.</summary>
    private const int MaxBesideRecipientLength = 160;

    /// <summary>A line this long before any name is body text of an attached document, not a signature line.</summary>
    private const int MaxLineLength = 80;

    public Step Read(Line line, StructureState state)
    {
        if (state.RecipientsBeside && line.Enumerator is { IsBullet: true } && line.Text.Length < MaxBesideRecipientLength)
        {
            state.Recipients.Add(line);
            return Step.Took(Zone.Signature);
        }
        if (state.SignatureHasName || Markers.KindTitle(line.Text) is not null || Markers.IsAttachmentNote(line.Folded)
            || (line.Enumerator is { IsBullet: false } && Markers.IsPartHeading(line)) || line.Text.Length > MaxLineLength)
        {
            return Step.ReadIn(Zone.AttachedTitle);
        }
        state.Signature.Add(line);
        if (PersonNames.LooksLikeName(line.Text) && !Markers.IsPositionLine(line.Text) && !Markers.IsAuthorityLine(line.Text)) state.SignatureHasName = true;
        return Step.Took(Zone.Signature);
    }
}
