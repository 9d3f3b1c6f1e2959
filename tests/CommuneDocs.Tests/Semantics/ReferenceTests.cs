namespace CommuneDocs.Tests.Semantics;

/// <summary>Documents cited by number in the forms real plans use, and laws cited by name alone.</summary>
public class ReferenceTests
{
    [TestCase("Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025", "04/TT-MTTW-BTT")]
    [TestCase("Phương án số 7178/PA-UBND ngày 14/11/2025", "7178/PA-UBND")]
    [TestCase("Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025", "66.2/2025/NQ-CP")]
    [TestCase("Chương trình hành động số 30-CTr/TU của Tỉnh ủy", "30-CTr/TU")]
    [TestCase("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "57-NQ/TW")]
    public void References_NumberInTheFormsPlansCiteIt_IsFound(string citation, string number)
    {
        var plan = PlanText.Parse(PlanText.Plan("I. MỤC ĐÍCH\n1. Triển khai " + citation + "."));
        Assert.That(plan.References.Select(r => r.Number), Does.Contain(number));
    }

    [Test]
    public void References_LawCitedByNameAlone_HasNoNumberItsNameAndDate()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. MỤC ĐÍCH\n1. Triển khai.", header: PlanText.DefaultHeader + """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
            Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13;
            Căn cứ Luật Quản lý, sử dụng tài sản công và Luật Đầu tư công;
            """));
        var byName = plan.References.Where(r => r.Number is null).Select(r => (r.Title, r.Date?.ToString())).ToList();
        Assert.That(byName, Is.EqualTo(new[]
        {
            ("Luật Tổ chức chính quyền địa phương", "2025-06-16"),
            ("Luật Quản lý, sử dụng tài sản công", (string?)null),
            ("Luật Đầu tư công", null),
        }), "a law cited with its number is the number's reference");
    }
}
