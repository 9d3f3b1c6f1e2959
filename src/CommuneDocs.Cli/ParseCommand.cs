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
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Plan files (.pdf, .docx, .htm, .html, .md, .markdown, .txt) or folders, searched recursively (a web page's companion folder name_files/ is part of the page and is not searched)." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the results: one <file name>.json per input. Without it, a single input's JSON goes to standard output." };
        var strict = new Option<bool>("--strict") { Description = "Treat content warnings as failures." };
        var ocr = ParseFlags.Ocr();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files parsed at once (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("parse", """
            Parse plans into JSON that follows the plan contract (schema version 1).
            Example: communedocs parse corpus/ --out out/
            Exit codes: 0 all parsed, 1 some inputs failed (listed at the end), 2 usage error.
            """)
        {
            paths, output, strict, jobs, ocr,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(output), result.GetValue(strict), result.GetValue(jobs), result.GetValue(ocr)));
        return command;
    }

    private static int Run(string[] paths, string? outDir, bool strict, int jobs, bool ocr)
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
        var done = 0;
        var progress = new Progress(files.Count);
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, file =>
        {
            try
            {
                var plan = PlanParser.Parse(file, options);
                var target = Path.Combine(outDir, names[file]);
                var temp = target + ".tmp";
                using (var stream = File.Create(temp)) PlanJson.Write(plan, stream);
                File.Move(temp, target, overwrite: true);
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
        });
        progress.Finish();
        var ok = files.Count - errors.Count(e => files.Contains(e.Path)) - skipped.Count;
        Console.Error.WriteLine($"Parsed {ok} of {files.Count} file(s) into {outDir}.");
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

    /// <summary>"<file name>.json", made unique when two inputs share a file name.</summary>
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

    /// <summary>A one-line progress counter on standard error, for runs long enough to need one.</summary>
    private sealed class Progress(int total)
    {
        private readonly bool _show = total >= 20 && !Console.IsErrorRedirected;
        private long _lastTick;

        public void Report(int done)
        {
            if (!_show) return;
            var now = Environment.TickCount64;
            if (done != total && now - Interlocked.Read(ref _lastTick) < 200) return;
            Interlocked.Exchange(ref _lastTick, now);
            lock (this) Console.Error.Write($"\r  {done}/{total} parsed");
        }

        public void Finish()
        {
            if (_show) Console.Error.WriteLine();
        }
    }
}
