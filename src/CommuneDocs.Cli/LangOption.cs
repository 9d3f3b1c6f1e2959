using System.CommandLine;
using CommuneDocs.Export;

namespace CommuneDocs.Cli;

/// <summary><c>--lang vi|en</c>: the language of what a person reads (tables, page, workbook); Vietnamese by default.</summary>
internal static class LangOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of the tables, page and workbook: vi (Vietnamese) or en (English).",
            DefaultValueFactory = _ => "vi",
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
    }

    public static ReportLanguage Bind(string? value) => value == "en" ? ReportLanguage.English : ReportLanguage.Vietnamese;
}
