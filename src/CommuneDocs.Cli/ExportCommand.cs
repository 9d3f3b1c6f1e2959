using System.CommandLine;
using CommuneDocs.Export;
using CommuneDocs.Export.Xlsx;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs export PATH... --xlsx FILE</c>: parses plans and writes them as one Excel workbook (issue #8).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .txt) or folders, searched recursively, and contract .json files (as 'parse --out' writes them)." };
        var xlsx = new Option<string>("--xlsx") { Required = true, Description = "The Excel workbook (.xlsx) to write; replaced if it exists." };
        var ocr = ParseFlags.Ocr();
        var lang = LangOption.Create();
        var command = new Command("export", """
            Parse plans (or read their contract JSON) and write them as one Excel workbook, in Vietnamese (--lang en:
            English): a sheet 'Kế hoạch' with a row per document (its .docx, PDF and .txt are one plan), sheets 'Nhiệm
            vụ', 'Chỉ tiêu' and 'Đơn vị thực hiện' with a row per task, target and unit duty and the PDF page it is on,
            and a sheet per indicator table named after its plan. Each sheet has a frozen header row and an
            auto-filter and prints landscape, one page wide, the header on every page; full dates are date cells
            (dd/mm/yyyy), a month or quarter is text in its own column ("10/2025", "Quý III/2025").
            Examples:
              communedocs export corpus/ --xlsx plans.xlsx
              communedocs parse corpus/ --out out/ && communedocs export out/*.json --xlsx plans.xlsx
            Exit codes: 0 all exported, 1 some inputs failed (listed on standard error; the others are exported, and
            nothing is written when none could be read), 2 usage error or no input files found.
            """)
        {
            paths, xlsx, ocr, lang,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(xlsx)!, ParseFlags.Bind(result.GetValue(ocr)), LangOption.Bind(result.GetValue(lang))));
        return command;
    }

    private static int Run(string[] paths, string xlsx, ParseOptions parseOptions, ReportLanguage language)
    {
        var failures = new List<(string Path, string Error)>();
        var loaded = PlanInputs.Load(paths, parseOptions, failures);
        var parsed = loaded.Select(l => l.Plan).ToList();
        if (parsed.Count == 0)
        {
            var none = failures.All(f => f.Error == "no such file or folder");
            Console.Error.WriteLine(none ? "communedocs: no input files found." : "communedocs: no plan could be read; nothing exported.");
            foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
            return none ? 2 : 1;
        }
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(xlsx)) is { } dir) Directory.CreateDirectory(dir);
            PlanWorkbook.Write(parsed, xlsx, language);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"communedocs: cannot write '{xlsx}': {ex.Message}");
            return 1;
        }
        Console.Error.WriteLine($"Exported {parsed.Count} of {parsed.Count + failures.Count} input(s) to {xlsx}.");
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }
}
