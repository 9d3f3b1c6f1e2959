namespace CommuneDocs.Model;

/// <summary>Every message CommuneDocs shows a person, in one place.</summary>
internal static class Messages
{
    public static string EmptyFile(string file) => $"'{file}' is empty.";

    public static string Binary(string file) =>
        $"'{file}' is not a PDF, a Word .docx, an HTML page, Markdown or a text file (it looks like other binary data).";

    public static string MarkdownTooDeep() =>
        "Markdown nested past Markdig's depth limit was read as plain paragraphs, without its emphasis, lists or tables.";

    public static string NotADocument(string file, string format) =>
        $"'{file}' is {format} without an administrative document in it: no kind heading (KẾ HOẠCH, QUYẾT ĐỊNH, ...), no quốc hiệu and no numbered parts.";

    public static string LegacyOffice(string file) =>
        $"'{file}' is a Word 97-2003 (.doc) or other legacy Office file, which CommuneDocs does not read. " +
        "Convert it to .docx first, e.g. 'libreoffice --headless --convert-to docx FILE' or Save As .docx in Word.";

    public static string TooLarge(string file, long bytes, long limit) =>
        $"'{file}' is {bytes:N0} bytes, over the limit of {limit:N0} bytes (ParseOptions.MaxFileBytes).";

    public static string Undecodable(string file) =>
        $"'{file}' is not valid UTF-8 or UTF-16 text; it was read as Windows-1258, which may garble some letters.";

    public static string NotFound(string path) => $"'{path}' does not exist.";

    public static string PdfEncrypted(string file) =>
        $"'{file}' is an encrypted PDF that cannot be opened without a password; remove the protection first (e.g. 'qpdf --decrypt --password=PASSWORD in.pdf out.pdf').";

    public static string PdfCorrupt(string file, string detail) =>
        $"'{file}' is a damaged or truncated PDF and could not be read ({detail}).";

    public static string PdfTruncated(string file) =>
        $"'{file}' is a truncated PDF: its end-of-file marker is missing, so part of the file was lost (download or copy it again).";

    public static string PdfNoPages(string file) => $"'{file}' is a PDF without any readable page.";

    public static string PdfPageLimit(string file, int pages, int limit) =>
        $"'{file}' has {pages} pages; only the first {limit} were read (ParseOptions.MaxPages).";

    public static string PdfScanned(string file, int pages) =>
        $"'{file}' has no text layer: its {Pages(pages)} scanned images; " + OcrAdvice;

    public static string PdfStampOnly(string file, int pages, int words) =>
        $"'{file}' is a scan: its {Pages(pages)} images, and its only text is a digital-signature stamp" + (words > 0 ? $" ({words} words)" : "") + "; " + OcrAdvice;

    public static string PdfBadOcr(string file, double share) =>
        $"'{file}' has a text layer of unusable OCR: only {share:P0} of its words are well-formed Vietnamese syllables, numbers or abbreviations; " + OcrAdvice;

    public static string PdfLegacyEncoding(string file, string encodings) =>
        $"'{file}' uses legacy Vietnamese font encodings ({encodings}); its text was converted to Unicode.";

    private static string Pages(int pages) => pages == 1 ? "1 page is" : $"{pages} pages are";

    private const string OcrAdvice =
        "ask for OCR ('communedocs parse --ocr', ParseOptions.Ocr; needs tesseract with Vietnamese) or run OCR first (e.g. 'ocrmypdf -l vie in.pdf out.pdf').";

    private const string OcrInstall = "install it with 'apt-get install tesseract-ocr tesseract-ocr-vie' (Debian, Ubuntu), 'dnf install tesseract tesseract-langpack-vie' (Fedora) or 'brew install tesseract tesseract-lang' (macOS), or set ParseOptions.TesseractPath";

    public static string OcrProgramMissing(string file, string program) =>
        $"'{file}' needs OCR, but the OCR program '{program}' was not found; {OcrInstall}.";

    public static string OcrProgramFailed(string file, string program, string detail) =>
        $"'{file}' needs OCR, but '{program} --list-langs' failed ({detail}); reinstall Tesseract: {OcrInstall}.";

