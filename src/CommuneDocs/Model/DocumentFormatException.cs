namespace CommuneDocs.Model;

/// <summary>Why a file could not be read as a document at all.</summary>
public enum DocumentError
{
    /// <summary>The file is empty.</summary>
    Empty,
    /// <summary>The format is not one CommuneDocs reads (an image, a spreadsheet, unknown binary).</summary>
    UnsupportedFormat,
    /// <summary>A Word 97-2003 .doc file: it must be converted to .docx first.</summary>
    LegacyWordFormat,
    /// <summary>The container is damaged or truncated.</summary>
    Corrupt,
    /// <summary>The file is encrypted or password-protected.</summary>
    Encrypted,
    /// <summary>The file is larger than the configured limit, or a part inflates past it.</summary>
    TooLarge,
    /// <summary>The file has no usable text (a scan without a text layer, a stamp only, bad OCR).</summary>
    NoText,
    /// <summary>Reading took longer than the configured limit.</summary>
    Timeout,
    /// <summary>OCR was asked for but could not be run: <c>tesseract</c> or its Vietnamese model is missing, or it failed.</summary>
    OcrFailed,
    /// <summary>
    /// The file is readable but holds no administrative document: a web page or Markdown file (a README, a news article,
    /// a portal page whose document is missing) without a kind heading, a quốc hiệu or numbered parts. Plain text without
    /// them is still parsed, with a <see cref="DiagnosticCode.NotAPlan"/> warning.
    /// </summary>
    NotADocument,
}

/// <summary>
/// A container fault: the file could not be read as a document (corrupt, encrypted, unsupported, too large, no text).
/// Content faults inside a readable document are reported as <see cref="Diagnostic"/>s instead.
/// </summary>
public class DocumentFormatException : IOException
{
    /// <summary>Creates the exception.</summary>
    public DocumentFormatException(DocumentError error, string message, Exception? inner = null) : base(message, inner)
        => Error = error;

    /// <summary>What went wrong.</summary>
    public DocumentError Error { get; }
}

/// <summary>The document is encrypted and could not be opened without a password.</summary>
public sealed class DocumentEncryptedException : DocumentFormatException
{
    /// <summary>Creates the exception.</summary>
    public DocumentEncryptedException(string message, Exception? inner = null) : base(DocumentError.Encrypted, message, inner)
    {
    }
}

/// <summary>Thrown in <c>ParseOptions.Strict</c> mode when parsing found content faults.</summary>
public sealed class PlanParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanParseException(IReadOnlyList<Diagnostic> diagnostics)
        : base("The document has content faults: " + string.Join("; ", diagnostics.Select(d => d.Message)))
        => Diagnostics = diagnostics;

    /// <summary>The faults found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
