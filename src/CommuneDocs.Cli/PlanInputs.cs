using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CommuneDocs.Export;
using CommuneDocs.Indexing;
using CommuneDocs.Model;
using CommuneDocs.Semantics;

namespace CommuneDocs.Cli;

/// <summary>A plan read from one input file, with the hash of the file's bytes.</summary>
internal sealed record LoadedPlan(string Path, PlanDocument Plan, string ContentHash);

/// <summary>
/// One document and the files it was read from (the Word file and the signed PDF kept side by side): what the
/// commands index, compare and export once. <see cref="Standing"/> is the file that stands for it (DocumentIdentity's choice).
/// </summary>
internal sealed record LoadedDocument(LoadedPlan Standing, IReadOnlyList<LoadedPlan> Files)
{
    /// <summary>The parse that stands for the document.</summary>
    public PlanDocument Plan => Standing.Plan;

    /// <summary>A hash of every file's name and content: it changes when a file is added, dropped or edited.</summary>
    public string ContentHash => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Files.Select(f => f.Plan.Source.File + " " + f.ContentHash)))));

    /// <summary>The document as the index takes it: keyed by its standing file's name, its other files beside.</summary>
    public IndexEntry ToIndexEntry() => new(Plan, Plan.Source.File, ContentHash)
    {
        OtherFiles = [.. Files.Skip(1).Select(f => f.Plan)],
        Identity = DocumentIdentity.KeyOf(Plan),
    };

    /// <summary>"000.docx", or "000.docx (also .pdf, .txt)" with its other files.</summary>
    public string FileList => FileNames.List(Plan.Source.File, Files.Skip(1).Select(f => f.Plan.Source.File));
}

/// <summary>How the commands name a document's files.</summary>
internal static class FileNames
{
    /// <summary>"000.docx", or "000.docx (also .pdf, .txt)": the others by extension when they share its name, else in full.</summary>
    public static string List(string source, IEnumerable<string> others)
    {
        var stem = Path.GetFileNameWithoutExtension(source);
        var rest = others.Select(f => Path.GetFileNameWithoutExtension(f) == stem ? Path.GetExtension(f) : f).ToList();
        return rest.Count == 0 ? source : $"{source} (also {string.Join(", ", rest)})";
    }
}

/// <summary>Reads the plans named on the command line: plan files are parsed, <c>.json</c> files read as contract JSON.</summary>
internal static class PlanInputs
{
    /// <summary>
    /// Loads <paramref name="files"/> on <paramref name="jobs"/> threads, parsing with <paramref name="options"/>, in
    /// their order; a file that fails is added to <paramref name="failures"/> and skipped. Stops taking files when
    /// <paramref name="token"/> is cancelled (and throws <see cref="OperationCanceledException"/>). A file a folder scan
    /// found (<paramref name="scanned"/>) that holds no document is skipped with a line on standard error, not failed.
    /// </summary>
    public static List<LoadedPlan> Load(IReadOnlyList<string> files, ParseOptions options, List<(string Path, string Error)> failures,
        Progress progress, int jobs, CancellationToken token, IReadOnlySet<string>? scanned = null)
    {
        var loaded = new LoadedPlan?[files.Count];
        var failed = new ConcurrentBag<(int At, string Path, string Error)>();
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = token }, i =>
        {
            var (plan, error) = LoadOne(files[i], options, scanned?.Contains(files[i]) == true);
            if (plan is not null) loaded[i] = plan;
            else if (error is not null) failed.Add((i, files[i], error));
            progress.Report(Interlocked.Increment(ref done));
        });
        failures.AddRange(failed.OrderBy(f => f.At).Select(f => (f.Path, f.Error)));
        return [.. loaded.OfType<LoadedPlan>()];
    }

    /// <summary>The file's plan, or its error; neither for a scanned file that holds no document (said on standard error).</summary>
    private static (LoadedPlan? Plan, string? Error) LoadOne(string file, ParseOptions options, bool scanned)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
            using var stream = new MemoryStream(bytes, writable: false);
            var plan = Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? PlanJsonReader.Read(stream, Path.GetFileName(file))
                : PlanParser.Parse(stream, Path.GetFileName(file), options);
            return (new LoadedPlan(file, plan, hash), null);
        }
        catch (DocumentFormatException ex) when (scanned && InputFiles.IsSkippable(ex))
        {
            Console.Error.WriteLine($"skipped {file}: {ex.Message}");
            return (null, null);
        }
        catch (Exception ex) when (ex is DocumentFormatException or PlanParseException or IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
        catch (Exception ex)
        {
            // A parser bug must not stop the run; it is reported with the file that triggered it.
            return (null, $"internal error ({ex.GetType().Name}): {ex.Message}");
        }
    }

    /// <summary>The plans grouped into documents (<see cref="DocumentIdentity.Group"/>): one per document, in the order each is first met.</summary>
    public static List<LoadedDocument> Documents(IReadOnlyList<LoadedPlan> plans)
    {
        var byPlan = plans.ToDictionary(p => p.Plan, p => p, new PlanReference());
        return [.. DocumentIdentity.Group(plans.Select(p => p.Plan)).Select(g => new LoadedDocument(
            byPlan[g.Plan], [.. g.Files.Select(f => byPlan[f])]))];
    }

    /// <summary>Says on standard error which inputs were found to be one document, when any were.</summary>
    public static void ReportDocuments(IReadOnlyList<LoadedDocument> documents)
    {
        var shared = documents.Where(d => d.Files.Count > 1).ToList();
        if (shared.Count == 0) return;
        var files = shared.Sum(d => d.Files.Count);
        Console.Error.WriteLine($"{Interruption.Count(files)} files are {Interruption.Count(shared.Count)} document(s) in several formats, each taken once:");
        foreach (var d in shared.Take(5)) Console.Error.WriteLine("  " + d.FileList);
        if (shared.Count > 5) Console.Error.WriteLine($"  … and {Interruption.Count(shared.Count - 5)} more");
    }

    /// <summary>Prints the failures on standard error.</summary>
    public static void Report(List<(string Path, string Error)> failures)
    {
        if (failures.Count == 0) return;
        Console.Error.WriteLine($"{failures.Count} input(s) failed:");
        foreach (var (p, e) in failures) Console.Error.WriteLine($"  {p}: {e}");
    }
}

/// <summary>Plans compared by reference: two parses are two entries even when their records are equal.</summary>
internal sealed class PlanReference : IEqualityComparer<PlanDocument>
{
    public bool Equals(PlanDocument? x, PlanDocument? y) => ReferenceEquals(x, y);

    public int GetHashCode(PlanDocument obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
