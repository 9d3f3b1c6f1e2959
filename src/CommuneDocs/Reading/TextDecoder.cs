using System.Text;
using CommuneDocs.Model;

namespace CommuneDocs.Reading;

/// <summary>Decodes text files (plain text, Markdown): UTF-8 with or without BOM, UTF-16 with BOM or by its zero bytes, else Windows-1258 with a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string fileName, ICollection<Diagnostic> diagnostics)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8OrFallback(bytes, 3, fileName, diagnostics);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 4 && bytes.Length % 2 == 0)
        {
            var zerosOdd = 0;
            var zerosEven = 0;
            var n = Math.Min(bytes.Length, 4096);
            for (var i = 0; i < n; i++)
            {
                if (bytes[i] != 0) continue;
                if (i % 2 == 0) zerosEven++; else zerosOdd++;
            }
            if (zerosOdd > n / 6 && zerosEven == 0) return Encoding.Unicode.GetString(bytes);
            if (zerosEven > n / 6 && zerosOdd == 0) return Encoding.BigEndianUnicode.GetString(bytes);
        }
        return Utf8OrFallback(bytes, 0, fileName, diagnostics);
    }

    private static string Utf8OrFallback(byte[] bytes, int offset, string fileName, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.EncodingFallback, Messages.Undecodable(fileName), SourceSpan.None));
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1258).GetString(bytes, offset, bytes.Length - offset);
        }
    }
}
