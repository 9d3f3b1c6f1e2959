using CommuneDocs.Text;

namespace CommuneDocs.Structure.Zones;

/// <summary>The Nơi nhận list (Điều 8, khoản 9): one entry per bulleted line, a wrapped entry joined, up to the signature.</summary>
internal sealed class RecipientsZone : IZoneReader
{
    public static RecipientsZone Instance { get; } = new();

    /// <summary>The longest line taken as the wrapped end of a recipient.</summary>
    private const int MaxWrappedLength = 80;

    public Step Read(Line line, StructureState state)
    {
        var recipients = state.Recipients;
        if (line.Enumerator is not null || recipients.Count == 0)
        {
            if (line.Enumerator is { IsBullet: false } && Markers.IsPartHeading(line))
            {
                state.Outline.StartRegion();
                return Step.ReadIn(Zone.Body);
            }
            recipients.Add(line);
        }
        else if (Markers.IsPositionLine(line.Text) || PersonNames.LooksLikeName(line.Text))
        {
            state.SignatureHasName = false;
            return Step.ReadIn(Zone.Signature);
        }
        else if (line.Text.Length < MaxWrappedLength && !Markers.IsRule(line.Text))
        {
            // A recipient wrapped onto a second line.
            recipients[^1] = recipients[^1] with { Text = recipients[^1].Text + " " + line.Text };
        }
        return Step.Took(Zone.Recipients);
    }
}
