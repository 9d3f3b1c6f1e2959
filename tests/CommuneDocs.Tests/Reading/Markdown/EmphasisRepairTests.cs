using CommuneDocs.Reading.Markdown;

namespace CommuneDocs.Tests.Reading.Markdown;

/// <summary>The converter's emphasis, repaired before Markdig reads it.</summary>
public class EmphasisRepairTests
{
    [TestCase("**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ", "**ỦY BAN NHÂN\nDÂN**\nTHÀNH PHỐ")]
    [TestCase("*Hà Nội, ngày 02\ntháng 12 năm 2025 *", "*Hà Nội, ngày 02\ntháng 12 năm 2025*")]
    [TestCase("**Điều 1. **Ban hành", "**Điều 1.** Ban hành")]
    [TestCase("** **", " ")]
    [TestCase("**Điều 2.****\n**Quyết định", "**Điều 2.**\nQuyết định")]
    [TestCase("** II**", "**II**")]
    [TestCase("* Thời gian thực hiện\n* Kinh phí *(nếu có)*", "* Thời gian thực hiện\n* Kinh phí *(nếu có)*")]
    [TestCase("5 * 3 * 2 và \\*\\*", "5 * 3 * 2 và \\*\\*")]
    public void Repair_MovesSpacesOutOfMarkersAndDropsEmptySpans(string input, string expected)
    {
        Assert.That(EmphasisRepair.Repair(input), Is.EqualTo(expected));
    }
}
