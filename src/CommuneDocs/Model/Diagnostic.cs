namespace CommuneDocs.Model;

/// <summary>What kind of content fault a <see cref="Diagnostic"/> reports.</summary>
public enum DiagnosticCode
{
    /// <summary>An enumerator repeats the previous one at the same level (II after II).</summary>
    NumberingRepeated,
    /// <summary>An enumerator skips one or more values (7 followed by 9).</summary>
    NumberingJump,
    /// <summary>The registry number in "Số: .../..." is left blank.</summary>
    BlankNumber,
    /// <summary>The date of issue is missing or leaves the day or month blank.</summary>
    IncompleteDate,
    /// <summary>No header block (issuing body, number) was found.</summary>
    MissingHeader,
    /// <summary>No signature block was found.</summary>
    MissingSignature,
    /// <summary>A table could not be rebuilt with confidence.</summary>
    UncertainTable,
    /// <summary>The text layer is missing, a stamp only, or unreadable OCR.</summary>
    UnreadableText,
    /// <summary>The text uses a legacy Vietnamese encoding (TCVN3, VNI) and was converted.</summary>
    LegacyEncoding,
    /// <summary>The text had to be decoded with a fallback encoding.</summary>
    EncodingFallback,
    /// <summary>A size or depth limit was reached; content past it was skipped.</summary>
    LimitReached,
    /// <summary>The document does not look like an administrative plan or decision.</summary>
    NotAPlan,
    /// <summary>Anything else worth a reader's attention.</summary>
    Other,
    /// <summary>The text was recognised from page images by OCR: letters, numbers and layout may be misread.</summary>
    OcrText,
}

/// <summary>A content fault found while reading or parsing: the document was still parsed, but this part may be off.</summary>
/// <param name="Code">What kind of fault it is.</param>
/// <param name="Message">A sentence for a person, in English, naming the text concerned.</param>
/// <param name="Span">Where in the source it was found.</param>
public sealed record Diagnostic(DiagnosticCode Code, string Message, SourceSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Span.Block >= 0 ? $"{Message} ({Span})" : Message;
}
