using System.IO.Compression;
using System.Text;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Docx;
using static CommuneDocs.Tests.Reading.Docx.DocxBuilder;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Reading.Docx;

// Issue #4: container faults give typed errors, never a crash, a hang or gigabytes in memory.
public class DocxBadInputTests
{

    private static DocumentFormatException ReadFails(Stream stream, string name = "bad.docx", ParseOptions? options = null) =>
        Assert.Throws(Is.InstanceOf<DocumentFormatException>(), () => PlanParser.Read(stream, name, options ?? ParseOptions.Default))
            as DocumentFormatException ?? throw new AssertionException("no exception");

    [Test]
    public void EncryptedOleContainer_GivesDocumentEncryptedException()
    {
        // An OLE compound file whose directory names the streams of [MS-OFFCRYPTO] encryption, as Word writes a protected .docx.
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(bytes, 512);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 640);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 768);
        var error = ReadFails(new MemoryStream(bytes), "secret.bin");
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<DocumentEncryptedException>());
            Assert.That(error.Error, Is.EqualTo(DocumentError.Encrypted));
            Assert.That(error.Message, Does.Contain("password"));
        });
    }

    [Test]
    public void OleContainerNamedDocx_WithoutWordStreams_IsTakenAsEncrypted()
    {
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Assert.That(ReadFails(new MemoryStream(bytes), "ke-hoach.docx"), Is.TypeOf<DocumentEncryptedException>());
    }

    [Test]
    public void OleContainer_ReadAsDocx_StillGivesItsOwnError()
    {
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 512);
        var error = Assert.Throws<DocumentFormatException>(() => DocxReader.Instance.Read(new MemoryStream(bytes), "cu.doc", PlanParser.LimitsOf(ParseOptions.Default)))!;
        Assert.That(error.Error, Is.EqualTo(DocumentError.LegacyWordFormat));
    }

    [Test]
    public void TablesNestedPastTheLimit_AreSkippedWithADiagnostic()
    {
        var body = P("lõi");
        for (var i = 0; i < WordBlockReader.MaxNesting + 4; i++) body = $"<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>{body}</w:tc></w:tr></w:tbl>";
        var document = Read(body);
        Assert.Multiple(() =>
        {
            Assert.That(document.Blocks.OfType<SourceTable>().Count(), Is.EqualTo(1));
            Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain(Model.DiagnosticCode.LimitReached));
        });
    }

    [Test]
    public void StyleBasedOnCycle_DoesNotHang()
    {
        const string styles = """
            <w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>
            """;
        Assert.That(Paragraphs(P("vòng", style: "A"), styles: styles).Single().Style.Bold, Is.True);
    }

    [Test]
    public void AbsurdGridSpan_IsClamped()
    {
        var document = Read("<w:tbl><w:tblGrid/><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"100000000\"/></w:tcPr>" + P("rộng") + "</w:tc></w:tr></w:tbl>");
        Assert.That(document.Blocks.OfType<SourceTable>().Single().Rows[0].Cells.Length, Is.EqualTo(WordTableReader.MaxColumnSpan));
    }

    [Test]
    public void ZipThatIsNotWord_IsUnsupported()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" " +
                         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        }
        stream.Position = 0;
        var error = ReadFails(stream, "sheet.docx");
        Assert.Multiple(() =>
        {
            Assert.That(error.Error, Is.EqualTo(DocumentError.UnsupportedFormat));
            Assert.That(error.Message, Does.Contain("Excel"));
        });
    }

    [Test]
    public void PlainZip_IsUnsupported()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("không phải Word");
        }
        stream.Position = 0;
        Assert.That(ReadFails(stream).Error, Is.EqualTo(DocumentError.UnsupportedFormat));
    }

    [Test]
    public void TruncatedZip_IsCorrupt()
    {
        var whole = Build(P("Nội dung đủ dài để nén") + P("Đoạn hai")).ToArray();
        var error = ReadFails(new MemoryStream(whole[..(whole.Length / 2)]));
        Assert.Multiple(() =>
        {
            Assert.That(error.Error, Is.EqualTo(DocumentError.Corrupt));
            Assert.That(error.InnerException, Is.Not.Null);
        });
    }

    [Test]
    public void MalformedDocumentXml_IsCorrupt()
    {
        var stream = Replace(Build(P("x")), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        Assert.That(ReadFails(stream).Error, Is.EqualTo(DocumentError.Corrupt));
    }

    [Test]
    public void XmlNestedTooDeep_IsRefusedBeforeTheSdkRecurses()
    {
        var depth = DocxPackageGuard.MaxXmlDepth + 50;
        var xml = $"<w:document {Namespaces}><w:body>" + string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", depth))
                  + string.Concat(Enumerable.Repeat("</w:customXml>", depth)) + "</w:body></w:document>";
        var error = ReadFails(Replace(Build(P("x")), "word/document.xml", xml));
        Assert.That(error.Error, Is.EqualTo(DocumentError.Corrupt));
    }

    [Test]
    public void ZipBomb_PartInflatingPastTheLimit_IsTooLarge()
    {
        // Four megabytes of one letter compress to a few kilobytes; the limit is one megabyte.
        var stream = Build(P(new string('a', 4 << 20)));
        Assert.That(stream.Length, Is.LessThan(100_000));
        var error = ReadFails(stream, options: ParseOptions.Default with { MaxFileBytes = 1 << 20 });
        Assert.That(error.Error, Is.EqualTo(DocumentError.TooLarge));
    }

    [Test]
    public void ZipBomb_LyingSizeHeader_IsStoppedWhileInflating()
    {
        var stream = Build(P(new string('a', 4 << 20)));
        var bytes = DeclareSize(stream.ToArray(), "word/document.xml", 1000);
        var error = ReadFails(new MemoryStream(bytes), options: ParseOptions.Default with { MaxFileBytes = 1 << 20 });
        Assert.That(error.Error, Is.AnyOf(DocumentError.TooLarge, DocumentError.Corrupt));
    }

    [Test]
    public void EmptyFile_IsEmpty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReadFails(new MemoryStream()).Error, Is.EqualTo(DocumentError.Empty));
            Assert.That(Assert.Throws<DocumentFormatException>(() => DocxReader.Instance.Read(new MemoryStream(), "e.docx", PlanParser.LimitsOf(ParseOptions.Default)))!.Error,
                Is.EqualTo(DocumentError.Empty));
        });
    }

    [Test]
    public void RealWorldAndCorpusDocx_AllReadIntoBlocks()
    {
        var files = new[] { TestPaths.RealWorld, TestPaths.Corpus }.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.docx")).ToList();
        if (files.Count == 0) Assert.Ignore($"{TestPaths.RealWorld} and {TestPaths.Corpus} are not on this machine.");
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                using var stream = File.OpenRead(file);
                var document = DocxReader.Instance.Read(stream, Path.GetFileName(file), PlanParser.LimitsOf(ParseOptions.Default));
                Assert.That(document.Blocks.OfType<SourceParagraph>().Count(), Is.GreaterThan(10), file);
                Assert.That(document.Blocks.OfType<SourceTable>().Count(), Is.GreaterThan(0), file);
            }
        });
    }

    [Test]
    public void RealWorldDoc_GivesLegacyWordFormat()
    {
        var file = TestPaths.RealWorldFile("lamdong-ke-hoach-kmt-2026.doc");
        var error = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(file))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Error, Is.EqualTo(DocumentError.LegacyWordFormat));
            Assert.That(error.Message, Does.Contain(".docx"));
        });
    }

    private static MemoryStream Replace(MemoryStream package, string entryName, string content)
    {
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
        return new MemoryStream(package.ToArray());
    }

    /// <summary>Rewrites the uncompressed size a zip declares for one entry, in its local header and central directory record.</summary>
    private static byte[] DeclareSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(name) && BitConverter.ToUInt16(zip, i + 26) == name.Length)
            {
                if (BitConverter.ToUInt32(zip, i + 22) != 0) BitConverter.GetBytes(size).CopyTo(zip, i + 22);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(name) && BitConverter.ToUInt16(zip, i + 28) == name.Length)
            {
                BitConverter.GetBytes(size).CopyTo(zip, i + 24);
            }
        }
        return zip;
    }
}
