using CommuneDocs.Reading;
using CommuneDocs.Reading.PlainText;

namespace CommuneDocs.Tests.Reading.PlainText;

public class PlainTextReaderTests
{
    private static List<string> Paragraphs(string text) =>
        PlainTextReader.ReadBlocks(text).OfType<SourceParagraph>().Select(p => p.Text).ToList();

    // Text pulled out of a PDF: lines wrapped at the column width, a blank line after every line.
    private const string Wrapped = """
        1. Cập nhật Hệ thống thông tin giải quyết thủ tục hành chính

        Thường xuyên cập nhật Hệ thống thông tin giải quyết TTHC đảm bảo việc tiếp

        nhận, giải quyết thủ tục hành chính liên tục, dịch vụ công thông suốt, hiệu

        quả, không bị gián đoạn để phục vụ người dân, doanh nghiệp.

        2. Đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia, các cơ sở dữ liệu

        dùng chung của cơ quan nhà nước

        Đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia và các cơ sở dữ liệu dùng

        chung của cơ quan nhà nước, để tự động điền các dữ liệu vào biểu mẫu điện tử.

        a) Tổ chức thực hiện nâng cao chất lượng Hệ thống thông tin giải quyết thủ tục

        hành chính.
        """;

    [Test]
    public void HardWrappedLines_AreJoinedIntoParagraphs() =>
        Assert.That(Paragraphs(Wrapped), Is.EqualTo(new[]
        {
            "1. Cập nhật Hệ thống thông tin giải quyết thủ tục hành chính",
            "Thường xuyên cập nhật Hệ thống thông tin giải quyết TTHC đảm bảo việc tiếp nhận, giải quyết thủ tục hành chính liên tục, dịch vụ công thông suốt, hiệu quả, không bị gián đoạn để phục vụ người dân, doanh nghiệp.",
            "2. Đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia, các cơ sở dữ liệu dùng chung của cơ quan nhà nước",
            "Đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia và các cơ sở dữ liệu dùng chung của cơ quan nhà nước, để tự động điền các dữ liệu vào biểu mẫu điện tử.",
            "a) Tổ chức thực hiện nâng cao chất lượng Hệ thống thông tin giải quyết thủ tục hành chính.",
        }));

    [Test]
    public void TabSeparatedLines_BecomeOneTable()
    {
        var blocks = PlainTextReader.ReadBlocks("Phụ lục\nSTT\tNhiệm vụ\tThời gian\n1\tRà soát thủ tục\tQuý III\n\tvà công bố\t\n2\tSố hóa\tNăm 2025\n");
        var table = blocks.OfType<SourceTable>().Single();
        Assert.That(table.Rows.Select(r => r.Cells[1].Text), Is.EqualTo(new[] { "Nhiệm vụ", "Rà soát thủ tục", "và công bố", "Số hóa" }));
    }

    [Test]
    public void MarkdownEmphasis_IsRemovedAndKeptAsStyle()
    {
        var p = PlainTextReader.ReadBlocks("**Ban hành Kế hoạch cải cách\ntrên địa bàn xã**").OfType<SourceParagraph>().Single();
        Assert.That((p.Text, p.Style.Bold), Is.EqualTo(("Ban hành Kế hoạch cải cách trên địa bàn xã", true)));
    }

    [Test]
    public void Utf16Text_IsDecoded()
    {
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("KẾ HOẠCH\nChuyển đổi số")).ToArray();
        var doc = PlainTextReader.Instance.Read(new MemoryStream(bytes), "a.txt", ParseOptions.Default);
        Assert.That(doc.Blocks.OfType<SourceParagraph>().First().Text, Is.EqualTo("KẾ HOẠCH"));
    }
}
