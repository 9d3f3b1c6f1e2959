using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>
/// A task's time as a field or an appendix cell states it: the deadline is the latest date it names (a range ends at
/// its end: "Từ tháng 12/2025 đến quý I/2026" is Quý I/2026), and a date marked "chậm nhất" wins over one marked "dự
/// kiến" ("dự kiến 05/12/2025 (chậm nhất 10/12/2025)"); a time that recurs ("thường xuyên", "hằng năm") is recurring.
/// </summary>
internal static partial class TaskTimes
{
    /// <summary>The deadline a time text states, or null when it names no date.</summary>
    public static PartialDate? Deadline(string timeText)
    {
        var found = VietnameseDates.FindTimes(timeText);
        if (found.Count == 0) return null;
        var firm = found.Where(f => FirmBefore().IsMatch(timeText[Math.Max(0, f.Index - 25)..f.Index])).ToList();
        var pool = firm.Count > 0 ? firm : found;
        return ((DateParts?)pool.MaxBy(f => f.Date.LastDay).Date).ToPartialDate();
    }

    /// <summary>Whether the time is ongoing or periodic rather than once.</summary>
    public static bool IsRecurring(string timeText) => Recurring().IsMatch(timeText);

    /// <summary>"chậm nhất", "trước ngày", "không quá": the words of a hard limit.</summary>
    [GeneratedRegex(@"(?:chậm\s+nhất|trước\s+ngày|không\s+quá|hạn\s+chót|hạn\s+cuối)[^0-9]{0,12}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FirmBefore();

    [GeneratedRegex(@"thường\s+xuyên|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)|định\s+kỳ|liên\s+tục|xuyên\s+suốt", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Recurring();
}
