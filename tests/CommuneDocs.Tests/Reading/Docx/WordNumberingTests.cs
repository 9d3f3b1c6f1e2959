using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Docx;
using static CommuneDocs.Tests.Reading.Docx.DocxBuilder;

namespace CommuneDocs.Tests.Reading.Docx;

// Issue #4: Word automatic numbering materialised into list labels as Word shows them.
public class WordNumberingTests
{
    private static List<string?> Labels(string body, string numbering, string? styles = null) =>
        Paragraphs(body, numbering, styles).Select(p => p.ListLabel).ToList();

    [TestCase("decimal", "%1.", "3.")]
    [TestCase("decimalZero", "%1.", "03.")]
    [TestCase("lowerLetter", "%1)", "c)")]
    [TestCase("upperLetter", "%1.", "C.")]
    [TestCase("lowerRoman", "%1.", "iii.")]
    [TestCase("upperRoman", "%1.", "III.")]
    [TestCase("decimal", "Điều %1.", "Điều 3.")]
    [TestCase("upperRoman", "Phần %1", "Phần III")]
    [TestCase("bullet", "-", "-")]
    [TestCase("bullet", "–", "-")]
    [TestCase("bullet", "+", "+")]
    [TestCase("bullet", "\uF0B7", "•")]
    [TestCase("bullet", "\uF0D8", "•")]
    [TestCase("bullet", "o", "•")]
    public void Numbering_Format_LabelAsWordShowsIt(string format, string text, string third)
    {
        var labels = Labels(P("một", 1) + P("hai", 1) + P("ba", 1), List(0, Level(0, format, text), 1));
        Assert.That(labels[2], Is.EqualTo(third));
    }

    [Test]
    public void Numbering_PictureBullet_IsABullet() =>
        Assert.That(Labels(P("một", 1), List(0, Level(0, "bullet", "", extra: "<w:lvlPicBulletId w:val=\"0\"/>"), 1)), Is.EqualTo(new[] { "•" }));

    [Test]
    public void Numbering_NoneFormat_GivesNoLabel() =>
        Assert.That(Labels(P("một", 1), List(0, Level(0, "none", ""), 1)), Is.EqualTo(new string?[] { null }));

