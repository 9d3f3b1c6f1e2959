using System.Text.RegularExpressions;
using CommuneDocs.Model;

namespace CommuneDocs.Text;

/// <summary>Dates as Vietnamese documents write them: "18/7/2025", "ngày 06 tháng 01 năm 2022", "tháng 12/2025", "Quý III năm 2025".</summary>
internal static partial class VietnameseDates
{
    [GeneratedRegex(@"(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"ngày\s*(?<d>\d{1,2})\s*tháng\s*(?<m>\d{1,2})\s*năm\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"tháng\s*(?<m>\d{1,2})\s*(?:/|năm|-)\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"quý\s+(?<q>IV|III|II|I|[1-4])\s*(?:/|năm|-)?\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterYear();

    [GeneratedRegex(@"^\s*(?:năm\s*)?(?<y>\d{4})\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    /// <summary>A date found in text, where it stands and how long its text is.</summary>
    public readonly record struct Found(PartialDate Date, int Index, int Length);

    /// <summary>Every date in the text, in order, each as precise as written.</summary>
    public static List<Found> FindAll(string text)
    {
        var found = new List<Found>();
        void Add(Match m, PartialDate? d)
        {
            if (d is null) return;
            if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length)) return;
            found.Add(new Found(d.Value, m.Index, m.Length));
        }
        foreach (Match m in WordDate().Matches(text)) Add(m, PartialDate.TryCreate(Int(m, "y"), Int(m, "m"), Int(m, "d")));
        foreach (Match m in NumericDate().Matches(text)) Add(m, PartialDate.TryCreate(Int(m, "y"), Int(m, "m"), Int(m, "d")));
        foreach (Match m in QuarterYear().Matches(text)) Add(m, PartialDate.TryCreate(Int(m, "y"), quarter: Quarter(m.Groups["q"].Value)));
        foreach (Match m in MonthYear().Matches(text)) Add(m, PartialDate.TryCreate(Int(m, "y"), Int(m, "m")));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>Parses a cell or clause that is only a time ("Năm 2025", "Quý III/2025", "Tháng 12/2025", "30/9/2025").</summary>
    public static PartialDate? ParseTime(string text)
    {
        var all = FindAll(text);
        if (all.Count > 0) return all.OrderBy(f => LastDay(f.Date)).Last().Date;
        var y = YearOnly().Match(text);
        return y.Success ? PartialDate.TryCreate(Int(y, "y")) : null;
    }

    /// <summary>The last day a partial date covers, for ordering ("2025-Q3" ends on 30 September 2025).</summary>
    public static DateOnly LastDay(PartialDate d)
    {
        if (d.Day is { } day) return new DateOnly(d.Year, d.Month!.Value, day);
        var month = d.Month ?? (d.Quarter is { } q ? q * 3 : 12);
        return new DateOnly(d.Year, month, DateTime.DaysInMonth(d.Year, month));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Quarter(string q) => q.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        _ => 4,
    };
}
