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

    private static List<string> ReadParagraphs(string text) =>
        PlainTextReader.Instance.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "case.txt", PlanParser.LimitsOf(ParseOptions.Default))
            .Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();

    [Test]
    public void PageNumberAfterAFormFeed_IsDroppedAndTheParagraphGoesOn()
    {
        // pdftotext: the page ends with a form feed; the next page starts with its own number, centred in the top margin.
        var text = "1. Tuyên truyền sâu rộng với phương châm “rõ người, rõ việc,\n\n\f2\nrõ trách nhiệm, rõ thời gian, rõ kết quả”.\n2. Kiểm tra 12 xã.\n\f3\n3. Báo cáo kết quả.\n";

        Assert.That(ReadParagraphs(text), Is.EqualTo(new[]
        {
            "1. Tuyên truyền sâu rộng với phương châm “rõ người, rõ việc, rõ trách nhiệm, rõ thời gian, rõ kết quả”.",
            "2. Kiểm tra 12 xã.",
            "3. Báo cáo kết quả.",
        }));
    }

    [Test]
    public void NumberLineAfterAFormFeed_ThatIsNotThePageNumber_IsKept()
    {
        var text = "Số lượng xã:\n\f7\nvà các thôn.\n";

        Assert.That(string.Join(" ", ReadParagraphs(text)), Does.Contain("7"));
    }

    [Test]
    public void WrappedTailOfANumberedHeading_StaysWithTheHeading()
    {
        var text = """
            7. Tăng cường công tác phòng ngừa, đấu tranh với tội phạm về ma túy trên
            địa bàn, nhất là ở khu vực biên giới, cửa khẩu và các tuyến giao thông trọng
            điểm; phát hiện, xử lý kịp thời các đường dây mua bán trái phép chất ma túy.
            8. Tăng cường đầu tư nguồn lực, hỗ trợ kinh phí cho việc thực hiện
            Chương trình
            a) Sở Tài chính chủ trì, phối hợp các sở, ban, ngành tham mưu bố trí kinh phí
            thực hiện Chương trình theo quy định của pháp luật về ngân sách nhà nước.
            III. NỘI DUNG, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG
            NHIỆM VỤ
            1. Triển khai các giải pháp tổng thể nhằm nâng cao hiệu lực, hiệu quả quản lý.
            """;

        var paragraphs = ReadParagraphs(text);

        Assert.That(paragraphs, Does.Contain("8. Tăng cường đầu tư nguồn lực, hỗ trợ kinh phí cho việc thực hiện Chương trình"));
        Assert.That(paragraphs, Does.Contain("III. NỘI DUNG, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG NHIỆM VỤ"));
    }

    [Test]
    public void ListLabelOnALineOfItsOwn_JoinsTheParagraphAfterIt()
    {
        // pdftotext writes Word's automatic numbering apart from its paragraph.
        var text = "II. CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n1.\n\nCập nhật Hệ thống thông tin giải quyết thủ tục hành chính\n\na)\nTổ chức thực hiện nâng cao chất lượng.\n2.\nĐưa vào khai thác các cơ sở dữ liệu\n";

        Assert.That(ReadParagraphs(text), Is.EqualTo(new[]
        {
            "II. CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
            "1. Cập nhật Hệ thống thông tin giải quyết thủ tục hành chính",
            "a) Tổ chức thực hiện nâng cao chất lượng.",
            "2. Đưa vào khai thác các cơ sở dữ liệu",
        }));
    }

    [Test]
    public void NumberAfterACitationWord_ContinuesTheSentenceAcrossABlankLine()
    {
        var text = """
            Phối hợp với các cơ quan chức năng rà soát, nâng cao chất lượng Hệ thống
            thông tin giải quyết thủ tục hành chính bảo đảm theo quy định tại khoản

            3 Điều 13 Thông tư số 21/2023/TT-BTTTT ngày 31/12/2023 của Bộ Thông tin và
            Truyền thông quy định về chức năng, tính năng kỹ thuật của hệ thống.
            4. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của các cơ quan.
            Tập trung số hóa, làm sạch dữ liệu, gắn việc số hóa với giải quyết hồ sơ.
            """;

        var paragraphs = ReadParagraphs(text);

        Assert.That(paragraphs[0], Does.EndWith("theo quy định tại khoản 3 Điều 13 Thông tư số 21/2023/TT-BTTTT ngày 31/12/2023 của Bộ Thông tin và Truyền thông quy định về chức năng, tính năng kỹ thuật của hệ thống."));
        Assert.That(paragraphs[1], Does.StartWith("4. Số hóa"));
    }

    [Test]
    public void PreambleFormula_AfterALineAsLongAsTheWrapWidth_StartsAParagraph()
    {
        // pdftotext keeps no blank line between the title and the first basis of the preamble.
        var text = """
            KẾ HOẠCH
            Cải cách hành chính nhà nước giai đoạn 2026 - 2030 của tỉnh Lâm Đồng
            Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương
            trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;
            Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi,
            bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính
            phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục
            hành chính; Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính.
            """;

        var paragraphs = ReadParagraphs(text);

        Assert.That(paragraphs[1], Is.EqualTo("Cải cách hành chính nhà nước giai đoạn 2026 - 2030 của tỉnh Lâm Đồng"));
        Assert.That(paragraphs.Skip(2).Select(p => p[..6]), Is.EqualTo(new[] { "Căn cứ", "Căn cứ" }));
    }

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
        var doc = PlainTextReader.Instance.Read(new MemoryStream(bytes), "a.txt", PlanParser.LimitsOf(ParseOptions.Default));
        Assert.That(doc.Blocks.OfType<SourceParagraph>().First().Text, Is.EqualTo("KẾ HOẠCH"));
    }

    [Test]
    public void LineBrokenAfterTheHyphenOfASymbol_JoinsWithoutASpace()
    {
        var paragraphs = Paragraphs("""
            Tiếp tục triển khai thực hiện có hiệu quả các nội dung tại Quyết định số 1441/QĐ-
            UBND ngày 25/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh.
            """);

        Assert.That(paragraphs, Is.EqualTo(new[] { "Tiếp tục triển khai thực hiện có hiệu quả các nội dung tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh." }));
    }
}

