using System.CommandLine;
using System.Globalization;
using CommuneDocs.Comparison;
using CommuneDocs.Export;
using CommuneDocs.Export.Html;
using CommuneDocs.Indexing;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs gaps PATH...</c>: the tasks each plan lacks that its sibling plans have.</summary>
internal static class GapsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .txt), contract .json files, or folders searched recursively for plan files." };
        var index = new Option<string?>("--index", "-i") { HelpName = "DIR", Description = "An index folder to take candidate tasks from (plans it lacks are added); without it an index in memory is used." };
        var output = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Write the JSON report (gaps.schema.json) to this file instead of standard output." };
        var html = new Option<string?>("--html") { HelpName = "FILE", Description = "Also write the report as one self-contained HTML page (a matrix of task families × communes) to this file." };
        var minSupport = Flags.Count("--min-support", "-k", "A plan lacks a task when at least this many sibling plans have it.", min: 1, defaultValue: ComparisonOptions.Default.MinSupport);
        var ocr = ParseFlags.Ocr();
        var jobs = ParseFlags.Jobs("Files read at once, and threads the comparison uses");
        var lang = LangOption.Create();
        var command = new DocumentedCommand("gaps", "Find the tasks each plan lacks that its sibling plans have.")
        {
            Details = """
                Sibling plans implement the same upper-level document (found from their references and titles); their
                equivalent tasks are grouped into families, and each plan is listed with the families it lacks. Files that
                are one document in several formats are compared once. The JSON report goes to --out or standard output,
                and a table per commune to standard error (to standard output when --out is given).
                --html FILE also writes the report as one HTML page that needs no network, in Vietnamese (--lang en:
                English): per sibling group a matrix of task families × communes whose cells read "Có" (has, with the
                task's id), "Thiếu" (missing: a gap), "Có một phần" (a gap a broader task of the plan covers in part) or
                "Ít xã có" (lacked, but too few siblings have it for a gap), then each commune's targets and deadlines
                weaker than its siblings'; a cell opens the task's text with its file and page, or for a gap the
                siblings' tasks.
                """,
            Examples = ["communedocs gaps corpus/00[0-3]*.txt --out gaps.json", "communedocs gaps corpus/00[0-3]* --out gaps.json --html gaps.html"],
            ExitCodes = "0 compared, 1 some inputs failed (the others are compared), 2 usage error, 130 interrupted (nothing written).",
        };
        command.Add(paths);
        command.Add(index);
        command.Add(output);
        command.Add(html);
        command.Add(minSupport);
        command.Add(jobs);
        command.Add(ocr);
        command.Add(lang);
        command.SetAction((result, token) => Run(result.GetValue(paths)!, result.GetValue(index), result.GetValue(output), result.GetValue(html), result.GetValue(minSupport),
            ParseFlags.Bind(result.GetValue(ocr)), ParseFlags.JobsOr(result.GetValue(jobs)), LangOption.Bind(result.GetValue(lang)), token));
        return command;
    }

    private static async Task<int> Run(string[] paths, string? indexFolder, string? outFile, string? htmlFile, int minSupport, ParseOptions parseOptions, int jobs, ReportLanguage language, CancellationToken token)
    {
        var failures = new List<(string Path, string Error)>();
        var scanned = new HashSet<string>();
        var files = InputFiles.Expand(paths, failures, scanned);
        if (files.Count == 0 && failures.Count == 0)
        {
            Console.Error.WriteLine("communedocs: no input files found.");
            return 2;
        }
        var reading = Progress.OnTerminal("read", files.Count);
        var outputs = new WholeFiles();
        GapReport report;
        List<LoadedDocument> documents;
        try
        {
            var loaded = await Interruption.Run(() => PlanInputs.Load(files, parseOptions, failures, reading, jobs, token, scanned), token);
            reading.Done();
            documents = PlanInputs.Documents(loaded);
            PlanInputs.ReportDocuments(documents);
            var options = ComparisonOptions.Default with { MinSupport = minSupport, MaxDegreeOfParallelism = jobs };
            report = await Interruption.Run(() =>
            {
                using var idx = indexFolder is null ? null : PlanIndex.Open(indexFolder);
                return PlanComparer.Compare(documents.Select(d => d.Plan).ToList(), options, idx);
            }, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            outputs.Close();
            reading.Done();
            return Interruption.Report($"nothing written{(outFile is null ? "" : " to " + outFile)} (stopped before the comparison was done)");
        }
        catch (IndexFormatException ex)
        {
            Console.Error.WriteLine($"communedocs: the index in {indexFolder} was made by another version (index format {ex.Found}); index the plans again: communedocs index PATH... --index {indexFolder}");
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"communedocs: {ex.Message}");
            return 1;
        }
        var table = outFile is null ? Console.Error : Console.Out;
        if (outFile is null)
        {
            using var stdout = Console.OpenStandardOutput();
            GapReportJson.Write(report, stdout);
            stdout.Write("\n"u8);
        }
        else if (!TryWrite(outputs, outFile, stream => GapReportJson.Write(report, stream)))
        {
            return 1;
        }
        if (htmlFile is not null && !TryWrite(outputs, htmlFile, stream => GapReportHtml.Write(report, stream, language))) return 1;
        GapReportText.Write(report, table, language);
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Writes a file whole, replacing it; a failure is reported on standard error.</summary>
    private static bool TryWrite(WholeFiles outputs, string path, Action<Stream> write)
    {
        try
        {
            return outputs.Write(path, write);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"communedocs: cannot write {path}: {ex.Message}");
            return false;
        }
    }
}
