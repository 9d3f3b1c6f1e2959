using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Structure;
using CommuneDocs.Structure.Zones;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Structure;

/// <summary>Each zone reader's answer to one line, table-driven: which zone the document is in after it, and whether the line was taken.</summary>
public class ZoneReaderTests
{
    private static Line LineOf(string text) => new(text, EnumeratorParser.Parse(text), BlockStyle.Plain, new SourceSpan(0, null));

    private static StructureState State(Zone zone, int titleLines = 0, int recipients = 0, bool signatureHasName = false)
    {
        var state = new StructureState([], ParseOptions.DefaultMaxOutlineDepth) { Zone = zone, SignatureHasName = signatureHasName };
        for (var i = 0; i < titleLines; i++) state.Title.Add(LineOf("Nâng cao chất lượng dịch vụ công"));
        for (var i = 0; i < recipients; i++) state.Recipients.Add(LineOf("- UBND tỉnh;"));
        return state;
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        // zone, title lines, recipients, signer named, line → next zone, taken
        yield return new TestCaseData("Title", 0, 0, false, "Chuyển đổi số năm 2025", "Title", true).SetName("Title_FirstLine_IsTaken");
        yield return new TestCaseData("Title", 1, 0, false, "Căn cứ Luật Tổ chức chính quyền địa phương;", "Preamble", false).SetName("Title_PreambleFormula_EndsTitle");
        yield return new TestCaseData("Title", 1, 0, false, "I. MỤC ĐÍCH, YÊU CẦU", "Body", false).SetName("Title_NumberedPart_StartsBody");
        yield return new TestCaseData("Title", 4, 0, false, "trên địa bàn xã", "Preamble", false).SetName("Title_FifthLine_EndsTitle");
        yield return new TestCaseData("Preamble", 0, 0, false, "Thực hiện Quyết định số 1565/QĐ-TTg", "Preamble", true).SetName("Preamble_UnnumberedParagraph_IsTaken");
        yield return new TestCaseData("Preamble", 0, 0, false, "1. Mục đích", "Body", false).SetName("Preamble_NumberedParagraph_StartsBody");
        yield return new TestCaseData("Body", 0, 0, false, "Trên đây là Kế hoạch của Ủy ban nhân dân xã", "Closing", true).SetName("Body_ClosingFormula_StartsClosing");
        yield return new TestCaseData("Body", 0, 0, false, "2. Nhiệm vụ", "Body", true).SetName("Body_NumberedParagraph_StaysInBody");
        yield return new TestCaseData("Closing", 0, 0, false, "IV. KINH PHÍ", "Body", false).SetName("Closing_PartHeading_GoesBackToBody");
        yield return new TestCaseData("Recipients", 0, 1, false, "- Lưu: VT.", "Recipients", true).SetName("Recipients_Bullet_IsARecipient");
        yield return new TestCaseData("Recipients", 0, 1, false, "PHÓ CHỦ TỊCH", "Signature", false).SetName("Recipients_PositionLine_StartsSignature");
        yield return new TestCaseData("Recipients", 0, 1, false, "Nguyễn Văn An", "Signature", false).SetName("Recipients_PersonName_StartsSignature");
        yield return new TestCaseData("Signature", 0, 0, false, "CHỦ TỊCH", "Signature", true).SetName("Signature_PositionLine_IsTaken");
        yield return new TestCaseData("Signature", 0, 0, true, "KẾ HOẠCH TRIỂN KHAI", "AttachedTitle", false).SetName("Signature_AfterTheName_AttachedDocumentBegins");
        yield return new TestCaseData("AttachedTitle", 0, 0, false, "I. MỤC ĐÍCH", "Body", false).SetName("AttachedTitle_NumberedPart_StartsItsBody");
    }

    [TestCaseSource(nameof(Cases))]
    public void ZoneReader_Line_GoesToTheZoneOfItsKind(string zoneName, int titleLines, int recipients, bool signatureHasName, string text, string nextName, bool taken)
    {
        var (zone, next) = (Enum.Parse<Zone>(zoneName), Enum.Parse<Zone>(nextName));
        var state = State(zone, titleLines, recipients, signatureHasName);
        IZoneReader reader = zone switch
        {
            Zone.Title => TitleZone.Instance,
            Zone.Preamble => PreambleZone.Instance,
            Zone.Body => BodyZone.Instance,
            Zone.Closing => ClosingZone.Instance,
            Zone.Recipients => RecipientsZone.Instance,
            Zone.Signature => SignatureZone.Instance,
            Zone.AttachedTitle => AttachedTitleZone.Instance,
            _ => AppendixZone.Instance,
        };
        var step = reader.Read(LineOf(text), state);
        Assert.That((step.Next, !step.Reread), Is.EqualTo((next, taken)));
    }

    private static IEnumerable<TestCaseData> MarkCases()
    {
        yield return new TestCaseData("Body", "PHỤ LỤC I", "Appendix").SetName("ClosingMarks_AppendixHeading_StartsAppendix");
        yield return new TestCaseData("Closing", "Nơi nhận:", "Recipients").SetName("ClosingMarks_NoiNhan_StartsRecipients");
        yield return new TestCaseData("Recipients", "TM. ỦY BAN NHÂN DÂN", "Signature").SetName("ClosingMarks_AuthorityLine_StartsSignature");
    }

    [TestCaseSource(nameof(MarkCases))]
    public void ClosingMarks_Mark_MovesToItsZoneFromAnyZone(string zoneName, string text, string nextName)
    {
        var (zone, next) = (Enum.Parse<Zone>(zoneName), Enum.Parse<Zone>(nextName));
        var step = ClosingMarks.Instance.Read(LineOf(text), State(zone));
        Assert.That((step.Next, step.Reread), Is.EqualTo((next, false)));
    }

    [Test]
    public void ClosingMarks_OrdinaryLine_IsLeftToTheZone()
    {
        var step = ClosingMarks.Instance.Read(LineOf("1. Mục đích"), State(Zone.Body));
        Assert.That((step.Next, step.Reread), Is.EqualTo((Zone.Body, true)));
    }
}
