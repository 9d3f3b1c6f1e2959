using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CommuneDocs.Reading;

/// <summary>What an external program wrote and how it ended.</summary>
internal sealed record ProcessOutcome(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the command-line tools some readers hand work to (<c>tesseract</c>, <c>pdftoppm</c>): found on PATH, run
/// with a timeout and a cancellation token, and killed with their children when either fires.
/// </summary>
internal static class ExternalProcess
{
    /// <summary>
    /// The full path of <paramref name="program"/>: a path as given when it names a file that exists, else the first
    /// match on PATH (with <c>.exe</c> on Windows); null when there is none.
    /// </summary>
    public static string? Locate(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar) || program.Contains(Path.AltDirectorySeparatorChar))
        {
            return File.Exists(program) ? Path.GetFullPath(program) : null;
        }
        var names = OperatingSystem.IsWindows() && !program.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? [program + ".exe", program] : new[] { program };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Runs <paramref name="executable"/> and waits for it; returns null when it cannot be started. Throws
    /// <see cref="TimeoutException"/> after <paramref name="timeout"/> and <see cref="OperationCanceledException"/>
    /// on cancellation, in both cases after killing the process tree.
    /// </summary>
    public static ProcessOutcome? Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        cancellation.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) return null;
        }
        catch (Win32Exception)
        {
            return null;
        }
        process.StandardInput.Close();
        // Both pipes are drained while waiting, or a chatty program blocks on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        bool exited;
        using (cancellation.Register(() => Kill(process)))
        {
            exited = process.WaitForExit(timeout);
        }
        if (!exited)
        {
            Kill(process);
            process.WaitForExit();
            cancellation.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(executable)} did not finish within {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        cancellation.ThrowIfCancellationRequested();
        return new ProcessOutcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
        catch (Win32Exception)
        {
            // It is exiting; nothing left to kill.
        }
    }
}
