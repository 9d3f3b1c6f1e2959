using CommuneDocs.Reading;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Reading.Pdf;

/// <summary>Published PDFs from a provincial office (../shared/realworld): never crash, say clearly what could not be read.</summary>
internal sealed class RealWorldPdfTests
{
    private static string PathOf(string name) => TestPaths.RealWorldFile(name);

    [Test]
    public void BornDigitalSignedReport_ParsesWithHeaderAndOutline()
    {
        var path = PathOf("lamdong-3367-bao-cao-signed.pdf");

        var plan = PlanParser.Parse(path);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Source.Pages, Is.EqualTo(6));
            Assert.That(plan.Number, Is.EqualTo("3367"));
            Assert.That(plan.Symbol, Is.EqualTo("TTr-SNV"));
            Assert.That(plan.Outline, Is.Not.Empty);
        });
    }

    [Test]
    public void BornDigitalSignedReport_HeaderIsOneLayoutTable()
    {
        using var stream = File.OpenRead(PathOf("lamdong-3367-bao-cao-signed.pdf"));

        var doc = PlanParser.Read(stream, "3367.pdf", ParseOptions.Default);

        var header = doc.Blocks[0] as SourceTable;
        Assert.That(header, Is.Not.Null);
        Assert.That(header!.Rows[0].Cells[0].Text, Does.Contain("Số: 3367/TTr-SNV").And.Not.Contain("CỘNG HÒA"));
        Assert.That(header.Rows[0].Cells[1].Text, Does.StartWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    }

    [TestCase("lamdong-3980-scan.pdf", "no text layer")]
    [TestCase("lamdong-4409-scan-signed.pdf", "signature stamp")]
    [TestCase("lamdong-298-pc04-cong-van.pdf", "unusable OCR")]
    public void Scans_ThrowNoText_SayingWhichKind(string name, string kind)
    {
        var path = PathOf(name);

        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo(DocumentError.NoText));
            Assert.That(ex.Message, Does.Contain(kind).And.Contain("OCR"));
        });
    }
}
