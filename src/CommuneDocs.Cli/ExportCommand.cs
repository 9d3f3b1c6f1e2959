using System.CommandLine;
using CommuneDocs.Export;
using CommuneDocs.Export.Xlsx;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs export PATH... --xlsx FILE</c>: parses plans and writes them as one Excel workbook (issue #8).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .txt) or folders, searched recursively, and contract .json files (as 'parse --out' writes them)." };
        var xlsx = new Option<string>("--xlsx") { Required = true, HelpName = "FILE", Description = "The Excel workbook (.xlsx) to write; replaced if it exists." };
        var ocr = ParseFlags.Ocr();
        var jobs = ParseFlags.Jobs("Files read at once");
        var lang = LangOption.Create();
        var command = new DocumentedCommand("export", "Write plans as one Excel workbook.")
        {
            Details = """
                Plans are parsed (or their contract JSON read) and written in Vietnamese (--lang en: English): a sheet
                'Kế hoạch' with a row per document (its .docx, PDF and .txt are one plan), sheets 'Nhiệm vụ', 'Chỉ tiêu'
                and 'Đơn vị thực hiện' with a row per task, target and unit duty and the PDF page it is on, and a sheet
                per indicator table named after its plan. Each sheet has a frozen header row and an auto-filter and
                prints landscape, one page wide, the header on every page; full dates are date cells (dd/mm/yyyy), a
                month or quarter is text in its own column ("10/2025", "Quý III/2025"). The workbook is written whole.
                """,
            Examples = ["communedocs export corpus/ --xlsx plans.xlsx", "communedocs parse corpus/ --out out/ && communedocs export out/*.json --xlsx plans.xlsx"],
            ExitCodes = "0 all exported, 1 some inputs failed (listed on standard error; the others are exported, and nothing is written when none could be read), 2 usage error or no input files found, 130 interrupted (nothing written).",
        };
        command.Add(paths);
        command.Add(xlsx);
        command.Add(jobs);
        command.Add(ocr);
        command.Add(lang);
        command.SetAction((result, token) => Run(result.GetValue(paths)!, result.GetValue(xlsx)!, ParseFlags.Bind(result.GetValue(ocr)), ParseFlags.JobsOr(result.GetValue(jobs)), LangOption.Bind(result.GetValue(lang)), token));
        return command;
    }

    private static async Task<int> Run(string[] paths, string xlsx, ParseOptions parseOptions, int jobs, ReportLanguage language, CancellationToken token)
    {
        var failures = new List<(string Path, string Error)>();
        var scanned = new HashSet<string>();
        var files = InputFiles.Expand(paths, failures, scanned);
        var reading = Progress.OnTerminal("read", files.Count);
        var outputs = new WholeFiles();
        List<LoadedDocument> documents;
        try
        {
            var loaded = await Interruption.Run(() => PlanInputs.Load(files, parseOptions, failures, reading, jobs, token, scanned), token);
            reading.Done();
            documents = PlanInputs.Documents(loaded);
            if (documents.Count == 0)
            {
                var none = failures.All(f => f.Error == "no such file or folder");
                Console.Error.WriteLine(none ? "communedocs: no input files found." : "communedocs: no plan could be read; nothing exported.");
                foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
                return none ? 2 : 1;
            }
            PlanInputs.ReportDocuments(documents);
            if (Path.GetDirectoryName(Path.GetFullPath(xlsx)) is { } dir) Directory.CreateDirectory(dir);
            await Interruption.Run(() => outputs.Write(xlsx, stream => PlanWorkbook.Write(documents.Select(d => d.Plan), stream, language)), token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            outputs.Close();
            reading.Done();
            return Interruption.Report($"nothing written to {xlsx}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"communedocs: cannot write '{xlsx}': {ex.Message}");
            return 1;
        }
        var read = documents.Sum(d => d.Files.Count);
        Console.Error.WriteLine($"Exported {Interruption.Count(documents.Count)} plan(s) from {Interruption.Count(read)} of {Interruption.Count(read + failures.Count)} input(s) to {xlsx}.");
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }
}
