using System.Globalization;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// Names sheets after what they hold ("Hà Tây - Bảng 1"): a name Excel accepts (at most 31 characters, none of
/// <c>: \ / ? * [ ]</c>, no apostrophe at either end) and unique in the workbook without regard to case, as Excel
/// compares sheet names; a name already taken gets " (2)", " (3)", ...
/// </summary>
internal sealed class SheetNames(IEnumerable<string> taken)
{
    private readonly HashSet<string> _used = new(taken, StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>A valid, unused sheet name made from <paramref name="wanted"/>.</summary>
    public string Next(string wanted)
    {
        var name = CellText.SheetName(wanted, "Sheet");
        for (var n = 2; !_used.Add(name); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            name = CellText.SheetName(wanted, "Sheet", CellText.MaxSheetNameLength - suffix.Length) + suffix;
        }
        return name;
    }
}
