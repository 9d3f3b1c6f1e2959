namespace CommuneDocs.Export;

/// <summary>The language of what a person reads in a report: the gaps page, the workbook and the terminal tables.</summary>
public enum ReportLanguage
{
    /// <summary>Vietnamese, as the offices that read the reports write (the default).</summary>
    Vietnamese,

    /// <summary>English.</summary>
    English,
}