public class CellPerLineTableTests
{
    // A table as PDF text extraction spreads it: one wrapped cell line per line, group rows closed by spaces.
    private const string Spread =
        "STT  Nội dung công việc  Đơn vị chủ trì  Thời hạn  \n" +
        "Ghi chú \n" +
        "A  Năm 2026     \n" +
        "1 \n" +
        "Rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền \n" +
        "giải quyết của xã \n" +
        "Văn phòng HĐND \n" +
        "và UBND \n" +
        "Quý I \n" +
        "Công khai trên \n" +
        "Cổng thông tin \n" +
        "2 \n" +
        "Tập huấn kỹ năng số cho cán bộ, công chức \n" +
        "Phòng Văn hóa - \n" +
        "Xã hội \n" +
        "Quý II  \n";

    [Test]
    public void OneCellPerLine_IsRebuiltByWrapWidth()
    {
        var table = PlainTextReader.ReadBlocks(Spread).OfType<SourceTable>().Single();
        var rows = table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();
        Assert.That(rows[0], Is.EqualTo(new[] { "STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn", "Ghi chú" }));
        Assert.That(rows[1], Is.EqualTo(new[] { "A", "Năm 2026", "", "", "" }));
        Assert.That(rows[2], Is.EqualTo(new[] { "1", "Rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của xã", "Văn phòng HĐND và UBND", "Quý I", "Công khai trên Cổng thông tin" }));
        Assert.That(rows[3], Is.EqualTo(new[] { "2", "Tập huấn kỹ năng số cho cán bộ, công chức", "Phòng Văn hóa - Xã hội", "Quý II", "" }));
    }

