using System.Collections.Immutable;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>Splits a list of units as plans write it ("Sở Tài chính, các sở, ban, ngành; UBND xã, phường") into its units.</summary>
internal static class UnitLists
{
    /// <summary>
    /// Words that name no unit of their own but go on the enumeration of the unit before them: "Các sở, ban, ngành",
    /// "UBND các xã, phường, đặc khu", "các cơ quan, đơn vị, địa phương".
    /// </summary>
    private static readonly HashSet<string> EnumerationTails = new(StringComparer.Ordinal)
    {
        "ban", "nganh", "ban nganh", "doan the", "don vi", "dia phuong", "phuong", "xa", "dac khu", "thi tran", "thon", "khu pho",
        "to dan pho", "co quan", "to chuc", "hoi", "doanh nghiep", "truong hoc", "dia phuong lien quan", "don vi lien quan",
    };

    /// <summary>
    /// The units of a list, each as written, keeping a known name that has a comma in it ("Phòng Kinh tế, Hạ tầng và
    /// Đô thị") and an enumeration that names one group ("Các sở, ban, ngành") whole.
    /// </summary>
    public static ImmutableArray<string> Split(string text, UnitRegistry registry)
    {
        var parts = text.Split([",", ";", "\n"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(u => u.TrimEnd('.', ' ')).ToList();
        var result = new List<string>();
        foreach (var part in parts)
        {
            if (result.Count > 0 && ((registry.IsKnown(result[^1] + ", " + part) && !registry.IsKnown(part)) || IsTail(part)))
                result[^1] += ", " + part;
            else if (part.Length > 1)
                result.Add(part);
        }
        return [.. result];
    }

    /// <summary>
    /// A part that goes on the unit before it: lower-case, and an enumeration word ("ban", "ngành Thành phố") or no
    /// unit's name of its own ("thương mại và du lịch tỉnh" after "Trung tâm Xúc tiến đầu tư").
    /// </summary>
    private static bool IsTail(string part)
    {
        if (part.Length == 0 || !char.IsLower(part[0])) return false;
        var folded = VietnameseText.Fold(part);
        return EnumerationTails.Any(t => folded == t || folded.StartsWith(t + " ", StringComparison.Ordinal)) || !UnitNames.LooksLikeUnit(part);
    }
}
