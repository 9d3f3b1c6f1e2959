using System.CommandLine;
using CommuneDocs.Indexing;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs index PATH... --index DIR</c>: adds plans to a clause index, each document once, skipping those unchanged.</summary>
internal static class IndexCommand
{
    /// <summary>
    /// Documents written in one commit for each job: an interruption waits for at most one batch, and a batch is
    /// large enough to be cut into parts indexed at once on every job (<see cref="PlanIndex.UpdateAll(IEnumerable{IndexEntry}, int)"/>)
    /// and for its commit to be a small part of its time.
    /// </summary>
    internal const int BatchPerJob = 100;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .txt), contract .json files, or folders searched recursively for plan files." };
        var index = new Option<string>("--index", "-i") { Required = true, HelpName = "DIR", Description = "The index folder; created when missing." };
        var ocr = ParseFlags.Ocr();
        var jobs = ParseFlags.Jobs("Files read at once");
        var command = new DocumentedCommand("index", "Index the clauses of plans for `search` and `gaps`.")
        {
            Details = """
                Outline, tasks at every depth, items, targets, unit duties and table rows are indexed. Files that are one
                document in several formats (the same kind, number, issuer and date, or the same text) are indexed once,
                under the name of the file that stands for it (.docx before .pdf before .txt), with every file listed.
                A document indexed before with the same files is skipped, a changed one replaced. An index made by an
                earlier version is made anew from the inputs.
                """,
            Examples = ["communedocs index corpus/ --index idx/"],
            ExitCodes = "0 all indexed, 1 some inputs failed (listed at the end), 2 usage error, 130 interrupted (the documents indexed so far are kept).",
        };
        command.Add(paths);
        command.Add(index);
        command.Add(jobs);
        command.Add(ocr);
        command.SetAction((result, token) => Run(result.GetValue(paths)!, result.GetValue(index)!, ParseFlags.Bind(result.GetValue(ocr)), ParseFlags.JobsOr(result.GetValue(jobs)), token));
        return command;
    }

    private static async Task<int> Run(string[] paths, string folder, ParseOptions parseOptions, int jobs, CancellationToken token)
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
        List<LoadedPlan> plans;
        try
        {
            plans = await Interruption.Run(() => PlanInputs.Load(files, parseOptions, failures, reading, jobs, token, scanned), token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            reading.Done();
            return Interruption.Report($"nothing indexed into {folder} (stopped while reading the inputs)");
        }
        reading.Done();
        var documents = PlanInputs.Documents(plans);
        PlanInputs.ReportDocuments(documents);
        try
        {
            using var idx = OpenOrRemake(folder);
            var indexing = Progress.OnTerminal("indexed", documents.Count);
            var counts = new Dictionary<IndexOutcome, int>();
            var done = 0;
            var gate = new object();
            try
            {
                await Interruption.Run(() =>
                {
                    foreach (var batch in documents.Chunk(BatchPerJob * jobs))
                    {
                        // A batch is one commit: it is finished before the count says so, and an interruption waits for it.
                        lock (gate)
                        {
                            if (token.IsCancellationRequested) break;
                            foreach (var outcome in idx.UpdateAll(batch.Select(d => d.ToIndexEntry()), jobs)) counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                            done += batch.Length;
                        }
                        indexing.Report(done);
                    }
                    return 0;
                }, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                lock (gate)
                {
                    indexing.Done();
                    return Interruption.Report($"{Interruption.Count(done)} of {Interruption.Count(documents.Count)} documents indexed into {folder}");
                }
            }
            indexing.Done();
            Console.Error.WriteLine($"Indexed {Interruption.Count(documents.Count)} document(s) from {Interruption.Count(plans.Count)} file(s) into {folder}: " +
                $"{counts.GetValueOrDefault(IndexOutcome.Added)} added, {counts.GetValueOrDefault(IndexOutcome.Replaced)} replaced, {counts.GetValueOrDefault(IndexOutcome.Unchanged)} unchanged; {idx.ClauseCount():N0} clauses in all.");
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"communedocs: {ex.Message}");
            return 1;
        }
        PlanInputs.Report(failures);
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The index in <paramref name="folder"/>; one an earlier version made is made anew, and said so.</summary>
    private static PlanIndex OpenOrRemake(string folder)
    {
        try
        {
            return PlanIndex.Open(folder);
        }
        catch (IndexFormatException ex)
        {
            Console.Error.WriteLine($"communedocs: the index in {folder} was made by {(ex.Found < PlanIndex.FormatVersion ? "an earlier" : "a later")} version (index format {ex.Found}); making it anew from these inputs.");
            return PlanIndex.Create(folder);
        }
    }
}
