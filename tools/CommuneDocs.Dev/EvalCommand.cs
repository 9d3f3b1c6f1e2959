using System.CommandLine;
using System.Text.Json;
using CommuneDocs.Cli;
using CommuneDocs.Dev.Evaluation;
using CommuneDocs.Model;

namespace CommuneDocs.Dev;

/// <summary>
/// <c>communedocs-dev eval PATH... --gold DIR [--json]</c>: scores parsed plans against hand-made gold answers, with
/// the same numbers and table as the reference scorer score.py.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "A folder of predictions (<stem>.<format>.json or <stem>.json, as 'parse --out' writes them), " +
                          "or plan files (.pdf, .docx, .txt) and folders of them, parsed on the fly. With --gaps: the predicted gaps file.",
        };
        var gold = new Option<string>("--gold", "-g")
        {
            Required = true,
            HelpName = "PATH",
            Description = "Folder of gold answers, one <stem>.json per plan in the plan contract. With --gaps: the gold gaps file.",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON ({\"files\", \"mean\", \"overall\"}) instead of a table." };
        var gaps = new Option<bool>("--gaps") { Description = "Score a cross-commune comparison (the contract's gaps output) instead of parsed plans." };
        var command = new DocumentedCommand("eval", "Score parsed plans against gold answers.")
        {
            Details = """
                A row per file and a column per field (F1 or accuracy in [0, 1]), then the mean per field and the overall
                mean, as the reference scorer score.py computes them. Files with no gold answer of the same stem are left
                out; a plan that cannot be read or parsed scores as an empty prediction.
                """,
            Examples =
            [
                "communedocs-dev eval corpus/ --gold corpus/gold/",
                "communedocs parse corpus/ --out out/ && communedocs-dev eval out/ --gold corpus/gold/ --json",
                "communedocs-dev eval out/gaps.json --gold corpus/gold/gaps-1565.json --gaps",
            ],
            ExitCodes = "0 all scored, 1 some plans could not be read or parsed (listed on standard error), 2 usage error or nothing matched a gold answer.",
        };
        command.Add(paths);
        command.Add(gold);
        command.Add(json);
        command.Add(gaps);
        command.SetAction(result => result.GetValue(gaps)
            ? RunGaps(result.GetValue(paths)!, result.GetValue(gold)!, result.GetValue(json))
            : Run(result.GetValue(paths)!, result.GetValue(gold)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string[] paths, string goldDir, bool asJson)
    {
        if (!Directory.Exists(goldDir))
        {
            Console.Error.WriteLine($"communedocs-dev: gold folder '{goldDir}' does not exist.");
            return 2;
        }
        var failures = new List<(string Path, string Error)>();
        var predictions = new List<string>();
        var documents = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var jsonFiles = Directory.EnumerateFiles(path, "*.json").ToList();
                if (jsonFiles.Count > 0) predictions.AddRange(jsonFiles);
                else documents.AddRange(InputFiles.Expand([path], failures));
            }
            else if (File.Exists(path))
            {
                (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? predictions : documents).Add(path);
            }
            else
            {
                failures.Add((path, "no such file or folder"));
            }
        }

        var rows = new SortedDictionary<string, FieldScores>(StringComparer.Ordinal);
        var goldCache = new Dictionary<string, JsonDocument?>();
        JsonDocument? GoldFor(string name)
        {
            var stem = name.Split('.')[0];
            if (goldCache.TryGetValue(stem, out var cached)) return cached;
            var goldPath = Path.Combine(goldDir, stem + ".json");
            return goldCache[stem] = File.Exists(goldPath) ? JsonDocument.Parse(File.ReadAllBytes(goldPath)) : null;
        }
        void Add(string name, string path, FieldScores scores)
        {
            if (!rows.TryAdd(name, scores)) Console.Error.WriteLine($"communedocs-dev: {path}: a file named '{name}' was already scored; this one is left out.");
        }

        try
        {
            foreach (var path in predictions.Distinct())
            {
                var name = Path.GetFileName(path);
                if (GoldFor(name) is not { } g) continue;
                Add(name[..^".json".Length], path, PlanScorer.Score(g.RootElement, File.ReadAllBytes(path)));
            }
            foreach (var path in documents.Distinct())
            {
                var name = Path.GetFileName(path);
                if (GoldFor(name) is not { } g) continue;
                try
                {
                    Add(name, path, PlanScorer.Score(g.RootElement, PlanParser.Parse(path)));
                }
                catch (Exception ex)
                {
                    // A parser bug must not stop the evaluation either; it is reported with the file that triggered it.
                    var message = ex is DocumentFormatException or IOException or UnauthorizedAccessException
                        ? ex.Message : $"internal error ({ex.GetType().Name}): {ex.Message}";
                    failures.Add((path, message + " (scored as an empty prediction)"));
                    Add(name, path, PlanScorer.Score(g.RootElement, "{}"u8.ToArray()));
                }
            }
        }
        catch (JsonException ex)
        {
            Console.Error.WriteLine($"communedocs-dev: a gold answer in '{goldDir}' is not valid JSON: {ex.Message}");
            return 2;
        }
        finally
        {
            foreach (var doc in goldCache.Values) doc?.Dispose();
        }

        if (rows.Count == 0)
        {
            Console.Error.WriteLine("communedocs-dev: no predictions matched a gold file.");
            foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
            return 2;
        }
        var report = new EvaluationReport([.. rows.Select(r => new EvaluatedFile(r.Key, r.Value))]);
        Console.Out.Write(asJson ? report.ToJson() : report.ToTable());
        if (failures.Count == 0) return 0;
        Console.Error.WriteLine($"{failures.Count} input(s) failed:");
        foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
        return 1;
    }

    private static int RunGaps(string[] paths, string goldPath, bool asJson)
    {
        if (paths.Length != 1 || !File.Exists(paths[0]) || !File.Exists(goldPath))
        {
            Console.Error.WriteLine("communedocs-dev: --gaps takes one predicted gaps file and --gold the gold gaps file.");
            return 2;
        }
        try
        {
            using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            using var predicted = JsonDocument.Parse(File.ReadAllBytes(paths[0]));
            var scores = GapScorer.Score(gold.RootElement, predicted.RootElement);
            Console.Out.WriteLine(asJson ? scores.ToJson() : scores.ToText());
            return 0;
        }
        catch (JsonException ex)
        {
            Console.Error.WriteLine($"communedocs-dev: not valid JSON: {ex.Message}");
            return 2;
        }
    }
}
