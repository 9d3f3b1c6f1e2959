using System.Diagnostics;
using System.Globalization;

namespace CommuneDocs.Cli;

/// <summary>
/// One line on standard error that a long run keeps up to date: "  77/4,500 parsed · 0:12 elapsed · about 11:40 left".
/// Shown only on a terminal, and only once the run has taken half a second, so short runs and logs stay clean.
/// Thread-safe; redrawn at most five times a second.
/// </summary>
internal sealed class Progress
{
    private static readonly TimeSpan FirstShownAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>The time left is estimated from the pace once the run has gone on this long.</summary>
    private static readonly TimeSpan EstimatedAfter = TimeSpan.FromSeconds(2);
    private const long RedrawEveryMs = 200;

    private readonly string _verb;
    private readonly int _total;
    private readonly TextWriter? _writer;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _lastDrawn = -RedrawEveryMs;
    private int _width;
    private bool _done;

    private Progress(string verb, int total, TextWriter? writer)
    {
        _verb = verb;
        _total = total;
        _writer = writer;
    }

    /// <summary>A progress line for <paramref name="total"/> things that get <paramref name="verb"/> ("parsed"), on standard error when it is a terminal.</summary>
    public static Progress OnTerminal(string verb, int total) => new(verb, total, Console.IsErrorRedirected ? null : Console.Error);

    /// <summary>How long the run has taken so far.</summary>
    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>Says that <paramref name="done"/> of the total are done.</summary>
    public void Report(int done)
    {
        if (_writer is null || _watch.Elapsed < FirstShownAfter) return;
        var now = _watch.ElapsedMilliseconds;
        lock (_gate)
        {
            if (_done || (done < _total && now - _lastDrawn < RedrawEveryMs)) return;
            _lastDrawn = now;
            var line = Line(done, _total, _verb, _watch.Elapsed);
            _writer.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
    }

    /// <summary>Ends the line, if one was drawn, so what is written next starts on a line of its own; later reports draw nothing (work an interruption left running).</summary>
    public void Done()
    {
        lock (_gate)
        {
            _done = true;
            if (_width == 0) return;
            _writer?.WriteLine();
            _width = 0;
        }
    }

    /// <summary>The progress line's text: done/total, the time taken and, after a while, the time left at the pace so far.</summary>
    internal static string Line(int done, int total, string verb, TimeSpan elapsed)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"  {done:N0}/{total:N0} {verb} · {Clock(elapsed)} elapsed");
        if (done <= 0 || done >= total || elapsed < EstimatedAfter) return line;
        var left = TimeSpan.FromTicks((long)(elapsed.Ticks / (double)done * (total - done)));
        return line + " · about " + Clock(left) + " left";
    }

    private static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
}
