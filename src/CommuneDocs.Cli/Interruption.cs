using System.Globalization;

namespace CommuneDocs.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM during a long run. System.CommandLine turns them into the cancellation of the token it
/// gives each command's action and waits <see cref="Grace"/> for the action to return; the action stops, says what it
/// finished, and exits with <see cref="ExitCode"/>, as shells expect of a process stopped by SIGINT (128 + 2).
/// </summary>
internal static class Interruption
{
    /// <summary>The exit code of an interrupted run.</summary>
    public const int ExitCode = 130;

    /// <summary>How long an interrupted command may take to finish what it must (a commit of the index) and say so.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and returns its result, or throws <see cref="OperationCanceledException"/>
    /// as soon as <paramref name="token"/> is cancelled, leaving the work to stop on its own (it should watch the token,
    /// and write only through <see cref="WholeFiles"/>).
    /// </summary>
    public static async Task<T> Run<T>(Func<T> work, CancellationToken token)
    {
        var task = Task.Run(work, CancellationToken.None);
        try
        {
            return await task.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The abandoned work ends with the process; its exception, if any, is of no interest.
            _ = task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>Says on standard error what an interrupted run finished ("interrupted: 77 of 4,500 written to out/") and gives the exit code.</summary>
    public static int Report(string finished)
    {
        Console.Error.WriteLine("interrupted: " + finished);
        return ExitCode;
    }

    /// <summary>A count as the messages write it: "4,500".</summary>
    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
