using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Docx;
using CommuneDocs.Reading.Html;
using CommuneDocs.Reading.Markdown;
using CommuneDocs.Reading.Pdf;
using CommuneDocs.Reading.PlainText;
using CommuneDocs.Semantics;
using CommuneDocs.Structure;

namespace CommuneDocs;

/// <summary>
/// Parses Vietnamese administrative plans from PDF, DOCX, HTML, Markdown or text into a <see cref="PlanDocument"/>.
/// Thread-safe: every call is independent.
/// </summary>
/// <example>
/// <code>
/// var plan = PlanParser.Parse("ke-hoach-64.pdf");
/// foreach (var task in plan.Tasks) Console.WriteLine($"{task.Id} {task.Title} {task.Deadline}");
/// </code>
/// </example>
public static class PlanParser
{
    /// <summary>Parses the file at <paramref name="path"/>; the format is sniffed from its first bytes.</summary>
    /// <exception cref="DocumentFormatException">The file is missing, empty, corrupt, encrypted, too large or not a readable format.</exception>
    /// <exception cref="PlanParseException">In strict mode, the document has content faults.</exception>
    public static PlanDocument Parse(string path, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ParseOptions.Default;
        var info = new FileInfo(path);
        if (!info.Exists) throw new DocumentFormatException(DocumentError.UnsupportedFormat, Messages.NotFound(path), new FileNotFoundException(null, path));
        if (info.Length > options.MaxFileBytes)
            throw new DocumentFormatException(DocumentError.TooLarge, Messages.TooLarge(info.Name, info.Length, options.MaxFileBytes));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Parse(stream, info.Name, options);
    }

    /// <summary>Parses a document from a stream; <paramref name="fileName"/> names it in the result and in messages.</summary>
    /// <exception cref="DocumentFormatException">The content is empty, corrupt, encrypted, too large or not a readable format.</exception>
    /// <exception cref="PlanParseException">In strict mode, the document has content faults.</exception>
    public static PlanDocument Parse(Stream stream, string fileName, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= ParseOptions.Default;
        var source = Read(stream, fileName, options);
        var structured = DocumentStructurer.Build(source, options.MaxOutlineDepth);
        var plan = PlanInterpreter.Interpret(structured, options.Units);
        if (options.Strict && plan.Warnings.Length > 0) throw new PlanParseException(plan.Warnings);
        return plan;
    }

    internal static SourceDocument Read(Stream stream, string fileName, ParseOptions options)
    {
        var seekable = stream.CanSeek ? stream : StreamBuffer.CopyToMemory(stream, options.MaxFileBytes, fileName);
        if (seekable.CanSeek && seekable.Length - seekable.Position > options.MaxFileBytes)
            throw new DocumentFormatException(DocumentError.TooLarge, Messages.TooLarge(fileName, seekable.Length, options.MaxFileBytes));
        var start = seekable.Position;
        Span<byte> head = stackalloc byte[4096];
        var n = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        var format = options.Format ?? FormatSniffer.Sniff(head[..n], fileName);
        IDocumentReader reader = format switch
        {
            SourceFormat.Pdf => PdfReader.Instance,
            SourceFormat.Docx => DocxReader.Instance,
            SourceFormat.Markdown => MarkdownReader.Instance,
            SourceFormat.Html => HtmlReader.Instance,
            _ => PlainTextReader.Instance,
        };
        return reader.Read(seekable, fileName, LimitsOf(options));
    }

    /// <summary>The reading part of the options: what a reader may read.</summary>
    internal static ReadLimits LimitsOf(ParseOptions options) =>
        new(options.MaxFileBytes, options.MaxPages, options.Ocr, options.TesseractPath, options.OcrPageTimeout);
}