    // A table as a word processor's text export writes it: one line per cell, a blank line for an empty cell, group
    // rows on one line, a value cell that is a bare number.
    private const string LinePerCell = """
        STT
        Chỉ tiêu
        Đơn vị chủ trì
        Đơn vị phối hợp
        Chỉ tiêu (%)
        A Năm 2026
        I Về thủ tục hành chính
        1
        Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ
        Trung tâm Phục vụ hành chính công

        60
        2
        Tỷ lệ hồ sơ được số hóa
        Trung tâm Phục vụ hành chính công
        Các phòng chuyên môn
        100
        B Năm 2027

        Về chất lượng dịch vụ
        Trung tâm Phục vụ hành chính công


        1
        Mức độ hài lòng của người dân
        Trung tâm Phục vụ hành chính công
        Các phòng chuyên môn
        90
        Nơi nhận:
        """;

    [Test]
    public void LinePerCell_EachLineIsItsCell_BlankLinesEmptyCellsAndNumbersValues()
    {
        var table = PlainTextReader.ReadBlocks(LinePerCell).OfType<SourceTable>().Single();

        Assert.That(table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))), Is.EqualTo(new[]
        {
            "STT|Chỉ tiêu|Đơn vị chủ trì|Đơn vị phối hợp|Chỉ tiêu (%)",
            "A|Năm 2026|||", "I|Về thủ tục hành chính|||",
            "1|Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ|Trung tâm Phục vụ hành chính công||60",
            "2|Tỷ lệ hồ sơ được số hóa|Trung tâm Phục vụ hành chính công|Các phòng chuyên môn|100",
            "B|Năm 2027|||", "|Về chất lượng dịch vụ|Trung tâm Phục vụ hành chính công||",
            "1|Mức độ hài lòng của người dân|Trung tâm Phục vụ hành chính công|Các phòng chuyên môn|90",
        }));
    }
}

public class PdftotextTableTests
{
    // A table as pdftotext writes it: every cell on lines of its own between blank lines, a group label apart from its
    // text, and on the next page (after its form feed) the page's number and the header again. The appendix numbers
    // its pages on from the plan's, so the number (7) is not the text's own page count.
    private const string Spread =
        "STT\n\nĐơn vị được kiểm tra\n\nThời gian\nkiểm tra\n\n" +
        "I\n\nCơ quan chuyên môn cấp tỉnh\n\n" +
        "1\n\nSở Xây dựng\n\nTháng 7/2026\n\n" +
        "2\n\nSở Y tế\n\nTháng 8/2026\n\n" +
        "II\n\nỦy ban nhân dân cấp xã\n\n" +
        "1\n\nXã Bắc Ruộng\n\nTháng 6/2026\n\n" +
        "\f7\nSTT\n\nĐơn vị được kiểm tra\n\nThời gian\nkiểm tra\n\n" +
        "2\n\nXã Nam Thành\n\nTháng 6/2026\n";

    [Test]
    public void GroupLabelsApartAndHeaderRepeatedOnTheNextPage_AreReadAsOneTable()
    {
        var doc = PlainTextReader.Instance.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Spread)), "case.txt", PlanParser.LimitsOf(ParseOptions.Default));
        var rows = doc.Blocks.OfType<SourceTable>().Single().Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            "STT | Đơn vị được kiểm tra | Thời gian kiểm tra",
            "I | Cơ quan chuyên môn cấp tỉnh | ",
            "1 | Sở Xây dựng | Tháng 7/2026",
            "2 | Sở Y tế | Tháng 8/2026",
            "II | Ủy ban nhân dân cấp xã | ",
            "1 | Xã Bắc Ruộng | Tháng 6/2026",
            "2 | Xã Nam Thành | Tháng 6/2026",
        }));
    }
}

