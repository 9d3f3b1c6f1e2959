using System.CommandLine;
using System.Globalization;
using CommuneDocs.Comparison;
using CommuneDocs.Indexing;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs gaps PATH...</c>: the tasks each plan lacks that its sibling plans have.</summary>
internal static class GapsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .txt), contract .json files, or folders searched recursively for plan files." };
        var index = new Option<string?>("--index", "-i") { Description = "An index folder to take candidate tasks from (plans it lacks are added); without it an index in memory is used." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the JSON report (gaps.schema.json) to this file instead of standard output." };
        var minSupport = new Option<int>("--min-support", "-k") { Description = "A plan lacks a task when at least this many sibling plans have it (default 2).", DefaultValueFactory = _ => ComparisonOptions.Default.MinSupport };
        var ocr = ParseFlags.Ocr();
        var command = new Command("gaps", """
            Compare sibling plans (plans that implement the same upper-level document, found from their references and
            titles), group their equivalent tasks into families, and list for each plan the families it lacks.
            Writes the JSON report to --out or standard output, and a table per commune to standard error
            (to standard output when --out is given).
            Example: communedocs gaps corpus/000*.txt corpus/001*.txt corpus/002*.txt corpus/003*.txt --out gaps.json
            Exit codes: 0 compared, 1 some inputs failed (the others are compared), 2 usage error.
            """)
        {
            paths, index, output, minSupport, ocr,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(index), result.GetValue(output), result.GetValue(minSupport), ParseFlags.Bind(result.GetValue(ocr))));
        return command;
    }

    private static int Run(string[] paths, string? indexFolder, string? outFile, int minSupport, ParseOptions parseOptions)
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
        else
        {
            try
            {
                using var file = File.Create(outFile);
                GapReportJson.Write(report, file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"communedocs: cannot write {outFile}: {ex.Message}");
                return 1;
            }
        }
        WriteTable(report, table);
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }

    private static void WriteTable(GapReport report, TextWriter w)
    {
        var families = report.Families.ToDictionary(f => f.Id);
        foreach (var plan in report.Plans)
        {
            var name = plan.Commune ?? "?";
            if (plan.SiblingGroup is null)
            {
                w.WriteLine($"{name} ({plan.Source}): no sibling plan; not compared.");
                continue;
            }
            var gaps = report.Gaps.FirstOrDefault(g => g.Source == plan.Source);
            var missing = gaps?.Missing ?? [];
            w.WriteLine($"{name} ({plan.Source}), sibling group {plan.SiblingGroup}: {(missing.Length == 0 ? "nothing missing" : $"{missing.Length} missing")}");
            foreach (var m in missing)
            {
                var closest = m.Closest is { } c ? string.Create(CultureInfo.InvariantCulture, $"  ~ closest {c.TaskId} ({c.Score:0.00})") : "";
                w.WriteLine($"  {m.Family,-4} {m.Support}/{m.Of}  {families[m.Family].Title}{closest}");
            }
        }
    }
}
