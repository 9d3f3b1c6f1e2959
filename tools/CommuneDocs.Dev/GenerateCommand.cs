using System.CommandLine;
using System.Diagnostics;
using CommuneDocs.Cli;
using CommuneDocs.Dev.Scale;
using CommuneDocs.Model;

namespace CommuneDocs.Dev;

/// <summary><c>communedocs-dev generate --count N --seed S --out DIR</c>: writes a deterministic scale corpus and its answer key (issue #7).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n") { Required = true, HelpName = "N", Description = "How many plans to write." };
        count.CustomParser = result => Flags.WholeNumber(result, "--count", 0) ?? 0;
        var seed = Flags.Count("--seed", "-s", "Random seed; the same seed and count give byte-identical files.", min: int.MinValue, defaultValue: 1);
        var output = new Option<string>("--out", "-o") { Required = true, HelpName = "DIR", Description = "Folder for plan-NNNN.txt/.docx and answers.json." };
        var format = new Option<string>("--format", "-f") { Description = "Which files to write for each plan.", DefaultValueFactory = _ => "txt" };
        format.AcceptOnlyFromAmong("txt", "docx", "both");
        var rate = Flags.Fraction("--remove-rate", "Chance that a plan loses each task; removals are recorded in answers.json.", 0, 1, ScaleOptions.DefaultRemoveRate);
        var corpus = new Option<string?>("--corpus") { HelpName = "DIR", Description = "Folder of the source plans; corpus/ of the repository above the current folder when not given." };
        var jobs = ParseFlags.Jobs("Plans written at once (the output does not depend on it)");
        var command = new DocumentedCommand("generate", "Generate a scale corpus of plans with known gaps.")
        {
            Details = """
                Plans recombined from the corpus plans that implement 1565/QĐ-TTg (their tasks, targets and units), with
                paraphrases, new commune names and randomly removed tasks, and answers.json, the answer key in the shape of
                gold/gaps-1565.json.
                """,
            Examples = ["communedocs-dev generate --count 1000 --seed 7 --out scale-1000/ --format both", "python3 score.py --gaps scale-1000/answers.json gaps.json"],
            ExitCodes = "0 written, 1 the corpus could not be read, 2 usage error.",
        };
        command.Add(count);
        command.Add(seed);
        command.Add(output);
        command.Add(format);
        command.Add(rate);
        command.Add(corpus);
        command.Add(jobs);
        command.SetAction(result => Run(result.GetValue(count), result.GetValue(seed), result.GetValue(output)!, result.GetValue(format)!,
            result.GetValue(rate), result.GetValue(corpus), ParseFlags.JobsOr(result.GetValue(jobs))));
        return command;
    }

    private static int Run(int count, int seed, string outDir, string format, double rate, string? corpusDir, int jobs)
    {
        if (count < 0 || rate is < 0 or > 1)
        {
            Console.Error.WriteLine("communedocs-dev: --count must be at least 0 and --remove-rate between 0 and 1.");
            return 2;
        }
        corpusDir ??= FindCorpus();
        if (corpusDir is null || !Directory.Exists(corpusDir))
        {
            Console.Error.WriteLine("communedocs-dev: corpus folder not found; give it with --corpus DIR.");
            return 1;
        }
        var watch = Stopwatch.StartNew();
        ScalePool pool;
        try
        {
            pool = ScalePool.Load(corpusDir);
        }
        catch (Exception ex) when (ex is DocumentFormatException or InvalidOperationException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"communedocs-dev: {ex.Message}");
            return 1;
        }
        var formats = format switch { "docx" => ScaleFormats.Docx, "both" => ScaleFormats.Both, _ => ScaleFormats.Text };
        var plans = ScaleCorpusGenerator.Generate(pool, new ScaleOptions(count, seed, outDir, formats, rate, jobs));
        var removed = plans.Sum(p => p.Slots.Count(s => s.TaskId is null));
        Console.Error.WriteLine($"Wrote {plans.Length} plan(s) to {outDir} from {pool.Sources.Length} source plans and {pool.Families.Length} task families " +
                                $"({Path.GetFileName(pool.FamilyKey)}); {removed} task(s) removed; {watch.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    /// <summary>corpus/ beside CommuneDocs.sln, looked for from the current folder upwards.</summary>
    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommuneDocs.sln"))) return Path.Combine(dir.FullName, "corpus");
        }
        return null;
    }
}
