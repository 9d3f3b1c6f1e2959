using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommuneDocs.Dev.Scale;

/// <summary>Writes a generated plan as plain text or as a Word document, byte for byte the same for the same plan.</summary>
internal static class PlanWriters
{
    /// <summary>The time stamp every DOCX zip entry carries, so that two runs write the same bytes.</summary>
    public static readonly DateTimeOffset FixedTimestamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>One paragraph per line, a blank line between paragraphs (as plans exported to text are), UTF-8 without BOM.</summary>
    public static byte[] Text(GeneratedPlan plan)
    {
        var sb = new StringBuilder();
        foreach (var line in plan.Lines) sb.Append(line.Text).Append("\n\n");
        return Utf8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// A DOCX with one paragraph per line; headings bold, the header block centred. Relationship ids are given
    /// explicitly and the zip is rewritten with <see cref="FixedTimestamp"/>, which makes the output deterministic.
    /// </summary>
    public static byte[] Docx(GeneratedPlan plan)
    {
        using var package = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var body = new Body();
            foreach (var line in plan.Lines)
            {
                var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line.Text) { Space = SpaceProcessingModeValues.Preserve });
                if (line.Style != LineStyle.Body) run.PrependChild(new RunProperties(new Bold()));
                var paragraph = new Paragraph(run);
                if (line.Style == LineStyle.Centered)
                    paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
                body.Append(paragraph);
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return Restamp(package.ToArray());
    }

    /// <summary>Copies a zip entry by entry, in the same order, with every entry's time set to <see cref="FixedTimestamp"/>.</summary>
    private static byte[] Restamp(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTimestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
