namespace CommuneDocs.Tests.Semantics;

/// <summary>Units from every way a plan gives duties: unit headings, positions, duty sentences, task leads, a decision's executing article.</summary>
public class UnitTests
{
    [Test]
    public void Units_PositionHeadings_NameTheBodyOfTheOfficeOrThePosition()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            IV. TỔ CHỨC THỰC HIỆN
            1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử.
            2. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực: Trực tiếp chỉ đạo công tác tuyên truyền.
            3. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội
            - Chủ trì xây dựng kế hoạch tuyên truyền.
            4. Các thành viên khác trong tiểu ban căn cứ chức năng, nhiệm vụ chủ động phối hợp thực hiện.
            """));
        Assert.That(plan.Units.Select(u => u.Name), Is.EqualTo(new[]
        {
            "Ban xây dựng Đảng", "Phòng Văn hóa - Xã hội", "Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội", "Các thành viên khác trong tiểu ban",
        }));
        Assert.That(plan.Units[0].Duties.Single(), Does.StartWith("Phụ trách chung"));
    }

    [Test]
    public void Units_LeadsAndSupportsOfTasks_AreUnitsWithThoseTasksAsDuties()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NHIỆM VỤ
            1. Bảo đảm an toàn thông tin
            - Đơn vị chủ trì: Công an tỉnh.
            - Đơn vị phối hợp: Sở Tài chính, các sở, ban, ngành.
            III. TỔ CHỨC THỰC HIỆN
            1. Sở Khoa học và Công nghệ theo dõi, đôn đốc thực hiện Kế hoạch.
            """));
        Assert.That(plan.Units.Select(u => u.Name), Is.EqualTo(new[] { "Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Tài chính", "các sở, ban, ngành" }));
        Assert.That(plan.Units[1].Duties.Single(), Is.EqualTo("Bảo đảm an toàn thông tin"));
    }

    [Test]
    public void Units_DecisionWithoutImplementationPart_AreTheBodiesItsLastArticleCharges()
    {
        var plan = PlanText.Parse("""
            ỦY BAN NHÂN DÂN
            PHƯỜNG AN BÌNH
            Số: 15/QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            An Bình, ngày 05 tháng 9 năm 2025

            QUYẾT ĐỊNH
            Về việc thành lập Ban bầu cử

            Điều 1. Thành lập Ban bầu cử đơn vị bầu cử số 1.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Thủ trưởng các ban, ngành phường và Chủ tịch Ủy ban bầu cử phường chịu trách nhiệm thi hành Quyết định này./.
            """);
        Assert.That(plan.Units.Select(u => u.Name), Is.EqualTo(new[]
        {
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", "Thủ trưởng các ban, ngành phường", "Ủy ban bầu cử phường",
        }));
    }

    [Test]
    public void Units_DutySentenceWhoseNameHasAVerbLikeWord_KeepsTheWholeName()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            V. TỔ CHỨC THỰC HIỆN
            1. Các tổ chức thành viên của Mặt trận phường tham gia kiểm tra, giám sát công tác bầu cử.
            2. Đoàn kiểm tra trong quá trình kiểm tra nếu có vấn đề phát sinh thì báo cáo Ban Thường trực.
            """));
        Assert.That(plan.Units.Select(u => u.Name), Is.EqualTo(new[] { "Các tổ chức thành viên của Mặt trận phường", "Đoàn kiểm tra" }));
    }
}
