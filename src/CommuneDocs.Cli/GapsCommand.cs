using System.CommandLine;
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
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .txt), contract .json files, or folders searched recursively for plan files." };
        var index = new Option<string?>("--index", "-i") { Description = "An index folder to take candidate tasks from (plans it lacks are added); without it an index in memory is used." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the JSON report (gaps.schema.json) to this file instead of standard output." };
        var html = new Option<string?>("--html") { Description = "Also write the report as one self-contained HTML page (a matrix of task families × communes) to this file." };
        var minSupport = new Option<int>("--min-support", "-k") { Description = "A plan lacks a task when at least this many sibling plans have it (default 2).", DefaultValueFactory = _ => ComparisonOptions.Default.MinSupport };
        var ocr = ParseFlags.Ocr();
        var lang = LangOption.Create();
        var command = new Command("gaps", """
            Compare sibling plans (plans that implement the same upper-level document, found from their references and
            titles), group their equivalent tasks into families, and list for each plan the families it lacks.
            Writes the JSON report to --out or standard output, and a table per commune to standard error
            (to standard output when --out is given).
            --html FILE also writes the same report as one HTML page that needs no network: per sibling group a matrix
            of task families × communes whose cells read "Có" (has, with the task's id), "Thiếu" (missing: a gap), "Có
            một phần" (a gap a broader task of the plan covers in part) or "Ít xã có" (lacked, but too few siblings
            have it for a gap), then each commune's targets and deadlines weaker than its siblings'; a cell opens the
            task's text with its file and page, or for a gap the siblings' tasks; families sort by how many communes
            miss them, columns by commune. --lang en writes the page and table in English. The JSON still goes to
            --out or standard output.
            Examples:
              communedocs gaps corpus/000*.txt corpus/001*.txt corpus/002*.txt corpus/003*.txt --out gaps.json
              communedocs gaps corpus/00[0-3]*.txt --out gaps.json --html gaps.html
            Exit codes: 0 compared, 1 some inputs failed (the others are compared), 2 usage error.
            """)
        {
            paths, index, output, html, minSupport, ocr, lang,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(index), result.GetValue(output), result.GetValue(html), result.GetValue(minSupport),
            ParseFlags.Bind(result.GetValue(ocr)), LangOption.Bind(result.GetValue(lang))));
        return command;
    }

    private static int Run(string[] paths, string? indexFolder, string? outFile, string? htmlFile, int minSupport, ParseOptions parseOptions, ReportLanguage language)
    {
        if (minSupport < 1)
        {
            Console.Error.WriteLine("communedocs: --min-support must be at least 1.");
            return 2;
        }
        var failures = new List<(string Path, string Error)>();
        var loaded = PlanInputs.Load(paths, parseOptions, failures);
        if (loaded.Count == 0 && failures.Count == 0)
        {
            Console.Error.WriteLine("communedocs: no input files found.");
            return 2;
        }
        var options = ComparisonOptions.Default with { MinSupport = minSupport };
        GapReport report;
        try
        {
            using var idx = indexFolder is null ? null : PlanIndex.Open(indexFolder);
            report = PlanComparer.Compare(loaded.Select(p => p.Plan).ToList(), options, idx);
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
        else if (!TryWrite(outFile, stream => GapReportJson.Write(report, stream)))
        {
            return 1;
        }
        if (htmlFile is not null && !TryWrite(htmlFile, stream => GapReportHtml.Write(report, stream, language))) return 1;
        GapReportText.Write(report, table, language);
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Writes a file, replacing it; a failure is reported on standard error.</summary>
    private static bool TryWrite(string path, Action<Stream> write)
    {
        try
        {
            using var file = File.Create(path);
            write(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"communedocs: cannot write {path}: {ex.Message}");
            return false;
        }
    }
}
