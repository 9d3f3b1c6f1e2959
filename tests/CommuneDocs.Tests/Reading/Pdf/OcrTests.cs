using CommuneDocs.Model;
using CommuneDocs.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CommuneDocs.Tests.Reading.Pdf;

/// <summary>
/// OCR of PDFs without a usable text layer (issue #5), where <c>tesseract</c> with its Vietnamese model is installed;
/// the tests that need it, or <c>pdftoppm</c> to make a scan, are ignored with the reason where they are missing.
/// </summary>
internal sealed class OcrTests
{

    private static readonly ParseOptions WithOcr = ParseOptions.Default with { Ocr = true };

    private static readonly Lazy<string?> TesseractMissing = new(() =>
    {
        var tesseract = ExternalProcess.Locate("tesseract");
        if (tesseract is null) return "tesseract is not on PATH (apt-get install tesseract-ocr tesseract-ocr-vie)";
        var langs = ExternalProcess.Run(tesseract, ["--list-langs"], TimeSpan.FromSeconds(30), CancellationToken.None);
        return langs is not null && (langs.StandardOutput + langs.StandardError).Split('\n', StringSplitOptions.TrimEntries).Contains("vie")
            ? null
            : "tesseract has no Vietnamese model (apt-get install tesseract-ocr-vie)";
    });

    /// <summary>Page 1 of a corpus plan, rendered at 200 dpi and wrapped as the only content of a PDF page: a scan without a text layer.</summary>
    private static readonly Lazy<byte[]?> ScannedPlan = new(() =>
    {
        var renderer = ExternalProcess.Locate("pdftoppm");
        if (renderer is null) return null;
        var folder = Directory.CreateTempSubdirectory("communedocs-test-");
        try
        {
            var stem = Path.Combine(folder.FullName, "page");
            var source = Path.Combine(TestPaths.Corpus, "000_a883dd9e56d4ab64.pdf");
            ExternalProcess.Run(renderer, ["-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", source, stem], TimeSpan.FromMinutes(1), CancellationToken.None);
            var builder = new PdfDocumentBuilder();
            var page = builder.AddPage(595, 842);
            page.AddPng(File.ReadAllBytes(stem + ".png"), new PdfRectangle(0, 0, 595, 842));
            return builder.Build();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    });

    private static void RequireTesseract()
    {
        if (TesseractMissing.Value is { } reason) Assert.Ignore(reason);
    }

    private static MemoryStream Scan()
    {
        var pdf = ScannedPlan.Value;
        if (pdf is null) Assert.Ignore("pdftoppm is not on PATH to make a scanned PDF (apt-get install poppler-utils)");
        return new MemoryStream(pdf!);
    }

    /// <summary>A page with a drawn line and no text or image: a PDF without a text layer that needs no renderer to make.</summary>
    private static MemoryStream DrawnPage()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawLine(new PdfPoint(100, 700), new PdfPoint(500, 700), 1);
        return new MemoryStream(builder.Build());
    }

    private static string[] OcrFolders() => [.. Directory.GetDirectories(Path.GetTempPath(), "communedocs-ocr-*")];

    [Test]
    public void ScannedPlan_WithOcr_ReadsHeaderAndWarnsThatTextCameFromOcr()
    {
        RequireTesseract();
        using var scan = Scan();

        var plan = PlanParser.Parse(scan, "scan.pdf", WithOcr);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Kind, Is.EqualTo(DocumentKind.Plan));
            Assert.That(plan.Symbol, Is.EqualTo("KH-UBND"));
            Assert.That(plan.Title, Does.Contain("dịch vụ công trực tuyến"));
            Assert.That(plan.Source.Pages, Is.EqualTo(1));
            Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.OcrText));
        });
    }

    [Test]
    public void ScannedPlan_WithoutOcr_ThrowsNoTextLayer()
    {
        using var scan = Scan();

        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(scan, "scan.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo(DocumentError.NoText));
            Assert.That(ex.Message, Does.Contain("no text layer").And.Contain("--ocr"));
        });
    }

    [Test]
    public void TesseractMissing_ThrowsOcrFailed_TellingHowToInstall()
    {
        using var page = DrawnPage();
        var options = WithOcr with { TesseractPath = "/nonexistent/bin/tesseract" };

        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(page, "drawn.pdf", options));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo(DocumentError.OcrFailed));
            Assert.That(ex.Message, Does.Contain("/nonexistent/bin/tesseract").And.Contain("tesseract-ocr-vie"));
        });
    }

    [Test]
    public void PageOverTimeout_ThrowsTimeout_AndLeavesNoTemporaryFiles()
    {
        RequireTesseract();
        using var scan = Scan();
        var before = OcrFolders();
        var options = WithOcr with { OcrPageTimeout = TimeSpan.FromMilliseconds(1) };

        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(scan, "scan.pdf", options));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Error, Is.EqualTo(DocumentError.Timeout));
            Assert.That(OcrFolders().Except(before), Is.Empty);
        });
    }

    [Test]
    public void BlankPage_WithOcr_ThrowsNoText()
    {
        RequireTesseract();
        using var page = DrawnPage();

        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(page, "drawn.pdf", WithOcr));

        Assert.That(ex!.Error, Is.EqualTo(DocumentError.NoText));
    }

    /// <summary>The real scans (../shared/realworld) with OCR: each parses, with its pages and the OCR warning, or fails with a typed error; what comes out is printed.</summary>
    [TestCase("lamdong-3980-scan.pdf", 3)]
    [TestCase("lamdong-4409-scan-signed.pdf", 2)]
    [TestCase("lamdong-298-pc04-cong-van.pdf", 1)]
    public void RealWorldScan_WithOcr_ParsesOrFailsWithTypedError(string name, int pages)
    {
        RequireTesseract();
        var path = TestPaths.RealWorldFile(name);

        PlanDocument plan;
        try
        {
            plan = PlanParser.Parse(path, WithOcr);
        }
        catch (DocumentFormatException ex)
        {
            TestContext.Out.WriteLine($"{name}: {ex.Error}: {ex.Message}");
            Assert.That(ex.Message, Does.Contain(name));
            return;
        }

        TestContext.Out.WriteLine($"{name}: kind {plan.Kind}, number {plan.Number}, symbol {plan.Symbol}, issuer {plan.Issuer}, date {plan.Date}, title {plan.Title}, tasks {plan.Tasks.Length}");
        Assert.Multiple(() =>
        {
            Assert.That(plan.Source.Pages, Is.EqualTo(pages));
            Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.OcrText));
        });
    }
}
