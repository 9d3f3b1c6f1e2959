using CommuneDocs.Model;

namespace CommuneDocs.Export.Xlsx;

/// <summary>
/// Writes parsed plans as one Excel workbook (.xlsx, SpreadsheetML), in Vietnamese unless told otherwise: a sheet of
/// plans with a row per document (a document read from several files, its .docx and its signed PDF, is one plan), sheets
/// of tasks, targets and unit duties with a row each and the page each is stated on, and a sheet per indicator table
/// named after its plan. Every sheet prints landscape on A4, fitted to the page width, its header row repeated on each
/// page and frozen on screen, long text wrapped; dates known to the day are date cells (dd/MM/yyyy), a month, quarter
/// or year is text in its own column; target values, years and counts are numbers.
/// </summary>
public static class PlanWorkbook
{
    /// <summary>The names of the sheets written before the indicator tables, in order.</summary>
    public static IReadOnlyList<string> FixedSheets(ReportLanguage language = ReportLanguage.Vietnamese) =>
        new WorkbookSheets(ReportLabels.For(language)).FixedNames;

    /// <summary>Writes the workbook in Vietnamese to a stream; see <see cref="Write(IEnumerable{PlanDocument}, Stream, ReportLanguage)"/>.</summary>
    public static void Write(IEnumerable<PlanDocument> plans, Stream output) => Write(plans, output, ReportLanguage.Vietnamese);

    /// <summary>Writes the workbook to a stream; a stream that cannot seek or be read (standard output) gets it through a buffer.</summary>
    /// <param name="plans">The plans, in the order their rows are written.</param>
    /// <param name="output">Where the .xlsx package goes; it is left open.</param>
    /// <param name="language">The language of sheet names, headers and values such as kinds.</param>
    public static void Write(IEnumerable<PlanDocument> plans, Stream output, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(output);
        var sheets = Sheets(plans, language);
        if (output.CanSeek && output.CanRead && output.CanWrite)
        {
            WorkbookWriter.Write(sheets, output);
            return;
        }
        // The zip package is written with seeks back to its local headers, which a pipe cannot do.
        using var buffer = new MemoryStream();
        WorkbookWriter.Write(sheets, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Writes the workbook in Vietnamese to a file; see <see cref="Write(IEnumerable{PlanDocument}, string, ReportLanguage)"/>.</summary>
    public static void Write(IEnumerable<PlanDocument> plans, string path) => Write(plans, path, ReportLanguage.Vietnamese);

    /// <summary>Writes the workbook to a file, replacing it only once the whole workbook is written.</summary>
    /// <param name="plans">The plans, in the order their rows are written.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    /// <param name="language">The language of sheet names, headers and values such as kinds.</param>
    public static void Write(IEnumerable<PlanDocument> plans, string path, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temp = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                Write(plans, stream, language);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
    }

    /// <summary>The sheets of the workbook with their rows, before anything is written.</summary>
    internal static List<SheetTable> Sheets(IEnumerable<PlanDocument> plans, ReportLanguage language = ReportLanguage.Vietnamese)
    {
        var list = plans.ToList();
        for (var i = 0; i < list.Count; i++) ArgumentNullException.ThrowIfNull(list[i], nameof(plans));
        return new WorkbookSheets(ReportLabels.For(language)).Build(list);
    }
}
