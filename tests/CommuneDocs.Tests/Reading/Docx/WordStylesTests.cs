using CommuneDocs.Reading;
using CommuneDocs.Reading.Docx;

namespace CommuneDocs.Tests.Reading.Docx;

/// <summary>
/// The style sheet is scanned once and a style is built only when named (a sheet is often several times the size of
/// the document); the markup of each style must still be found exactly, whatever the sheet's line breaks and comments.
/// </summary>
public class WordStylesTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string Sheet(string lineBreak) => string.Join(lineBreak,
        $"<w:styles xmlns:w=\"{W}\" xmlns:x=\"urn:a>b\">",
        "<!-- a comment with <w:style> in it -->",
        "<w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults>",
        "<w:latentStyles w:count=\"2\"><w:lsdException w:name=\"Normal\"/><w:lsdException w:name=\"Title\"/></w:latentStyles>",
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading\">",
        "  <w:basedOn w:val=\"Normal\"/>",
        "  <w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/></w:rPr>",
        "</w:style>",
        "<w:style w:type=\"character\" w:styleId=\"Empty\"/>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Last\"><w:basedOn w:val=\"Heading\"/><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style></w:styles>");

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Styles_AreFoundInTheMarkup_WithTheirChains(string lineBreak)
    {
        var styles = WordStyles.Load(Sheet(lineBreak));

        Assert.Multiple(() =>
        {
            Assert.That(styles.DefaultParagraphStyleId, Is.EqualTo("Normal"));
            Assert.That(styles.Paragraph(null).Alignment, Is.EqualTo(Alignment.Justify));
            Assert.That(styles.Paragraph("Heading").Alignment, Is.EqualTo(Alignment.Center));
            Assert.That(styles.ParagraphRun("Heading"), Is.EqualTo(new RunFormat(Bold: true, Italic: true)));
            Assert.That(styles.ParagraphRun("Last"), Is.EqualTo(new RunFormat(Bold: false, Italic: true)));
            Assert.That(styles.Character("Empty"), Is.EqualTo(default(RunFormat)));
            Assert.That(styles.Character("Missing"), Is.EqualTo(default(RunFormat)));
        });
    }

    [Test]
    public void NoStyleSheet_GivesNoFormatting() =>
        Assert.That(WordStyles.Load(null).ParagraphRun(null), Is.EqualTo(default(RunFormat)));
}