public class SideBySideTests
{
    [Test]
    public void NumberAndDateOnOneLine_WithABlankNumber_AreTheTwoColumns()
    {
        // pdftotext -layout: the blank registry number leaves a gap of its own before the gap between the columns.
        var plan = CommuneDocs.Tests.PlanText.Parse("""
                     ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                       XÃ CẨM GIANG                        Độc lập - Tự do - Hạnh phúc
                      Số:      /KH- UBND                Cẩm Giang, ngày    tháng 8 năm 2025



                                              KẾ HOẠCH
                        Nâng cao chất lượng dịch vụ công trực tuyến năm 2025
            I. NHIỆM VỤ
            1. Rà soát thủ tục hành chính
            """);

        Assert.That((plan.Symbol, plan.Place, plan.Date?.ToString(), plan.Issuer), Is.EqualTo(("KH-UBND", "Cẩm Giang", "2025-08", "Ủy ban nhân dân xã Cẩm Giang")));
    }

    [Test]
    public void NumberAndDateAloneOnTheirLine_AreStillTwoColumns()
    {
        var plan = CommuneDocs.Tests.PlanText.Parse("""
                           Số: /QĐ-UBND                 Cam Hiệp, ngày 12 tháng 8 năm 2025



                                            QUYẾT ĐỊNH
            Ban hành Kế hoạch cải cách thủ tục hành chính năm 2025
                                 ỦY BAN NHÂN DÂN XÃ CAM HIỆP
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách thủ tục hành chính.
            """);

        Assert.That((plan.Symbol, plan.Place, plan.Date?.ToString()), Is.EqualTo(("QĐ-UBND", "Cam Hiệp", "2025-08-12")));
    }

    [Test]
    public void ClosingColumns_EndAtTheFirstLineReachingIntoTheRightColumn()
    {
        // The text of an attached plan follows the signature without a blank line: it is not part of the Nơi nhận column.
        var plan = CommuneDocs.Tests.PlanText.Parse(CommuneDocs.Tests.PlanText.DefaultHeader + """
            I. NHIỆM VỤ
            1. Rà soát thủ tục hành chính
            Nơi nhận:                                      TM. ỦY BAN NHÂN DÂN

            - Như Điều 3;                                           CHỦ TỊCH

            - Lưu: VT, PVHXH.                             Bùi Quang Nam
              KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM NĂM 2025 TRÊN ĐỊA BÀN XÃ
            I. MỤC ĐÍCH, YÊU CẦU
            """);

        Assert.That(plan.Signer?.Name, Is.EqualTo("Bùi Quang Nam"));
        Assert.That(plan.Recipients, Is.EqualTo(new[] { "Như Điều 3", "Lưu: VT, PVHXH" }));
    }


    [Test]
    public void HeaderInTwoColumnsOnTheSameLines_IsReadColumnByColumn()
    {
        var plan = CommuneDocs.Tests.PlanText.Parse("""
            ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
               XÃ AN BÌNH                          Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-UBND                      An Bình, ngày 05 tháng 9 năm 2025

            KẾ HOẠCH
            Chuyển đổi số năm 2025
            I. NHIỆM VỤ
            1. Rà soát thủ tục hành chính
            Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN
            - UBND tỉnh;                                       CHỦ TỊCH
            - Lưu: VT.
                                                             Lê Văn An
            """);
        Assert.That((plan.Issuer, plan.Number, plan.Date?.ToString()), Is.EqualTo(("Ủy ban nhân dân xã An Bình", "12", "2025-09-05")));
        Assert.That(plan.Recipients, Is.EqualTo(new[] { "UBND tỉnh", "Lưu: VT" }));
        Assert.That(plan.Signer, Is.EqualTo(new CommuneDocs.Model.Signer("Lê Văn An", "Chủ tịch", "TM. Ủy ban nhân dân")));
    }
}
