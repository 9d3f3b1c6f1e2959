using System.Text.RegularExpressions;

namespace CommuneDocs.Text;

/// <summary>Dates as Vietnamese documents write them: "18/7/2025", "ngày 06 tháng 01 năm 2022", "tháng 12/2025", "Quý III năm 2025".</summary>
/// <summary>The parts of a date as far as the text states them; a quarter excludes month and day.</summary>
internal readonly record struct DateParts(int Year, int? Month = null, int? Day = null, int? Quarter = null)
{
    /// <summary>Valid parts only: a real day of a real month, a quarter from 1 to 4, a plausible year.</summary>
    public static DateParts? TryCreate(int year, int? month = null, int? day = null, int? quarter = null)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || quarter is < 1 or > 4) return null;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return null;
        return new DateParts(year, month, day, quarter);
    }

    /// <summary>The last day the date covers, for ordering ("Quý III/2025" ends on 30 September 2025).</summary>
    public DateOnly LastDay
    {
        get
        {
            if (Day is { } day) return new DateOnly(Year, Month!.Value, day);
            var month = Month ?? (Quarter is { } q ? q * 3 : 12);
            return new DateOnly(Year, month, DateTime.DaysInMonth(Year, month));
        }
    }
}

internal static partial class VietnameseDates
{
    [GeneratedRegex(@"(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:ngày\s*)?(?<d>\d{1,2})\s*tháng\s*(?<m>\d{1,2})\s*năm\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"tháng\s*(?<m>\d{1,2})\s*(?:/|năm|-)\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"quý\s+(?<q>IV|III|II|I|[1-4])\s*(?:/|năm|-)?\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterYear();

    [GeneratedRegex(@"^\s*(?:năm\s*)?(?<y>\d{4})\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    /// <summary>A date found in text, where it stands and how long its text is.</summary>
    public readonly record struct Found(DateParts Date, int Index, int Length);

    /// <summary>Every date in the text, in order, each as precise as written.</summary>
    public static List<Found> FindAll(string text)
    {
        var found = new List<Found>();
        var covered = new bool[text.Length];
        void Add(Match m, DateParts? d)
        {
            if (d is null || Array.IndexOf(covered, true, m.Index, m.Length) >= 0) return;
            Array.Fill(covered, true, m.Index, m.Length);
            found.Add(new Found(d.Value, m.Index, m.Length));
        }
        foreach (Match m in WordDate().Matches(text)) Add(m, DateParts.TryCreate(Int(m, "y"), Int(m, "m"), Int(m, "d")));
        foreach (Match m in NumericDate().Matches(text)) Add(m, DateParts.TryCreate(Int(m, "y"), Int(m, "m"), Int(m, "d")));
        foreach (Match m in QuarterYear().Matches(text)) Add(m, DateParts.TryCreate(Int(m, "y"), quarter: Quarter(m.Groups["q"].Value)));
        foreach (Match m in MonthYear().Matches(text)) Add(m, DateParts.TryCreate(Int(m, "y"), Int(m, "m")));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>
    /// Every date a clause that states a time names (a task's "Thời gian:" field, an appendix's time cell): the dates
    /// <see cref="FindAll"/> finds, and also a month written "12/2025" and a year written alone or as a range's end
    /// ("Năm 2025 - 2026", "2025-2030"), which in running text are too often something else.
    /// </summary>
    public static List<Found> FindTimes(string text)
    {
        var found = FindAll(text);
        var covered = new bool[text.Length];
        foreach (var f in found) Array.Fill(covered, true, f.Index, f.Length);
        void Add(Match m, DateParts? d)
        {
            if (d is null || Array.IndexOf(covered, true, m.Index, m.Length) >= 0) return;
            Array.Fill(covered, true, m.Index, m.Length);
            found.Add(new Found(d.Value, m.Index, m.Length));
        }
        foreach (Match m in NumericMonthYear().Matches(text)) Add(m, DateParts.TryCreate(Int(m, "y"), Int(m, "m")));
        foreach (Match m in YearInText().Matches(text)) Add(m, DateParts.TryCreate(Int(m, "y")));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>"12/2025": a month; not the middle of a document number ("52/2015/NĐ-CP") or of a date.</summary>
    [GeneratedRegex(@"(?<![\d/.])(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonthYear();

    /// <summary>A year on its own ("năm 2026", "2025 - 2030"); not part of a number or symbol.</summary>
    [GeneratedRegex(@"(?<![\d/.])(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearInText();

    // "Thời gian hoàn thành: tháng 8/2025", "trước ngày 31/12/2025", "chậm nhất Quý III/2025", "trong Quý III năm 2025",
    // "từ tháng 01 đến ngày 15/3/2026".
    [GeneratedRegex(@"(thời gian|thời hạn|hoàn thành|trước ngày|trước|chậm nhất|hạn chót|xong|trong|đến)\s*[^.;]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompletionCue();

    // "... 1565/QĐ-TTg ngày", "... số 45 ngày": the date that follows is a cited document's.
    [GeneratedRegex(@"(/[\p{L}\-]+|\bsố\s+\S+)\s*ngày\s*$")]
    private static partial Regex CitedDocumentThenDate();

    /// <summary>
    /// The dates a clause sets as completion times: each date after a cue ("Thời gian hoàn thành", "trước ngày",
    /// "chậm nhất", "trong", "đến") within 40 characters of the same sentence, except the date of a cited document
    /// ("Quyết định số 1565/QĐ-TTg ngày 18/7/2025").
    /// </summary>
    public static List<DateParts> CompletionDates(string text)
    {
        var dates = new List<DateParts>();
        foreach (var found in FindAll(text))
        {
            var before = text[Math.Max(0, found.Index - 80)..found.Index];
            if (!CompletionCue().IsMatch(before)) continue;
            if (CitedDocumentThenDate().IsMatch(before.Length > 30 ? before[^30..] : before)) continue;
            dates.Add(found.Date);
        }
        return dates;
    }

    /// <summary>Parses a cell or clause that is only a time ("Năm 2025", "Quý III/2025", "Tháng 12/2025", "30/9/2025").</summary>
    public static DateParts? ParseTime(string text)
    {
        var all = FindAll(text);
        if (all.Count > 0) return all.OrderBy(f => f.Date.LastDay).Last().Date;
        var y = YearOnly().Match(text);
        return y.Success ? DateParts.TryCreate(Int(y, "y")) : null;
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
