using System.CommandLine;
using CommuneDocs.Indexing;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs index PATH... --index DIR</c>: adds plans to a clause index, skipping those unchanged.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .txt), contract .json files, or folders searched recursively for plan files." };
        var index = new Option<string>("--index", "-i") { Required = true, Description = "The index folder; created when missing." };
        var ocr = ParseFlags.Ocr();
        var command = new Command("index", """
            Index the clauses of plans (outline, tasks, items, targets, unit duties, table rows) for `search` and `gaps`.
            A plan is keyed by its source file name (a .json result counts as the file it was parsed from); a file indexed
            before with the same content is skipped, a changed one replaced.
            Example: communedocs index corpus/ --index idx/
            Exit codes: 0 all indexed, 1 some inputs failed (listed at the end), 2 usage error.
            """)
        {
            paths, index, ocr,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(index)!, ParseFlags.Bind(result.GetValue(ocr))));
        return command;
    }

    private static int Run(string[] paths, string folder, ParseOptions parseOptions)
    {
        var failures = new List<(string Path, string Error)>();
        var plans = PlanInputs.Load(paths, parseOptions, failures);
        if (plans.Count == 0 && failures.Count == 0)
        {
            Console.Error.WriteLine("communedocs: no input files found.");
            return 2;
        }
        try
        {
            using var idx = PlanIndex.Open(folder);
            var counts = idx.UpdateAll(plans.Select(p => (p.Plan, p.Plan.Source.File, p.ContentHash))).CountBy(o => o).ToDictionary();
            Console.Error.WriteLine($"Indexed into {folder}: {counts.GetValueOrDefault(IndexOutcome.Added)} added, {counts.GetValueOrDefault(IndexOutcome.Replaced)} replaced, {counts.GetValueOrDefault(IndexOutcome.Unchanged)} unchanged; {idx.ClauseCount()} clauses in all.");
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"communedocs: {ex.Message}");
            return 1;
        }
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }
}
