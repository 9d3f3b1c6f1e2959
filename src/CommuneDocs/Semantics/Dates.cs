using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>Dates read from text as the model's <see cref="PartialDate"/>.</summary>
internal static class Dates
{
    public static PartialDate? ToPartialDate(this DateParts? parts) =>
        parts is { } p ? PartialDate.TryCreate(p.Year, p.Month, p.Day, p.Quarter) : null;

    public static PartialDate? ParseTime(string text) => VietnameseDates.ParseTime(text).ToPartialDate();

    /// <summary>The last day the date covers ("2025-Q3" ends on 30 September 2025), for telling which of two is later.</summary>
    public static DateOnly LastDay(this PartialDate date) => new DateParts(date.Year, date.Month, date.Day, date.Quarter).LastDay;
}
