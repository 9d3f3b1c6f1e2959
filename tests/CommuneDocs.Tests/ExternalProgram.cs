using System.Diagnostics;

namespace CommuneDocs.Tests;

/// <summary>Programs some tests drive (dotnet, LibreOffice, Chromium): found on PATH, run to their end within a time limit.</summary>
internal static class ExternalProgram
{
    /// <summary>What a run printed and how it ended.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The first of <paramref name="names"/> that is a file in a folder of PATH, or null.</summary>
    public static string? FindOnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => folders.Select(dir => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs <paramref name="start"/> with its output read; past <paramref name="timeout"/> its whole process tree is killed and the test fails.</summary>
    public static Result Run(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout}.\n{stdout.Result}\n{stderr.Result}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
