using System.CommandLine;
using CommuneDocs.Export.Xlsx;
using CommuneDocs.Model;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs export PATH... --xlsx FILE</c>: parses plans and writes them as one Excel workbook (issue #8).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .txt) or folders, searched recursively." };
        var xlsx = new Option<string>("--xlsx") { Required = true, Description = "The Excel workbook (.xlsx) to write; replaced if it exists." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files parsed at once (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("export", """
            Parse plans and write them as one Excel workbook: a sheet 'Plans' with a row per plan, sheets 'Tasks',
            'Targets' and 'Units' with a row per task, target and unit duty, and a sheet per indicator table. Each sheet
            has a frozen header row and an auto-filter; full dates are date cells, partial ones ("2025-08") text.
            Example: communedocs export corpus/ --xlsx plans.xlsx
            Exit codes: 0 all exported, 1 some inputs failed (listed on standard error; the others are exported, and
            nothing is written when none could be read), 2 usage error or no input files found.
            """)
        {
            paths, xlsx, jobs,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(xlsx)!, result.GetValue(jobs)));
        return command;
    }

    private static int Run(string[] paths, string xlsx, int jobs)
    {
        var failures = new List<(string Path, string Error)>();
        var files = InputFiles.Expand(paths, failures);
        var missing = failures.Count;
        var plans = new PlanDocument?[files.Count];
        var errors = new string?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            try
            {
                plans[i] = PlanParser.Parse(files[i]);
            }
            catch (Exception ex) when (ex is DocumentFormatException or PlanParseException or IOException or UnauthorizedAccessException)
            {
                errors[i] = ex.Message;
            }
            catch (Exception ex)
            {
                // A parser bug must not stop the export; it is reported with the file that triggered it.
                errors[i] = $"internal error ({ex.GetType().Name}): {ex.Message}";
            }
        });
        for (var i = 0; i < files.Count; i++)
        {
            if (errors[i] is { } e) failures.Add((files[i], e));
        }
        var parsed = plans.OfType<PlanDocument>().ToList();
        if (parsed.Count == 0)
        {
            Console.Error.WriteLine(files.Count == 0 ? "communedocs: no input files found." : "communedocs: no plan could be read; nothing exported.");
            foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
            return files.Count == 0 ? 2 : 1;
        }
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(xlsx)) is { } dir) Directory.CreateDirectory(dir);
            PlanWorkbook.Write(parsed, xlsx);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"communedocs: cannot write '{xlsx}': {ex.Message}");
            return 1;
        }
        Console.Error.WriteLine($"Exported {parsed.Count} of {files.Count + missing} input(s) to {xlsx}.");
        if (failures.Count == 0) return 0;
        Console.Error.WriteLine($"{failures.Count} failed:");
        foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
        return 1;
    }
}
