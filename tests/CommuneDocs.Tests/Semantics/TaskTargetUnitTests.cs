using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Semantics;

public class TaskTargetUnitTests
{
    [Test]
    public void Tasks_ItemsAndDeadlines_FromTheirOwnText()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Rà soát, hoàn thiện thể chế
            a) Hoàn thành rà soát thủ tục hành chính. Thời gian hoàn thành: tháng 12/2025.
            b) Ban hành quy trình nội bộ trước ngày 15/10/2025.
            2. Số hóa hồ sơ
            Thực hiện số hóa hồ sơ trong Quý III năm 2025.
            3. Đào tạo nhân lực số
            Chủ trì: Văn phòng HĐND và UBND; Phối hợp: Công an xã, Phòng Kinh tế.
            """));
        Assert.That(plan.Tasks.Select(t => (t.Id, t.Items.Length, t.Deadline?.ToString())),
            Is.EqualTo(new[] { ("II.1", 2, "2025-12"), ("II.2", 1, "2025-Q3"), ("II.3", 1, (string?)null) }));
        Assert.That(plan.Tasks[2].Lead, Is.EqualTo(new[] { "Văn phòng HĐND và UBND" }));
        Assert.That(plan.Tasks[2].Support, Is.EqualTo(new[] { "Công an xã", "Phòng Kinh tế" }));
    }

    [TestCase("Thời gian trung bình là dưới 05 phút.", "<", 5, "phút")]
    [TestCase("Tỷ lệ hài lòng đạt tối thiểu 90%.", ">=", 90, "%")]
    [TestCase("Duy trì 25 dịch vụ công trực tuyến toàn trình.", "=", 25, "dịch vụ")]
    [TestCase("Cung cấp toàn trình đối với 82 nhóm thủ tục hành chính.", "=", 82, "nhóm thủ tục")]
    [TestCase("Tổ chức ít nhất 01 kênh tương tác điện tử.", ">=", 1, "kênh")]
    [TestCase("Tỷ lệ hồ sơ trễ hạn tối đa 5%.", "<=", 5, "%")]
    [TestCase("Thời gian xử lý không quá 03 ngày làm việc.", "<=", 3, "ngày")]
    public void Target_ComparatorValueAndUnit(string sentence, string comparator, int value, string unit)
    {
        var plan = PlanText.Parse(PlanText.Plan("I. MỤC TIÊU\n1. Mục tiêu cụ thể\n- " + sentence));
        var t = plan.Targets.Single();
        Assert.That((CommuneDocs.Export.PlanJson.ComparatorSymbol(t.Comparator), t.Value, t.Unit, t.Year), Is.EqualTo((comparator, (decimal)value, unit, (int?)2025)));
    }

    [Test]
    public void Target_LevelAfterItsNoun_IsATarget()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. MỤC TIÊU\n1. Hệ thống thông tin phải đáp ứng tối thiểu cấp độ 3."));
        var t = plan.Targets.Single();
        Assert.That((t.Comparator, t.Value, t.Unit), Is.EqualTo((Comparator.AtLeast, 3m, "cấp độ")));
    }

    [Test]
    public void Target_TableRowRestatingTheText_IsCountedOnce_ButANewRowCounts()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC TIÊU
            - Tỷ lệ người dân đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến đạt tối thiểu 90%.
            II. NHIỆM VỤ
            1. Tuyên truyền
            Phụ lục
            CHỈ TIÊU NĂM 2025
            STT	Nhiệm vụ	Chủ trì
            1	Tỷ lệ người dân đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến đạt tối thiểu 90%.	Trung tâm PVHCC
            2	Tỷ lệ hồ sơ được số hóa đạt tối thiểu 80%.	Trung tâm PVHCC
            """));
        Assert.That(plan.Targets.Select(t => t.Value), Is.EqualTo(new[] { 90m, 80m }));
        Assert.That(plan.Tables.Single().Rows.Length, Is.EqualTo(2));
    }

    [Test]
    public void Target_YearFromHeadingAndClause_AndNoneFromImplementationOrCitations()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC TIÊU
            a) Năm 2026
            - 75% hồ sơ được xử lý trực tuyến theo Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022;
            - Rút ngắn tối thiểu 20% thời gian giải quyết trong năm 2027.
            III. TỔ CHỨC THỰC HIỆN
            1. Đoàn Thanh niên
            Phấn đấu 100% đoàn viên có tài khoản.
            """));
        Assert.That(plan.Targets.Select(t => (t.Year, t.Value)), Is.EqualTo(new[] { ((int?)2026, 75m), (2027, 20m) }));
    }

    [Test]
    public void Units_HeadingsInImplementationPart_WithCanonicalNamesAndDuties()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            III. TỔ CHỨC THỰC HIỆN
            1. Trung tâm PVHCC xã
            - Chủ trì triển khai Kế hoạch.
            - Tổng hợp, báo cáo kết quả.
            2. Đề nghị Ủy ban MTTQ và các đoàn thể xã
            Tuyên truyền đến đoàn viên, hội viên.
            3. Tổ chức thực hiện nghiêm túc các nhiệm vụ được giao trong Kế hoạch và báo cáo định kỳ về Ủy ban nhân dân xã.
            """));
        Assert.That(plan.Units.Select(u => (u.Name, u.Canonical, u.Duties.Length)), Is.EqualTo(new[]
        {
            ("Trung tâm PVHCC xã", "Trung tâm Phục vụ hành chính công", 2),
            ("Ủy ban MTTQ và các đoàn thể xã", "Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể", 1),
        }));
    }

    [Test]
    public void Units_NamedAtTheStartOfADutySentence()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            III. TỔ CHỨC THỰC HIỆN
            1. Công an xã chủ trì, phối hợp với các đơn vị làm sạch dữ liệu dân cư.
            2. Giao Phòng Kinh tế tham mưu bố trí kinh phí.
            3. Cán bộ, công chức phải là người đi đầu trong sử dụng dịch vụ công trực tuyến.
            4. Tổ chức thực hiện nghiêm túc Kế hoạch này.
            """));
        Assert.That(plan.Units.Select(u => u.Name), Is.EqualTo(new[] { "Công an xã", "Phòng Kinh tế" }));
    }

    [Test]
    public void Units_NamedInTheProseOfASectionOfTheImplementationPart()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            III. TỔ CHỨC THỰC HIỆN
            1. Công tác triển khai
            Các phòng, ban, ngành, đoàn thể và Ủy ban Mặt trận Tổ quốc Việt Nam xã căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện.
            Văn phòng HĐND và UBND xã có trách nhiệm theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện.
            Kế hoạch được triển khai đến toàn thể cán bộ, công chức.
            2. Kinh phí thực hiện
            Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách xã.
            """));
        Assert.That(plan.Units.Select(u => (u.Name, u.Duties.Length)), Is.EqualTo(new[]
        {
            ("Các phòng, ban, ngành, đoàn thể và Ủy ban Mặt trận Tổ quốc Việt Nam xã", 1),
            ("Văn phòng HĐND và UBND xã", 1),
        }));
    }

    [Test]
    public void Tasks_PartStartingWithTaskWords_WinsOverOneThatMentionsThem()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC TIÊU, NHIỆM VỤ CHUNG
            1. Mục tiêu chung
            II. NỘI DUNG, GIẢI PHÁP VÀ PHÂN CÔNG NHIỆM VỤ
            1. Rà soát thủ tục hành chính
            2. Số hóa hồ sơ
            III. TỔ CHỨC THỰC HIỆN
            """));
        Assert.That(plan.Tasks.Select(t => t.Id), Is.EqualTo(new[] { "II.1", "II.2" }));
    }

    [Test]
    public void UnitRegistry_CanBeExtendedByCallers()
    {
        var registry = CommuneDocs.Text.UnitRegistry.Default.With("Hợp tác xã Nông nghiệp", "HTX NN");
        Assert.That(registry.Canonicalize("HTX NN xã"), Is.EqualTo("Hợp tác xã Nông nghiệp"));
        Assert.That(CommuneDocs.Text.UnitRegistry.Default.IsKnown("HTX NN"), Is.False);
    }
}
