using System.Globalization;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// Names the indicator-table sheets "T1 caption", "T2 caption", ...: a name Excel accepts (at most 31 characters, none
/// of <c>: \ / ? * [ ]</c>) and unique in the workbook without regard to case, as Excel compares sheet names.
/// </summary>
internal sealed class SheetNames(IEnumerable<string> taken)
{
    private readonly HashSet<string> _used = new(taken, StringComparer.OrdinalIgnoreCase) { "History" };
    private int _tables;

    /// <summary>The name of the next table's sheet, from its caption.</summary>
    public string Next(string? caption)
    {
        _tables++;
        var prefix = "T" + _tables.ToString(CultureInfo.InvariantCulture);
        var name = CellText.SheetName(prefix + " " + (caption ?? "Table"), prefix);
        // The numbered prefix ("T1 " cannot start "T10 ") already keeps names apart; the suffix guards that promise.
        for (var n = 2; !_used.Add(name); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            name = CellText.SheetName(prefix + " " + caption, prefix, CellText.MaxSheetNameLength - suffix.Length) + suffix;
        }
        return name;
    }
}
