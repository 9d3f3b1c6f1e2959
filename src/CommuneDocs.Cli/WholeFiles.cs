namespace CommuneDocs.Cli;

/// <summary>
/// Writes output files whole or not at all: each is written to a hidden temporary file in its folder and renamed over
/// the target, so a reader (or an interrupted run) never meets a half-written file. <see cref="Close"/> stops every
/// later rename and deletes the temporary files of writes still in progress, so what it counts is what is there.
/// Thread-safe.
/// </summary>
internal sealed class WholeFiles
{
    private readonly object _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private int _written;
    private bool _closed;

    /// <summary>How many files have been written so far.</summary>
    public int Written
    {
        get
        {
            lock (_gate) return _written;
        }
    }

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; false, leaving nothing, when closed before it was done.</summary>
    public bool Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        lock (_gate)
        {
            if (_closed) return false;
            _pending.Add(temp);
        }
        try
        {
            // FileShare.Delete: Close may delete it while it is being written.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.Delete)) write(stream);
            lock (_gate)
            {
                if (_closed) return false;
                File.Move(temp, full, overwrite: true);
                _written++;
                return true;
            }
        }
        finally
        {
            lock (_gate) _pending.Remove(temp);
            TryDelete(temp);
        }
    }

    /// <summary>Writes nothing more: deletes the temporary files of writes in progress and says how many files were written.</summary>
    public int Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var temp in _pending) TryDelete(temp);
            return _written;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's writer to replace; it is hidden and never a .json.
        }
    }
}
