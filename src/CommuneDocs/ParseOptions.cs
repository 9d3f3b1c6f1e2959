using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs;

/// <summary>Options for <see cref="PlanParser"/>. A record: change it with <c>with</c>.</summary>
public sealed record ParseOptions
{
    /// <summary>The default largest file read: 256 MiB.</summary>
    public const long DefaultMaxFileBytes = 256L * 1024 * 1024;

    /// <summary>The default largest number of pages read from a PDF.</summary>
    public const int DefaultMaxPages = 2000;

    /// <summary>The default deepest outline nesting kept; deeper blocks join their parent's level.</summary>
    public const int DefaultMaxOutlineDepth = 12;

    /// <summary>The default <see cref="OcrPageTimeout"/>: two minutes (a page takes 5 to 15 seconds on one core).</summary>
    // Declared before Default, whose initializer reads it.
    public static TimeSpan DefaultOcrPageTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>The options used when none are given.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Largest input accepted, in bytes (also the limit for one inflated part of a .docx).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Largest number of PDF pages read; later pages are skipped with a warning.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>Deepest outline nesting kept.</summary>
    public int MaxOutlineDepth { get; init; } = DefaultMaxOutlineDepth;

    /// <summary>When true, any content diagnostic makes parsing fail with <see cref="PlanParseException"/>.</summary>
    public bool Strict { get; init; }

    /// <summary>Forces the input format instead of sniffing it from the content and the file name.</summary>
    public SourceFormat? Format { get; init; }

    /// <summary>
    /// When true, a PDF without a usable text layer (a scan, a signature stamp only, bad OCR) is read by OCR with
    /// <c>tesseract</c> and its Vietnamese model (Debian packages tesseract-ocr, tesseract-ocr-vie) instead of being
    /// refused; the result then carries a <see cref="DiagnosticCode.OcrText"/> warning. When false (the default) such
    /// a file throws <see cref="DocumentFormatException"/> with <see cref="DocumentError.NoText"/>.
    /// </summary>
    public bool Ocr { get; init; }

    /// <summary>The <c>tesseract</c> program used for <see cref="Ocr"/>: a path, or a name looked up on PATH; null for <c>tesseract</c> on PATH.</summary>
    public string? TesseractPath { get; init; }

    /// <summary>The longest OCR of one page may take before parsing stops with <see cref="DocumentError.Timeout"/>.</summary>
    public TimeSpan OcrPageTimeout { get; init; } = DefaultOcrPageTimeout;

    /// <summary>The registry of unit names and abbreviations used to give units their canonical names.</summary>
    public UnitRegistry Units { get; init; } = UnitRegistry.Default;
}
