using System.Collections.Concurrent;
using System.CommandLine;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs parse PATH... [--out DIR]</c>: parses plans into contract JSON.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .markdown, .txt) or folders, searched recursively (a web page's companion folder name_files/ is part of the page and is not searched)." };
        var output = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Folder for the results, one <file name>.json per input. Without it, a single input's JSON goes to standard output." };
        var strict = new Option<bool>("--strict") { Description = "Treat content warnings as failures." };
        var ocr = ParseFlags.Ocr();
        var jobs = ParseFlags.Jobs("Files parsed at once");
        var command = new DocumentedCommand("parse", "Parse plans into JSON that follows the plan contract (schema version 1).")
        {
            Details = "Each output is written whole (to a temporary file, then renamed), so an interrupted run leaves only complete files.",
            Examples = ["communedocs parse corpus/ --out out/", "communedocs parse plan.docx > plan.json"],
            ExitCodes = "0 all parsed, 1 some inputs failed (listed at the end), 2 usage error, 130 interrupted.",
        };
        command.Add(paths);
        command.Add(output);
        command.Add(strict);
        command.Add(jobs);
        command.Add(ocr);
        command.SetAction((result, token) => Run(result.GetValue(paths)!, result.GetValue(output), result.GetValue(strict), ParseFlags.JobsOr(result.GetValue(jobs)), result.GetValue(ocr), token));
        return command;
    }

    private static async Task<int> Run(string[] paths, string? outDir, bool strict, int jobs, bool ocr, CancellationToken token)
    {
        var failures = new List<(string Path, string Error)>();
        var scanned = new HashSet<string>();
        var files = InputFiles.Expand(paths, failures, scanned);
        var options = ParseFlags.Bind(ocr) with { Strict = strict };
        if (outDir is null)
        {
            if (files.Count != 1 || failures.Count > 0)
            {
                Console.Error.WriteLine(files.Count == 0 ? "communedocs: no input files found." : "communedocs: several inputs need --out DIR.");
                foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
                return 2;
            }
            try
            {
                var plan = PlanParser.Parse(files[0], options);
                using var stdout = Console.OpenStandardOutput();
                PlanJson.Write(plan, stdout);
                stdout.Write("\n"u8);
                return 0;
            }
            catch (Exception ex) when (ex is DocumentFormatException or PlanParseException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"communedocs: {files[0]}: {ex.Message}");
                return 1;
            }
        }

        Directory.CreateDirectory(outDir);
        var errors = new ConcurrentBag<(string Path, string Error)>(failures);
        var skipped = new ConcurrentBag<(string Path, string Reason)>();
        var names = OutputNames(files);
        var outputs = new WholeFiles();
        var progress = Progress.OnTerminal("parsed", files.Count);
        var done = 0;
        try
        {
            await Interruption.Run(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = token }, file =>
            {
                try
                {
                    var plan = PlanParser.Parse(file, options);
                    outputs.Write(Path.Combine(outDir, names[file]), stream => PlanJson.Write(plan, stream));
                }
                catch (DocumentFormatException ex) when (scanned.Contains(file) && InputFiles.IsSkippable(ex))
                {
                    skipped.Add((file, ex.Message));
                }
                catch (Exception ex) when (ex is DocumentFormatException or PlanParseException or IOException or UnauthorizedAccessException)
                {
                    errors.Add((file, ex.Message));
                }
                catch (Exception ex)
                {
                    // A parser bug must not stop the batch; it is reported with the file that triggered it.
                    errors.Add((file, $"internal error ({ex.GetType().Name}): {ex.Message}"));
                }
                progress.Report(Interlocked.Increment(ref done));
            }), token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            var written = outputs.Close();
            progress.Done();
            return Interruption.Report($"{Interruption.Count(written)} of {Interruption.Count(files.Count)} written to {outDir}");
        }
        progress.Done();
        var ok = outputs.Close();
        Console.Error.WriteLine($"Parsed {Interruption.Count(ok)} of {Interruption.Count(files.Count)} file(s) into {outDir} in {progress.Elapsed.TotalSeconds:F1} s.");
        if (!skipped.IsEmpty)
        {
            Console.Error.WriteLine($"{skipped.Count} skipped (found in a folder, no document in them):");
            foreach (var (p, reason) in skipped.OrderBy(s => s.Path, StringComparer.Ordinal)) Console.Error.WriteLine($"  {p}: {reason}");
        }
        if (errors.IsEmpty) return 0;
        Console.Error.WriteLine($"{errors.Count} failed:");
        foreach (var (p, e) in errors.OrderBy(e => e.Path, StringComparer.Ordinal)) Console.Error.WriteLine($"  {p}: {e}");
        return 1;
    }

    /// <summary>"&lt;file name&gt;.json", made unique when two inputs share a file name.</summary>
    private static Dictionary<string, string> OutputNames(List<string> files)
    {
        var result = new Dictionary<string, string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in files)
        {
            var name = Path.GetFileName(f) + ".json";
            for (var n = 2; !used.Add(name); n++) name = $"{Path.GetFileName(f)}.{n}.json";
            result[f] = name;
        }
        return result;
    }
}
