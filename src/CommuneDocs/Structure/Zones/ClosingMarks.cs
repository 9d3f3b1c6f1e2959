using CommuneDocs.Text;

namespace CommuneDocs.Structure.Zones;

/// <summary>
/// The marks that move a document into its closing zones from wherever it is after the header: a "Phụ lục" heading,
/// "Nơi nhận:", and a signing-authority line ("TM. ỦY BAN NHÂN DÂN", Điều 8, khoản 7 and 9).
/// </summary>
internal sealed class ClosingMarks : IZoneReader
{
    public static ClosingMarks Instance { get; } = new();

    /// <summary>The zone the line moves the document to, or a <see cref="Step"/> that leaves it where it is (<see cref="Step.Reread"/> true).</summary>
    public Step Read(Line line, StructureState state)
    {
        var zone = state.Zone;
        if (Markers.IsAppendixHeading(line.Text) && zone is not Zone.Title)
        {
            state.AppendixCaption = null;
            state.Appendix.Add(line);
            return Step.Took(Zone.Appendix);
        }
        if (Markers.IsRecipientsHeading(line.Folded) && zone is not Zone.Appendix)
        {
            var colon = line.Text.IndexOf(':');
            var rest = line.Text[(colon >= 0 ? colon + 1 : line.Text.Length)..].Trim();
            if (rest.Length > 0) state.Recipients.Add(line with { Text = rest, Enumerator = EnumeratorParser.Parse(rest) });
            return Step.Took(Zone.Recipients);
        }
        if (Markers.IsAuthorityLine(line.Text) && zone is not Zone.Appendix && VietnameseText.IsUpperCase(line.Text, 4))
        {
            // Text read across the two columns of the closing (Nơi nhận on the left, the signature on the right)
            // gives the signature's lines between the recipients'.
            state.RecipientsBeside = zone == Zone.Recipients || (zone == Zone.Signature && state.RecipientsBeside);
            if (zone != Zone.Signature) state.SignatureHasName = false;
            state.Signature.Add(line);
            return Step.Took(Zone.Signature);
        }
        return Step.ReadIn(zone);
    }
}
