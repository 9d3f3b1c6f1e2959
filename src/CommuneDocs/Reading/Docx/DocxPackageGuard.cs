using System.IO.Compression;
using System.Text;
using System.Xml;
using CommuneDocs.Model;

namespace CommuneDocs.Reading.Docx;

/// <summary>
/// Looks at a .docx archive before the OpenXml SDK opens it, and reads its XML parts under limits: refuses an archive
/// that is not a Word package, declares parts or a total larger than <see cref="ReadLimits.MaxFileBytes"/>, holds an
/// absurd number of entries, or nests XML deeper than <see cref="MaxXmlDepth"/> (a zip bomb or a stack-depth attack).
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>The most zip entries a package may hold; Word writes a few dozen.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The deepest XML element nesting read; Word documents stay well under 100.</summary>
    public const int MaxXmlDepth = 512;

    private const long MaxContentTypesBytes = 1 << 20;

    // Main-part content types of Word documents, templates and their macro-enabled forms (ECMA-376 Part 1, 11.3.10).
    private static readonly string[] WordMainContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    /// <summary>Checks the archive's directory and content types; leaves <paramref name="stream"/> where it was.</summary>
    public static void Inspect(Stream stream, string fileName, long limit)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
                throw new DocumentFormatException(DocumentError.TooLarge, Messages.DocxTooManyParts(fileName, zip.Entries.Count, MaxEntries));
            long total = 0;
            ZipArchiveEntry? contentTypes = null;
            var hasMainPart = false;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limit)
                    throw new DocumentFormatException(DocumentError.TooLarge, Messages.DocxPartTooLarge(fileName, entry.FullName, entry.Length, limit));
                total += entry.Length;
                if (total > limit) throw new DocumentFormatException(DocumentError.TooLarge, Messages.DocxTotalTooLarge(fileName, total, limit));
                if (entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)) contentTypes = entry;
                if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)) hasMainPart = true;
            }
            var types = contentTypes is null ? "" : ReadText(contentTypes.Open(), new ReadBudget(Math.Min(limit, MaxContentTypesBytes), fileName));
            if (!hasMainPart && !WordMainContentTypes.Any(t => types.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DocumentFormatException(DocumentError.UnsupportedFormat, Messages.NotAWordPackage(fileName, WhatElse(types, zip)));
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFormatException(DocumentError.Corrupt, Messages.CorruptDocx(fileName, e.Message), e);
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>Reads an XML part's text through a capped stream and checks that it is well formed and not nested absurdly deep.</summary>
    public static string ReadXml(Stream part, string partName, ReadBudget budget, string fileName)
    {
        var xml = ReadText(part, budget);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxXmlDepth)
                throw new DocumentFormatException(DocumentError.Corrupt, Messages.DocxNestedTooDeep(fileName, partName, MaxXmlDepth));
        }
        return WithoutDeclaration(xml);
    }

    /// <summary>The SDK builds an element from its outer XML, which must not carry the XML declaration.</summary>
    private static string WithoutDeclaration(string xml)
    {
        var t = xml.AsSpan().TrimStart();
        if (!t.StartsWith("<?xml", StringComparison.Ordinal)) return xml;
        var end = t.IndexOf("?>", StringComparison.Ordinal);
        return end < 0 ? xml : t[(end + 2)..].TrimStart().ToString();
    }

    private static string ReadText(Stream part, ReadBudget budget)
    {
        using var capped = new LengthCappedStream(part, budget);
        using var text = new StreamReader(capped, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return text.ReadToEnd();
    }

    private static string? WhatElse(string contentTypes, ZipArchive zip)
    {
        if (contentTypes.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase)) return "an Excel workbook (.xlsx)";
        if (contentTypes.Contains("presentationml", StringComparison.OrdinalIgnoreCase)) return "a PowerPoint presentation (.pptx)";
        if (zip.Entries.Any(e => e.FullName == "mimetype") && zip.Entries.Any(e => e.FullName == "content.xml")) return "an OpenDocument file (.odt, .ods); save it as .docx";
        return contentTypes.Length == 0 ? "a plain zip archive" : null;
    }
}
