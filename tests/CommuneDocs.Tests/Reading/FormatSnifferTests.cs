using System.Text;
using CommuneDocs.Model;
using CommuneDocs.Reading;

namespace CommuneDocs.Tests.Reading;

/// <summary>Formats told from content (issue 15): HTML whatever the name, Markdown by name or when it clearly is, text otherwise.</summary>
public class FormatSnifferTests
{
    private static SourceFormat Sniff(string text, string name) => FormatSniffer.Sniff(Encoding.UTF8.GetBytes(text), name);

    [TestCase("<!DOCTYPE html><html><body>x</body></html>", "a.txt")]
    [TestCase("\uFEFF  <!-- saved --> <HTML xmlns:w=\"urn:schemas-microsoft-com:office:word\">", "page")]
    [TestCase("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "a.xml")]
    [TestCase("<head><meta charset=utf-8></head>", "a.md")]
    [TestCase("<p>Kế hoạch</p>", "fragment.html")]
    public void Html_IsSniffedFromContent(string text, string name) => Assert.That(Sniff(text, name), Is.EqualTo(SourceFormat.Html));

    [Test]
    public void Utf16Html_IsSniffed() =>
        Assert.That(FormatSniffer.Sniff([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<html><body>x</body></html>")], "a.htm"), Is.EqualTo(SourceFormat.Html));

    [TestCase("Kế hoạch số 12", "a.md")]
    [TestCase("Kế hoạch số 12", "a.MARKDOWN")]
    [TestCase("|\n**ỦY BAN NHÂN DÂN**\nXÃ A\n|\n**CỘNG HÒA**\n|\n", "page.txt")]
    [TestCase("| STT | Nội dung |\n|---|---|\n| 1 | x |\n", "page.txt")]
    [TestCase("# KẾ HOẠCH\n\n## I. MỤC ĐÍCH\n\n## II. NHIỆM VỤ\n", "page.txt")]
    public void Markdown_ByNameOrWhenClearly(string text, string name) => Assert.That(Sniff(text, name), Is.EqualTo(SourceFormat.Markdown));

    [TestCase("KẾ HOẠCH\n**Lưu ý** một dòng đậm\n# 1 dòng", "a.txt")]
    [TestCase("<p>Kế hoạch</p> viết trong văn bản", "a.txt")]
    public void PlainText_StaysText(string text, string name) => Assert.That(Sniff(text, name), Is.EqualTo(SourceFormat.Text));

    [Test]
    public void CorpusTextFiles_AreStillPlainText()
    {
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*.txt").ToList();
        Assert.That(files, Has.Count.EqualTo(5));
        foreach (var file in files)
        {
            var head = File.ReadAllBytes(file).AsSpan(0, Math.Min(4096, (int)new FileInfo(file).Length));
            Assert.That(FormatSniffer.Sniff(head, Path.GetFileName(file)), Is.EqualTo(SourceFormat.Text), file);
        }
    }

    [Test]
    public void BinaryFileNamedHtm_IsUnsupported()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        "<html>"u8.CopyTo(bytes.AsSpan(20));

        var ex = Assert.Throws<DocumentFormatException>(() => FormatSniffer.Sniff(bytes, "page.htm"));
        Assert.That(ex!.Error, Is.EqualTo(DocumentError.UnsupportedFormat));
    }
}