    [Test]
    public void Numbering_Label_IsKeptOutOfText()
    {
        var p = Paragraphs(P("Mục tiêu chung", 1), List(0, Level(0, "decimal", "%1."), 1)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(p.Text, Is.EqualTo("Mục tiêu chung"));
            Assert.That(p.ListLabel, Is.EqualTo("1."));
        });
    }

    [Test]
    public void Numbering_Start_BeginsAtStartValue() =>
        Assert.That(Labels(P("a", 1) + P("b", 1), List(0, Level(0, "decimal", "%1.", start: 5), 1)), Is.EqualTo(new[] { "5.", "6." }));

    [Test]
    public void Numbering_MultiLevelText_JoinsTheLevelsNumbers()
    {
        var levels = Level(0, "decimal", "%1.") + Level(1, "decimal", "%1.%2.");
        var body = P("a", 1) + P("b", 1, 1) + P("c", 1, 1) + P("d", 1) + P("e", 1, 1);
        Assert.That(Labels(body, List(0, levels, 1)), Is.EqualTo(new[] { "1.", "1.1.", "1.2.", "2.", "2.1." }));
    }

    [Test]
    public void Numbering_HigherLevel_RestartsLowerLevel()
    {
        var levels = Level(0, "upperRoman", "%1.") + Level(1, "decimal", "%2.") + Level(2, "lowerLetter", "%3)");
        var body = P("a", 1) + P("b", 1, 1) + P("c", 1, 2) + P("d", 1, 1) + P("e", 1, 2) + P("f", 1) + P("g", 1, 1) + P("h", 1, 2);
        Assert.That(Labels(body, List(0, levels, 1)), Is.EqualTo(new[] { "I.", "1.", "a)", "2.", "a)", "II.", "1.", "a)" }));
    }

    [Test]
    public void Numbering_LvlRestartZero_KeepsCountingAcrossHigherLevels()
    {
        var levels = Level(0, "upperRoman", "%1.") + Level(1, "decimal", "%2.", extra: "<w:lvlRestart w:val=\"0\"/>");
        var body = P("a", 1) + P("b", 1, 1) + P("c", 1) + P("d", 1, 1);
        Assert.That(Labels(body, List(0, levels, 1)), Is.EqualTo(new[] { "I.", "1.", "II.", "2." }));
    }

    [Test]
    public void Numbering_IsLegal_WritesHigherLevelsAsDecimals()
    {
        var levels = Level(0, "upperRoman", "%1.") + Level(1, "decimal", "%1.%2.", extra: "<w:isLgl/>");
        Assert.That(Labels(P("a", 1) + P("b", 1) + P("c", 1, 1), List(0, levels, 1)), Is.EqualTo(new[] { "I.", "II.", "2.1." }));
    }

    [Test]
    public void Numbering_StartOverride_RestartsCounter()
    {
        var numbering = List(0, Level(0, "lowerLetter", "%1)"), 1)
                        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        var body = P("a", 1) + P("b", 1) + P("c", 2) + P("d", 2);
        Assert.That(Labels(body, numbering), Is.EqualTo(new[] { "a)", "b)", "a)", "b)" }));
    }

    [Test]
    public void Numbering_RestartingInstanceThenPlainOne_CountOnFromTheRestart()
    {
        // LibreOffice saves a restarted list so: its first paragraph with an instance that restarts the level, the
        // others with the plain instance of the same definition.
        var numbering = List(0, Level(0, "decimal", "%1."), 8)
                        + "<w:num w:numId=\"14\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        var body = P("a", 8) + P("b", 8) + P("c", 14) + P("d", 8) + P("e", 8);
        Assert.That(Labels(body, numbering), Is.EqualTo(new[] { "1.", "2.", "1.", "2.", "3." }));
    }

    [Test]
    public void Numbering_InstancesOfOneDefinition_ShareCounters()
    {
        var body = P("a", 1) + P("b", 1) + P("c", 2);
        Assert.That(Labels(body, List(0, Level(0, "decimal", "%1."), 1, 2)), Is.EqualTo(new[] { "1.", "2.", "3." }));
    }

    [Test]
    public void Numbering_LevelOverride_ReplacesTheLevel()
    {
        var numbering = List(0, Level(0, "decimal", "%1."))
                        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
                        + Level(0, "upperLetter", "%1)", start: 2) + "</w:lvlOverride></w:num>";
        Assert.That(Labels(P("a", 1) + P("b", 1), numbering), Is.EqualTo(new[] { "B)", "C)" }));
    }

    [Test]
    public void Numbering_FromParagraphStyleAndItsBasedOnChain()
    {
        const string styles = """
            <w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Điều"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="DieuDam"><w:name w:val="Điều đậm"/><w:basedOn w:val="Dieu"/></w:style>
            <w:style w:type="paragraph" w:styleId="Khoan"><w:name w:val="Khoản"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            """;
        var levels = Level(0, "decimal", "Điều %1.", extra: "<w:pStyle w:val=\"Dieu\"/>") + Level(1, "decimal", "%2.", extra: "<w:pStyle w:val=\"Khoan\"/>");
        var body = P("Phạm vi", style: "Dieu") + P("Khoản một", style: "Khoan") + P("Đối tượng", style: "DieuDam");
        Assert.That(Labels(body, List(0, levels, 1), styles), Is.EqualTo(new[] { "Điều 1.", "1.", "Điều 2." }));
    }

    [Test]
    public void Numbering_NumIdZero_RemovesStyleNumbering()
    {
        const string styles = """<w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>""";
        const string body = """<w:p><w:pPr><w:pStyle w:val="Muc"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Không số</w:t></w:r></w:p>""";
        Assert.That(Labels(body, List(0, Level(0, "decimal", "%1."), 1), styles), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public void Numbering_MissingList_IsADiagnosticNotAnException()
    {
        var document = Read(P("Mồ côi", 7), List(0, Level(0, "decimal", "%1."), 1));
        Assert.Multiple(() =>
        {
            Assert.That(document.Blocks.OfType<SourceParagraph>().Single().ListLabel, Is.Null);
            Assert.That(document.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCode.Other));
            Assert.That(document.Diagnostics.Single().Message, Does.Contain("list 7"));
        });
    }

    [Test]
    public void Numbering_NumberedEmptyParagraph_KeepsItsLabel() =>
        Assert.That(Labels("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>", List(0, Level(0, "decimal", "%1."), 1)),
            Is.EqualTo(new[] { "1." }));

    [TestCase(1, "a")]
    [TestCase(4, "d")]
    [TestCase(5, "e")]
    [TestCase(26, "z")]
    [TestCase(27, "aa")]
    [TestCase(28, "bb")]
    public void FormatNumber_LowerLetter_FollowsWordNotTheVietnameseAlphabet(int n, string expected) =>
        Assert.That(WordNumbering.FormatNumber(n, NumberFormat.LowerLetter), Is.EqualTo(expected));

    [Test]
    public void WordNumbering_PureLogic_CountsWithoutAPackage()
    {
        ImmutableArray<ListLevel?> levels = [new ListLevel(1, NumberFormat.UpperRoman, "%1."), new ListLevel(1, NumberFormat.Decimal, "%1.%2.", IsLegal: true), null, null, null, null, null, null, null];
        var numbering = new WordNumbering([new ListDefinition(3, levels)], [new ListInstance(1, 3)]);
        var labels = new[] { numbering.Next(1, 0), numbering.Next(1, 1), numbering.Next(1, 1), numbering.Next(1, 0), numbering.Next(1, 1) }.Select(l => l.Label);
        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.EqualTo(new[] { "I.", "1.1.", "1.2.", "II.", "2.1." }));
            Assert.That(numbering.Next(9, 0).Fault, Is.EqualTo(NumberingFault.MissingInstance));
            Assert.That(numbering.Next(1, 4).Fault, Is.EqualTo(NumberingFault.MissingLevel));
        });
    }
}
