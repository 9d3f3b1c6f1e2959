using CommuneDocs.Model;

namespace CommuneDocs.Reading.Ocr;

/// <summary>
/// The <c>tesseract</c> command (Tesseract 4 or 5) with its Vietnamese model, run once per page image. Page
/// segmentation mode 4 (one column of text of variable sizes) with inter-word spaces kept: on the scanned letters
/// tried it read the header block's two columns side by side, far apart, as the text reader expects them, and its
/// diacritics better than mode 6; mode 3 (the default) put the two header columns on one line.
/// </summary>
internal sealed class Tesseract
{
    /// <summary>The program looked for on PATH when no path is configured.</summary>
    public const string DefaultProgram = "tesseract";

    /// <summary>The Vietnamese model (Debian package tesseract-ocr-vie).</summary>
    public const string Language = "vie";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    // One thread per page: parses may run in parallel, and OpenMP threads only fight over the same cores.
    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly string _executable;

    private Tesseract(string executable) => _executable = executable;

    /// <summary>
    /// Finds the program and checks that it has the Vietnamese model; throws <see cref="DocumentFormatException"/>
    /// with <see cref="DocumentError.OcrFailed"/>, telling how to install it, when it has not.
    /// </summary>
    public static Tesseract Locate(string? program, string fileName, CancellationToken cancellation)
    {
        var wanted = program ?? DefaultProgram;
        var executable = ExternalProcess.Locate(wanted)
            ?? throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrProgramMissing(fileName, wanted));
        ProcessOutcome? probe;
        try
        {
            probe = ExternalProcess.Run(executable, ["--list-langs"], ProbeTimeout, cancellation);
        }
        catch (TimeoutException ex)
        {
            throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrProgramFailed(fileName, executable, ex.Message), ex);
        }
        if (probe is null || probe.ExitCode != 0)
        {
            throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrProgramFailed(fileName, executable, probe?.StandardError.Trim() ?? "it could not be started"));
        }
        // "List of available languages in ...:" then one name a line (Tesseract 4 writes it to stderr, 5 to stdout).
        var languages = (probe.StandardOutput + "\n" + probe.StandardError).Split('\n', StringSplitOptions.TrimEntries);
        if (!languages.Contains(Language, StringComparer.Ordinal))
        {
            throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrLanguageMissing(fileName, executable, Language));
        }
        return new Tesseract(executable);
    }

    /// <summary>The text of one page image, lines as Tesseract sets them out.</summary>
    public string Recognize(string imagePath, int page, string fileName, TimeSpan timeout, CancellationToken cancellation)
    {
        ProcessOutcome? outcome;
        try
        {
            outcome = ExternalProcess.Run(_executable,
                [imagePath, "stdout", "-l", Language, "--psm", "4", "-c", "preserve_interword_spaces=1"],
                timeout, cancellation, Environment);
        }
        catch (TimeoutException)
        {
            throw new DocumentFormatException(DocumentError.Timeout, Messages.OcrPageTimeout(fileName, page, timeout));
        }
        if (outcome is null || outcome.ExitCode != 0)
        {
            throw new DocumentFormatException(DocumentError.OcrFailed, Messages.OcrPageFailed(fileName, page, outcome?.StandardError.Trim() ?? "tesseract could not be started"));
        }
        return outcome.StandardOutput;
    }
}
