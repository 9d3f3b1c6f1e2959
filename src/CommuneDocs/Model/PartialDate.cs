using System.Globalization;

namespace CommuneDocs.Model;

/// <summary>
/// A date known only as far as the text states it: a year, a year and a quarter, a year and a month, or a full date.
/// Written as ISO 8601 cut to what is known: "2025", "2025-Q3", "2025-08", "2025-08-26".
/// </summary>
public readonly record struct PartialDate
{
    /// <summary>Creates a date from its known parts; a day needs a month, a quarter excludes month and day.</summary>
    public PartialDate(int year, int? month = null, int? day = null, int? quarter = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        if (quarter is not null && (quarter is < 1 or > 4 || month is not null))
            throw new ArgumentOutOfRangeException(nameof(quarter));
        Year = year;
        Month = month;
        Day = day;
        Quarter = quarter;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>The quarter (1-4), for dates stated as "Quý III năm 2025".</summary>
    public int? Quarter { get; }

    /// <summary>Creates a date, or returns null when the parts do not make a valid date.</summary>
    public static PartialDate? TryCreate(int year, int? month = null, int? day = null, int? quarter = null)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || quarter is < 1 or > 4) return null;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return null;
        return new PartialDate(year, month, day, quarter);
    }

    /// <summary>Parses the ISO form this type writes ("2025", "2025-Q3", "2025-08", "2025-08-26").</summary>
    public static PartialDate? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (parts.Length == 1) return TryCreate(year);
        if (parts[1].StartsWith('Q') && int.TryParse(parts[1].AsSpan(1), out var q)) return TryCreate(year, quarter: q);
        if (!int.TryParse(parts[1], out var month)) return null;
        if (parts.Length == 2) return TryCreate(year, month);
        return int.TryParse(parts[2], out var day) ? TryCreate(year, month, day) : null;
    }

    /// <summary>The ISO 8601 form cut to what is known.</summary>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        if (Quarter is { } q) return string.Create(inv, $"{Year:D4}-Q{q}");
        if (Month is not { } m) return Year.ToString("D4", inv);
        return Day is { } d ? string.Create(inv, $"{Year:D4}-{m:D2}-{d:D2}") : string.Create(inv, $"{Year:D4}-{m:D2}");
    }
}
