using System.CommandLine;

namespace CommuneDocs.Cli;

/// <summary>The options shared by every command that reads plan files (parse, index, gaps, export): one definition of each flag.</summary>
internal static class ParseFlags
{
    /// <summary>A new <c>--ocr</c> option (an option belongs to one command, so each command gets its own).</summary>
    public static Option<bool> Ocr() => new("--ocr")
    {
        Description = "Read PDFs without a usable text layer (scans, a signature stamp only, bad OCR) by OCR instead of refusing them. " +
            "Needs tesseract with its Vietnamese model (apt-get install tesseract-ocr tesseract-ocr-vie); about 5-15 s a page, and the text may hold misread letters (the result carries a warning).",
    };

    /// <summary>A new <c>--jobs N</c> option: how many <paramref name="what"/>; one per processor when not given (said so, not as a number, so the help is true on every machine).</summary>
    public static Option<int?> Jobs(string what) => Flags.OptionalCount("--jobs", "-j", "N", what + "; one per processor when not given.", min: 1);

    /// <summary>The <c>--jobs</c> value, or the processor count.</summary>
    public static int JobsOr(int? jobs) => jobs ?? Environment.ProcessorCount;

    /// <summary>The parse options the command line asked for.</summary>
    public static ParseOptions Bind(bool ocr) => ParseOptions.Default with { Ocr = ocr };
}
