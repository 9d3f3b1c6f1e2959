using System.Security.Cryptography;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Cli;

/// <summary>A plan read from one input file, with the hash of the file's bytes.</summary>
internal sealed record LoadedPlan(string Path, PlanDocument Plan, string ContentHash);

/// <summary>Reads the plans named on the command line: plan files are parsed, <c>.json</c> files read as contract JSON.</summary>
internal static class PlanInputs
{
    /// <summary>Loads every file <paramref name="paths"/> expands to, parsing with <paramref name="options"/>; a file that fails is added to <paramref name="failures"/> and skipped.</summary>
    public static List<LoadedPlan> Load(IEnumerable<string> paths, ParseOptions options, List<(string Path, string Error)> failures)
    {
        var plans = new List<LoadedPlan>();
        var scanned = new HashSet<string>();
        foreach (var file in InputFiles.Expand(paths, failures, scanned))
        {
            try
            {
                var bytes = File.ReadAllBytes(file);
                var hash = Convert.ToHexString(SHA256.HashData(bytes));
                using var stream = new MemoryStream(bytes, writable: false);
                var plan = Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase)
                    ? PlanJsonReader.Read(stream, Path.GetFileName(file))
                    : PlanParser.Parse(stream, Path.GetFileName(file), options);
                plans.Add(new LoadedPlan(file, plan, hash));
            }
            catch (DocumentFormatException ex) when (scanned.Contains(file) && InputFiles.IsSkippable(ex))
            {
                Console.Error.WriteLine($"skipped {file}: {ex.Message}");
            }
            catch (Exception ex) when (ex is DocumentFormatException or PlanParseException or IOException or UnauthorizedAccessException)
            {
                failures.Add((file, ex.Message));
            }
            catch (Exception ex)
            {
                // A parser bug must not stop the run; it is reported with the file that triggered it.
                failures.Add((file, $"internal error ({ex.GetType().Name}): {ex.Message}"));
            }
        }
        return plans;
    }

    /// <summary>Prints the failures on standard error.</summary>
    public static void Report(List<(string Path, string Error)> failures)
    {
        if (failures.Count == 0) return;
        Console.Error.WriteLine($"{failures.Count} input(s) failed:");
        foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
    }
}
