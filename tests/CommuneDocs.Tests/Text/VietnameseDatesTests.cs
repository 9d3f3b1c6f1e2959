using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

public class VietnameseDatesTests
{
    [TestCase("trước ngày 15/12/2025", "2025-12-15")]
    [TestCase("ngày 06 tháng 01 năm 2022", "2022-01-06")]
    [TestCase("03 tháng 01 năm 2025", "2025-01-03")]
    [TestCase("Thời gian hoàn thành: tháng 12/2025", "2025-12")]
    [TestCase("trong Quý III năm 2025", "2025-Q3")]
    [TestCase("Năm 2026", "2026")]
    public void ParseTime_ReadsVietnameseForms(string text, string iso) =>
        Assert.That(CommuneDocs.Semantics.Dates.ParseTime(text)?.ToString(), Is.EqualTo(iso));

    [Test]
    public void LastDay_OfQuarter_IsItsLastDay() =>
        Assert.That(new DateParts(2025, Quarter: 3).LastDay, Is.EqualTo(new DateOnly(2025, 9, 30)));

    [TestCase("Hoàn thành rà soát, công bố thủ tục hành chính. Thời gian hoàn thành tháng 8/2025;", "2025-08")]
    [TestCase("nhằm đảm bảo 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình trước ngày 31/12/2025.", "2025-12-31")]
    [TestCase("báo cáo kết quả chậm nhất Quý III/2025", "2025-Q3")]
    [TestCase("theo Quyết định số 1588/QĐ-TTg ngày 17 tháng 12 năm 2024 của Thủ tướng Chính phủ", "")]
    [TestCase("Luật Giao dịch điện tử số 42/VBHN-VPQH (có hiệu lực từ 01/7/2024).", "")]
    [TestCase("đạt tối thiểu 90% trong năm 2025", "")]
    public void CompletionDates_AreTheDatesACueSetsAsADeadline_NotACitedDocumentsDate(string text, string iso) =>
        Assert.That(string.Join(" ", VietnameseDates.CompletionDates(text).Select(d => PartialDate.TryCreate(d.Year, d.Month, d.Day, d.Quarter).ToString())), Is.EqualTo(iso));

    [TestCase(2025, 2, 30)]
    [TestCase(2025, 13, 1)]
    public void PartialDate_TryCreate_RejectsImpossibleDates(int year, int month, int day) =>
        Assert.That(PartialDate.TryCreate(year, month, day), Is.Null);
}
