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

    [Test]
    public void Group_WordDraftWithBlankNumberAndTheSignedCopy_IsOneDocument()
    {
        // Offices keep the Word file, whose number and day are filled in by hand, beside the signed PDF that has them.
        var draftHeader = PlanText.DefaultHeader.Replace("Số: 12/KH-UBND", "Số:    /KH-UBND").Replace("ngày 05 tháng 9", "ngày      tháng 9");
        var draft = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", draftHeader), "ke-hoach.txt");
        var signed = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục"), "ke-hoach-ky-so.txt");
        var otherNumber = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", PlanText.DefaultHeader.Replace("Số: 12/", "Số: 15/").Replace("ngày 05", "ngày 20")), "khac.txt");

        Assert.That(DocumentIdentity.Group([draft, signed]).Select(g => g.Files.Length), Is.EqualTo(new[] { 2 }));
        Assert.That(DocumentIdentity.Group([draft, signed, otherNumber]).Select(g => g.Files.Length), Is.EqualTo(new[] { 1, 1, 1 }),
            "two signed copies fit the draft: which one it is cannot be told");
    }

    [Test]
    public void KeyOf_UndatedPlansOfOneTitleWithOtherNumbers_AreOtherDocuments()
    {
        var undated = PlanText.DefaultHeader.Replace("An Bình, ngày 05 tháng 9 năm 2025", "");
        var a = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", undated));
        var b = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", undated.Replace("Số: 12/", "Số: 15/")));
        Assume.That(a.Date, Is.Null);
        Assert.That(DocumentIdentity.KeyOf(a), Is.Not.EqualTo(DocumentIdentity.KeyOf(b)));
    }
}
