using System.Diagnostics;

namespace CommuneDocs.Tests.Cli;

/// <summary>The <c>communedocs</c> command as a user runs it: a process of the tool built beside the tests (communedocs.dll).</summary>
internal static class Communedocs
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Dll => Path.Combine(TestContext.CurrentContext.TestDirectory, "communedocs.dll");

    /// <summary>Runs the command with <paramref name="args"/> in the repository's root to its end.</summary>
    public static ExternalProgram.Result Run(params string[] args) => ExternalProgram.Run(Start(null, args), Timeout);

    /// <summary>The start of a run; output not yet redirected.</summary>
    public static ProcessStartInfo Start(string? folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder ?? TestPaths.RepoRoot, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}
