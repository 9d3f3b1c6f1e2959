using CommuneDocs.Model;
using CommuneDocs.Structure;

namespace CommuneDocs.Tests.Structure;

public class OutlineTests
{
    [Test]
    public void Outline_NestsStylesInTheOrderTheDocumentUses()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC TIÊU
            a) Năm 2025
            - Về số lượng:
            + Duy trì 25 dịch vụ công trực tuyến.
            - Về chất lượng:
            b) Năm 2026
            II. NHIỆM VỤ
            1. Rà soát thủ tục hành chính
            """));
        Assert.That(Render(plan.Outline), Is.EqualTo("I[a[-[+] -] b] II[1]"));
    }

    [Test]
    public void Outline_NumberedClausesInsideAQuotation_AreTextOfTheQuotingParagraph()
    {
        // A plan quotes the clauses of a decree, numbering and all; the decree's numbering is not the plan's outline.
        var plan = PlanText.Parse(PlanText.Plan("""
            I. CĂN CỨ
            1. Các quy định liên quan
            a) Khoản 2 Điều 35 Nghị định số 126/2024/NĐ-CP quy định:
            “2. Sau khi có kết luận hội vi phạm, cơ quan có thẩm quyền có trách nhiệm:
            a) Yêu cầu hội thực hiện kiểm kê tài sản, tài chính;
            b) Lấy ý kiến các cơ quan liên quan;
            3. Sau khi hội hoàn thành việc thanh toán nợ, cơ quan có thẩm quyền quyết định giải thể hội.”
            b) Nghị định số 45/2010/NĐ-CP hết hiệu lực.
            2. Kết quả rà soát
            II. NHIỆM VỤ
            1. Rà soát thủ tục hành chính
            """));

        Assert.That(Render(plan.Outline), Is.EqualTo("I[1[a b] 2] II[1]"));
        Assert.That(plan.Warnings.Select(w => w.Code), Does.Not.Contain(DiagnosticCode.NumberingJump).And.Not.Contain(DiagnosticCode.NumberingRepeated));
    }

    [Test]
    public void Outline_QuotationNeverClosed_EndsAfterItsLimit()
    {
        // A missing closing mark must not swallow the rest of the document.
        var filler = string.Join("\n", Enumerable.Range(1, QuotationTracker.MaxParagraphs + 5).Select(i => $"Đoạn trích dẫn thứ {i} của văn bản khác."));
        var plan = PlanText.Parse(PlanText.Plan("I. CĂN CỨ\n1. Quy định:\n“Trích dẫn không có dấu đóng.\n" + filler + "\nII. NHIỆM VỤ\n1. Rà soát thủ tục hành chính"));

        Assert.That(plan.Outline.Select(n => n.Label), Is.EqualTo(new[] { "I", "II" }));
    }

    [Test]
    public void Outline_RepeatedRomanNumeral_KeepsLabelAndWarns()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            II. MỤC TIÊU
            1. Mục tiêu chung
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Rà soát thủ tục hành chính
            IV. TỔ CHỨC THỰC HIỆN
            1. Công an xã
            """));
        Assert.That(plan.Outline.Select(n => n.Label), Is.EqualTo(new[] { "I", "II", "II", "IV" }));
        Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.NumberingRepeated).And.Contain(DiagnosticCode.NumberingJump));
        Assert.That(plan.Tasks.Single().Id, Is.EqualTo("II.1"));
    }

    [Test]
    public void Outline_SkippedNumber_KeepsLabelsAsWrittenAndWarns()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. NHIỆM VỤ, GIẢI PHÁP
            7. Đào tạo nhân lực số
            9. Bảo đảm an toàn thông tin
            """));
        Assert.That(plan.Tasks.Select(t => t.Id), Is.EqualTo(new[] { "I.7", "I.9" }));
        Assert.That(plan.Warnings.Any(w => w.Code == DiagnosticCode.NumberingJump && w.Message.Contains("7 to 9")), Is.True);
    }

    [Test]
    public void Decision_ArticlesAndAttachedPlanPartsAreTopLevel()
    {
        var plan = PlanText.Parse("""
            ỦY BAN NHÂN DÂN
            XÃ CAM HIỆP
            Số: /QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Cam Hiệp, ngày tháng 8 năm 2025

            QUYẾT ĐỊNH
            Ban hành Kế hoạch cải cách thủ tục hành chính năm 2025
            ỦY BAN NHÂN DÂN XÃ CAM HIỆP
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách thủ tục hành chính.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Bùi Quang Nam

            KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH NĂM 2025
            (Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng 8 năm 2025)
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            II. NỘI DUNG, NHIỆM VỤ
            1. Cải cách thủ tục hành chính
            """);
        Assert.That(plan.Kind, Is.EqualTo(DocumentKind.Decision));
        Assert.That(plan.Outline.Select(n => n.Label), Is.EqualTo(new[] { "Điều 1", "Điều 2", "I", "II" }));
        Assert.That(plan.Tasks.Single().Id, Is.EqualTo("II.1"));
        Assert.That(plan.Signer, Is.EqualTo(new Signer("Bùi Quang Nam", "Chủ tịch", "TM. Ủy ban nhân dân")));
    }

    private static string Render(IEnumerable<OutlineNode> nodes) =>
        string.Join(" ", nodes.Select(n => n.Children.IsEmpty ? n.Label : $"{n.Label}[{Render(n.Children)}]"));
}
