using CommuneDocs.Model;

namespace CommuneDocs.Tests.Semantics;

/// <summary>Tasks as real plans assign them: two levels deep, with fields, over several parts, by unit, in an appendix table.</summary>
public class TaskTreeTests
{
    [Test]
    public void Tasks_TwoLevelsWithFieldLabels_AreGroupsOfTasksWithLeadSupportAndTime()
    {
        // The layout of a city plan: "1. Về dữ liệu" holds "1.1", "1.2", each with "a) Nhiệm vụ / b) Cơ quan thực hiện / c) Thời gian".
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NHIỆM VỤ
            1. Về dữ liệu
            1.1. Xây dựng Chiến lược dữ liệu của tỉnh
            a) Nhiệm vụ: Tham mưu xây dựng Chiến lược dữ liệu.
            b) Cơ quan thực hiện:
            - Đơn vị chủ trì: Sở Khoa học và Công nghệ.
            - Đơn vị phối hợp: Các Sở, ban, ngành.
            c) Thời gian thực hiện: Hoàn thành trong năm 2025.
            1.2. Triển khai, phát triển dữ liệu
            a) Nhiệm vụ:
            - Rà soát, chuẩn hóa cơ sở dữ liệu.
            b) Cơ quan thực hiện:
            - Đơn vị chủ trì: Các Sở, ban, ngành.
            - Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.
            c) Thời gian thực hiện: Thực hiện thường xuyên.
            2. Về an toàn thông tin
            a) Nhiệm vụ: Triển khai các phương án bảo đảm an toàn thông tin.
            b) Cơ quan thực hiện:
            - Đơn vị chủ trì: Công an tỉnh.
            c) Thời gian thực hiện: Quý IV/2025.
            III. TỔ CHỨC THỰC HIỆN
            1. Sở Khoa học và Công nghệ theo dõi, đôn đốc thực hiện Kế hoạch.
            """));
        Assert.That(plan.Tasks.Select(t => t.Id), Is.EqualTo(new[] { "II.1", "II.2" }));
        var data = plan.Tasks[0];
        Assert.That(data.Subtasks.Select(t => t.Id), Is.EqualTo(new[] { "II.1.1", "II.1.2" }), "the fields a), b), c) are no tasks");
        var strategy = data.Subtasks[0];
        Assert.That((strategy.Lead.Single(), strategy.Support.Single(), strategy.Deadline?.ToString(), strategy.Recurring),
            Is.EqualTo(("Sở Khoa học và Công nghệ", "Các Sở, ban, ngành", "2025", false)));
        var develop = data.Subtasks[1];
        Assert.That(develop.Support, Is.EqualTo(new[] { "Sở Khoa học và Công nghệ", "UBND xã, phường" }));
        Assert.That((develop.Deadline, develop.Recurring), Is.EqualTo(((PartialDate?)null, true)));
        Assert.That((plan.Tasks[1].Lead.Single(), plan.Tasks[1].Deadline?.ToString(), plan.Tasks[1].Subtasks.Length), Is.EqualTo(("Công an tỉnh", "2025-Q4", 0)));
    }

    [Test]
    public void Tasks_TimeField_DeadlineIsTheLatestDateAndChamNhatWins()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NỘI DUNG, TIẾN ĐỘ
            1. Hội nghị hiệp thương lần thứ nhất
            - Thời gian: Dự kiến ngày 05/12/2025 (chậm nhất ngày 10/12/2025).
            2. Tuyên truyền bầu cử
            - Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.
            3. Dự kiến tổ chức tổng kết
            - Thời gian thực hiện: chậm nhất ngày 20/4/2026, dự kiến ngày 25/4/2026.
            """));
        Assert.That(plan.Tasks.Select(t => t.Deadline?.ToString()), Is.EqualTo(new[] { "2025-12-10", "2026-Q1", "2026-04-20" }));
    }

    [Test]
    public void Tasks_GroupTimeStatedOnce_AppliesToItsTasksThatStateNone()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NHIỆM VỤ
            1. Kiểm tra, giám sát
            Thời gian thực hiện: Quý I/2026. Chủ trì: Ban Thường trực.
            1.1. Tham gia các đoàn kiểm tra
            1.2. Tổng hợp, báo cáo kết quả
            - Thời gian hoàn thành: tháng 4/2026.
            """));
        var group = plan.Tasks.Single();
        Assert.That(group.Subtasks.Select(t => (t.Deadline?.ToString(), t.Lead.Single())),
            Is.EqualTo(new[] { ("2026-Q1", "Ban Thường trực"), ("2026-04", "Ban Thường trực") }));
        Assert.That(group.Deadline?.ToString(), Is.EqualTo("2026-04"), "a group's text names its tasks' times: the latest is its own");
    }

    [Test]
    public void Tasks_SeveralPartsAssignWork_AllTheirTasksAreRead()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            II. NỘI DUNG THỰC HIỆN
            1. Xây dựng hạ tầng công nghệ thông tin
            2. Xây dựng phần mềm quản lý
            III. NHIỆM VỤ TRỌNG TÂM
            1. Hoàn thiện hạ tầng (2025 - 2026).
            IV. TỔ CHỨC THỰC HIỆN
            1. Sở Tài chính chủ trì theo dõi.
            """));
        Assert.That(plan.Tasks.Select(t => t.Id), Is.EqualTo(new[] { "II.1", "II.2", "III.1" }));
    }

    [Test]
    public void Tasks_PartOrganisedByUnit_ItemsAreTasksLedByTheirUnit()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NHIỆM VỤ CỤ THỂ
            1. Sở Y tế:
            a) Rà soát thủ tục hành chính lĩnh vực y tế.
            b) Số hóa hồ sơ khám chữa bệnh.
            2. Công an tỉnh:
            a) Bảo đảm an ninh mạng.
            """));
        Assert.That(plan.AllTasks().Where(t => t.Subtasks.IsEmpty).Select(t => (t.Id, t.Lead.Single())),
            Is.EqualTo(new[] { ("II.1.a", "Sở Y tế"), ("II.1.b", "Sở Y tế"), ("II.2.a", "Công an tỉnh") }));
    }

    [Test]
    public void Tasks_ListOfSlogansInItsOwnPart_AreNoTasks()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NỘI DUNG TUYÊN TRUYỀN
            1. Tuyên truyền về ý nghĩa của cuộc bầu cử
            III. KHẨU HIỆU TUYÊN TRUYỀN
            1. Nhiệt liệt chào mừng ngày bầu cử!
            2. Mỗi lá phiếu là một niềm tin!
            """));
        Assert.That(plan.AllTasks().Select(t => t.Id), Is.EqualTo(new[] { "II.1" }));
    }

    [Test]
    public void Tasks_CompoundNumberAfterBullets_BelongsToTheBlockItsPrefixNumbers()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            III. NỘI DUNG KIỂM TRA, GIÁM SÁT
            7. Kiểm tra việc vận động bầu cử
            - Trách nhiệm của các cơ quan thông tin đại chúng.
            7.1. Kiểm tra việc vận động qua hội nghị tiếp xúc cử tri
            - Thành phần, số lượng cử tri tham dự.
            7.2. Giám sát việc vận động qua phương tiện thông tin đại chúng
            """));
        Assert.That(plan.Tasks.Single().Subtasks.Select(t => t.Id), Is.EqualTo(new[] { "III.7.1", "III.7.2" }));
    }

    [Test]
    public void Tasks_OnlyInAnAppendixTable_AreAppendixTasksUnderTheirGroupRows()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC TIÊU
            1. Nâng cao chỉ số cải cách hành chính.
            II. TỔ CHỨC THỰC HIỆN
            1. Sở Nội vụ theo dõi, đôn đốc.
            """) + """

            PHỤ LỤC
            PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2026
            STT	Nhiệm vụ	Sản phẩm	Thời gian hoàn thành	Chủ trì	Phối hợp
            I	Cải cách thể chế
            1	Cập nhật văn bản quy phạm pháp luật lên cơ sở dữ liệu	Văn bản được cập nhật	Thường xuyên trong năm	Sở Tư pháp	Các sở, ban, ngành
            2	Công bố danh mục văn bản hết hiệu lực	Danh mục văn bản	Trước ngày 31/01/2026	Sở Tư pháp
            II	Cải cách thủ tục hành chính
            1	Rà soát, đơn giản hóa thủ tục hành chính	Quyết định công bố	Quý III/2026	Văn phòng UBND tỉnh	Sở Nội vụ
            """);
        var appendix = plan.Tasks.Where(t => t.Source == TaskSource.Appendix).ToList();
        Assert.That(appendix.Select(g => (g.Id, g.Title)), Is.EqualTo(new[] { ("PL.I", "Cải cách thể chế"), ("PL.II", "Cải cách thủ tục hành chính") }));
        var rows = appendix.SelectMany(g => g.Subtasks).ToList();
        Assert.That(rows.Select(t => (t.Id, t.Row, t.Lead.FirstOrDefault(), t.Deadline?.ToString(), t.Recurring)), Is.EqualTo(new[]
        {
            ("PL.I.1", "1", "Sở Tư pháp", (string?)null, true),
            ("PL.I.2", "2", "Sở Tư pháp", "2026-01-31", false),
            ("PL.II.1", "1", "Văn phòng UBND tỉnh", "2026-Q3", false),
        }));
        Assert.That(rows[0].Product, Is.EqualTo("Văn bản được cập nhật"));
        Assert.That(rows[0].Support, Is.EqualTo(new[] { "Các sở, ban, ngành" }));
        Assert.That(plan.Tables.Single().Rows.Select(r => r.Kind), Is.EqualTo(new[]
        {
            TableRowKind.Header, TableRowKind.Group, TableRowKind.Data, TableRowKind.Data, TableRowKind.Group, TableRowKind.Data,
        }), "an appendix task table keeps every row, header and group rows included");
    }

    [Test]
    public void Tasks_AppendixRowRestatingABodyTask_FillsItAndIsNoTaskOfItsOwn()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            II. NHIỆM VỤ
            1. Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai
            """) + """

            PHỤ LỤC
            PHÂN CÔNG NHIỆM VỤ
            STT	Nhiệm vụ	Thời gian	Chủ trì
            1	Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai	Quý III/2026	Văn phòng UBND tỉnh
            """);
        var task = plan.Tasks.Single();
        Assert.That((task.Id, task.Source, task.Deadline?.ToString(), task.Lead.Single()), Is.EqualTo(("II.1", TaskSource.Body, "2026-Q3", "Văn phòng UBND tỉnh")));
    }

    [Test]
    public void Tasks_IndicatorTableInTheAppendix_ListsTargetsNotTasks()
    {
        var plan = PlanText.Parse(PlanText.Plan("II. NHIỆM VỤ\n1. Số hóa hồ sơ") + """

            PHỤ LỤC
            CHỈ TIÊU THỰC HIỆN NĂM 2025
            STT	Nhiệm vụ, giải pháp	Chủ trì	Thời gian thực hiện
            1	Tỷ lệ hồ sơ được số hóa đạt 80%	Trung tâm PVHCC	Năm 2025
            """);
        Assert.That(plan.AllTasks().Select(t => t.Id), Is.EqualTo(new[] { "II.1" }));
    }

    [Test]
    public void Tasks_LeadNamedInProse_IsTheTasksLead()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            III. MỘT SỐ HOẠT ĐỘNG TUYÊN TRUYỀN
            1. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính
            Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức Cuộc thi.
            """));
        Assert.That(plan.Tasks.Single().Lead, Is.EqualTo(new[] { "Sở Nội vụ" }));
    }

    [Test]
    public void Tasks_AssignmentPartOrganisedByUnit_IsATaskPartAndItsUnitsAreUnits()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. MỤC ĐÍCH, YÊU CẦU
            1. Bảo đảm an toàn cho người dân.
            II. PHÂN CÔNG NHIỆM VỤ
            1. Sở Công Thương:
            - Chủ trì điều phối nguồn hàng hỗ trợ.
            2. Sở Y tế: Bảo đảm thuốc men thiết yếu cho vùng lũ.
            III. TỔ CHỨC THỰC HIỆN
            1. Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch.
            """));
        Assert.That(plan.Tasks.Select(t => (t.Id, t.Lead.Single())), Is.EqualTo(new[] { ("II.1", "Sở Công Thương"), ("II.2", "Sở Y tế") }));
        Assert.That(plan.Units.Select(u => u.Name), Is.EquivalentTo(new[] { "Sở Công Thương", "Sở Y tế", "Sở Nội vụ" }), "both parts give units their duties");
    }

    [Test]
    public void Tasks_DecisionPublishingProcedures_HasNone()
    {
        // Quyết định công bố thủ tục hành chính: its parts list procedures and their steps, not work to assign.
        var plan = PlanText.Parse(PlanText.Plan("""
            Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính nội bộ.
            Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
            Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH
            Phần II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH
            1. Phê duyệt danh sách các thôn đặc biệt khó khăn
            2. Phê duyệt danh sách người có uy tín
            """));
        Assert.That(plan.Tasks, Is.Empty);
    }

    [Test]
    public void Tasks_ArticleThatOnlyMentionsASolution_HoldsNoTasks()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            Điều 1. Cho phép điều chỉnh giải pháp thử nghiệm đối với:
            - Tên của tổ chức: Công ty A.
            - Giấy chứng nhận tham gia cơ chế thử nghiệm số 12.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            """));
        Assert.That(plan.Tasks, Is.Empty);
    }

    [Test]
    public void Tasks_AppendixRowWithoutNumber_IsASecondTaskOfTheNumberAboveWithItsMergedCells()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. MỤC TIÊU\n1. Hoàn thiện hạ tầng.") + """

            PHỤ LỤC
            NHIỆM VỤ CỦA CÁC SỞ, NGÀNH
            TT	Nhiệm vụ	Chủ trì	Thời gian	Kết quả
            1	Vận hành hệ thống thông tin quy hoạch	Sở Tài chính	Quý IV/2026	Hệ thống vận hành
            	Sao lưu dữ liệu và phục hồi sau sự cố	Sở Khoa học và Công nghệ
            """);
        var rows = plan.AllTasks().Where(t => t.Source == TaskSource.Appendix).ToList();
        Assert.That(rows.Select(t => (t.Id, t.Row, t.Lead.Single(), t.Deadline?.ToString(), t.Product)), Is.EqualTo(new[]
        {
            ("PL.1", "1", "Sở Tài chính", "2026-Q4", "Hệ thống vận hành"),
            ("PL.1", "1", "Sở Khoa học và Công nghệ", "2026-Q4", "Hệ thống vận hành"),
        }));
    }
}
