using CommuneDocs.Text;

namespace CommuneDocs.Structure.Zones;

/// <summary>The trích yếu under the kind heading (Điều 8, khoản 5): up to the first numbered part, a rule, the preamble, or four lines.</summary>
internal sealed class TitleZone : IZoneReader
{
    public static TitleZone Instance { get; } = new();

    /// <summary>The most lines a title runs over.</summary>
    public const int MaxLines = 4;

    public Step Read(Line line, StructureState state)
    {
        if (!EndsTitle(line, state.Title.Count))
        {
            state.Title.Add(line);
            return Step.Took(Zone.Title);
        }
        return Step.ReadIn(line.Enumerator is not null ? Zone.Body : Zone.Preamble);
    }

    internal static bool EndsTitle(Line line, int titleLines)
    {
        if (line.Enumerator is { IsBullet: false }) return true;
        if (titleLines == 0) return false;
        if (Markers.IsRule(line.Text)) return true;
        if (Markers.IsPreambleStart(line.Folded)) return true;
        if (VietnameseText.IsUpperCase(line.Text, 6)) return true;
        return titleLines >= MaxLines || line.Text.Length > 300;
    }
}
