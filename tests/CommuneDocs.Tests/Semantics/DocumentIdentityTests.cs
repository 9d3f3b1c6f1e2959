using CommuneDocs.Model;
using CommuneDocs.Semantics;

namespace CommuneDocs.Tests.Semantics;

public class DocumentIdentityTests
{
    [Test]
    public void Group_CorpusPlanInThreeFormats_IsOneDocumentWithItsThreeFiles()
    {
        var files = Directory.GetFiles(TestPaths.Corpus).Where(f => Path.GetExtension(f) is ".txt" or ".docx" or ".pdf").Order(StringComparer.Ordinal);
        var groups = DocumentIdentity.Group(files.Select(f => PlanParser.Parse(f)));
        Assert.That(groups, Has.Length.EqualTo(5));
        foreach (var group in groups)
        {
            Assert.That(group.Files.Select(f => Path.GetExtension(f.Source.File)), Is.EquivalentTo(new[] { ".txt", ".docx", ".pdf" }));
            Assert.That(group.Plan.Source.Format, Is.EqualTo(SourceFormat.Docx), "the Word file stands for the document");
        }
    }

    [Test]
    public void KeyOf_SameNumberIssuerAndDate_IsTheSameDocumentWhateverTheText()
    {
        var a = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục"));
        var b = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục hành chính (bản ký số)"));
        Assert.That(DocumentIdentity.KeyOf(a), Is.EqualTo(DocumentIdentity.KeyOf(b)));
    }

    [Test]
    public void KeyOf_BlankNumber_FallsBackOnIssuerDateAndTitle()
    {
        var header = PlanText.DefaultHeader.Replace("Số: 12/KH-UBND", "Số:    /KH-UBND");
        var a = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", header));
        var same = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1.  Rà soát   thủ tục", header.Replace("Chuyển đổi số năm 2025", "Chuyển  đổi số, năm 2025")));
        var other = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", header.Replace("Chuyển đổi số năm 2025", "Số hóa hồ sơ năm 2025")));
        Assert.That(DocumentIdentity.KeyOf(a), Is.EqualTo(DocumentIdentity.KeyOf(same)));
        Assert.That(DocumentIdentity.KeyOf(a), Is.Not.EqualTo(DocumentIdentity.KeyOf(other)));
    }
}
