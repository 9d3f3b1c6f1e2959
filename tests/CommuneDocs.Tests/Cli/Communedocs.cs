using System.Diagnostics;

namespace CommuneDocs.Tests.Cli;

/// <summary>The <c>communedocs</c> command as a user runs it: a process of the tool built beside the tests (communedocs.dll).</summary>
internal static class Communedocs
{
    /// <summary>How long a run may take before the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Dll => Beside("communedocs.dll");

    /// <summary>Runs the command with <paramref name="args"/> in the repository's root to its end.</summary>
    public static ExternalProgram.Result Run(params string[] args) => ExternalProgram.Run(Start(null, args), Timeout);

    /// <summary>The start of a run; output not yet redirected.</summary>
    public static ProcessStartInfo Start(string? folder, params string[] args) => StartDll(Dll, folder, args);

    /// <summary>A file the build copies beside the tests (a referenced program's dll).</summary>
    public static string Beside(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, file);

    /// <summary>The start of <c>dotnet DLL ARGS</c> in <paramref name="folder"/>, or the repository's root; output not yet redirected.</summary>
    public static ProcessStartInfo StartDll(string dll, string? folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder ?? TestPaths.RepoRoot, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}
