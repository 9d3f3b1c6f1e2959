namespace CommuneDocs;

/// <summary>Every message CommuneDocs shows a person, in one place.</summary>
internal static class Messages
{
    public static string EmptyFile(string file) => $"'{file}' is empty.";

    public static string Binary(string file) =>
        $"'{file}' is not a PDF, a Word .docx or a text file (it looks like other binary data).";

    public static string LegacyOffice(string file) =>
        $"'{file}' is a Word 97-2003 (.doc) or other legacy Office file, which CommuneDocs does not read. " +
        "Convert it to .docx first, e.g. 'libreoffice --headless --convert-to docx FILE' or Save As .docx in Word.";

    public static string TooLarge(string file, long bytes, long limit) =>
        $"'{file}' is {bytes:N0} bytes, over the limit of {limit:N0} bytes (ParseOptions.MaxFileBytes).";

    public static string Undecodable(string file) =>
        $"'{file}' is not valid UTF-8 or UTF-16 text; it was read as Windows-1258, which may garble some letters.";

    public static string NotFound(string path) => $"'{path}' does not exist.";
}