    public static string OcrLanguageMissing(string file, string program, string language) =>
        $"'{file}' needs OCR, but '{program}' has no Vietnamese model ('{language}' is not in 'tesseract --list-langs'); install it with 'apt-get install tesseract-ocr-vie' (Debian, Ubuntu) or put {language}.traineddata in its tessdata folder.";

    public static string OcrRendererMissing(string file, int page, string renderer) =>
        $"'{file}': page {page} is not one plain image that can be handed to OCR (turned, JBIG2 or CCITT data, or drawn), and '{renderer}' to render it is not on PATH; install poppler-utils ('apt-get install poppler-utils').";

    public static string OcrPageFailed(string file, int page, string detail) =>
        $"'{file}': OCR of page {page} failed ({detail}).";

    public static string OcrPageTimeout(string file, int page, TimeSpan limit) =>
        $"'{file}': OCR of page {page} took longer than {limit.TotalSeconds:0} s and was stopped (ParseOptions.OcrPageTimeout).";

    public static string OcrFoundNothing(string file, int pages) =>
        $"'{file}': OCR found no text on its {Pages(pages)} images.";

    public static string OcrReason(Reading.Pdf.TextLayerFault fault) => fault switch
    {
        Reading.Pdf.TextLayerFault.NoTextLayer => "it has no text layer",
        Reading.Pdf.TextLayerFault.StampOnly => "its only text is a digital-signature stamp",
        _ => "its text layer is unusable OCR",
    };

    public static string OcrText(string file, string why, int pages, double share) =>
        $"'{file}': the text of its {(pages == 1 ? "page" : $"{pages} pages")} was recognised by OCR (tesseract, vie) because {why}; " +
        $"letters, numbers and layout may be misread ({share:P0} of the recognised words are well-formed Vietnamese syllables, numbers or abbreviations).";

    public static string Encrypted(string file) =>
        $"'{file}' is password-protected (an encrypted Office file), so its text cannot be read. " +
        "Open it in Word with the password, remove the password (File > Info > Protect Document > Encrypt with Password) and save it again as .docx.";

    public static string NotAWordPackage(string file, string? what) =>
        $"'{file}' is a zip archive but not a Word document (it has no word/document.xml main part)" + (what is null ? "." : $"; it looks like {what}.");

    public static string CorruptDocx(string file, string detail) =>
        $"'{file}' is a damaged or truncated .docx and could not be read ({detail}). Open it in Word or LibreOffice and save it again to repair it.";

    public static string DocxPartTooLarge(string file, string part, long bytes, long limit) =>
        $"'{file}': its part '{part}' inflates to {bytes:N0} bytes, over the limit of {limit:N0} bytes (ParseOptions.MaxFileBytes); the file may be a zip bomb.";

    public static string DocxTotalTooLarge(string file, long bytes, long limit) =>
        $"'{file}': its parts inflate to {bytes:N0} bytes in all, over the limit of {limit:N0} bytes (ParseOptions.MaxFileBytes); the file may be a zip bomb.";

    public static string DocxInflatesTooFar(string file, long limit) =>
        $"'{file}': its parts inflate past the limit of {limit:N0} bytes (ParseOptions.MaxFileBytes), more than the archive declares; the file is corrupt or a zip bomb.";

    public static string DocxTooManyParts(string file, int parts, int limit) =>
        $"'{file}' holds {parts:N0} zip entries, over the limit of {limit:N0}; it is not a document Word writes.";

    public static string DocxNestedTooDeep(string file, string part, int limit) =>
        $"'{file}': '{part}' nests XML elements deeper than {limit} levels; the file is corrupt or malicious.";

    public static string MissingList(int numId) =>
        $"A paragraph is numbered with list {numId}, which the numbering part does not define; its label is missing.";

    public static string MissingListLevel(int numId, int level) =>
        $"A paragraph is numbered with level {level + 1} of list {numId}, which that list does not define; its label is missing.";

    public static string EmbeddedDocumentSkipped() =>
        "An embedded document (w:altChunk) was not read; open the file in Word and save it to merge it into the text.";

    public static string DocxNestingLimit(int limit) =>
        $"Tables or text boxes nested deeper than {limit} levels were not read.";
}
