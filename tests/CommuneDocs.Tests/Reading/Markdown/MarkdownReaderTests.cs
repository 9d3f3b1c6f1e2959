using System.Text;
using CommuneDocs.Model;
using CommuneDocs.Reading;
using CommuneDocs.Reading.Markdown;

namespace CommuneDocs.Tests.Reading.Markdown;

/// <summary>The Markdown reader's rules, each on a small inline case (issue 15).</summary>
public class MarkdownReaderTests
{
    private const string Header = """
        |
        **ỦY BAN NHÂN DÂN**
        XÃ AN BÌNH
        -------
        |
        **CỘNG HÒA XÃ
        HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        |
        Số: 12/KH-UBND
        |
        *An Bình, ngày 17
        tháng 11 năm 2025*
        |

        **KẾ HOẠCH**


        """;

    internal static SourceDocument Read(string markdown, string name = "plan.md") =>
        MarkdownReader.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(markdown)), name, PlanParser.LimitsOf(ParseOptions.Default));

    private static List<SourceParagraph> Paragraphs(string markdown) => Read(markdown).Blocks.OfType<SourceParagraph>().ToList();

    private static List<string> Texts(string markdown) => Paragraphs(markdown).Select(p => p.Text).ToList();

    [Test]
    public void PseudoPipeTable_HeaderBlockIsTwoByTwoLayoutTable()
    {
        var table = Read(Header).Blocks.OfType<SourceTable>().First();

        Assert.That(table.Rows.Select(r => r.Cells.Select(c => string.Join(" / ", c.Paragraphs.Select(p => p.Text)))), Is.EqualTo(new[]
        {
            new[] { "ỦY BAN NHÂN DÂN / XÃ AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" },
            new[] { "Số: 12/KH-UBND", "An Bình, ngày 17 tháng 11 năm 2025" },
        }));
    }

    [Test]
    public void PseudoPipeTable_CellLinesJoinedOnlyInsideEmphasis()
    {
        var cell = Read(Header + "\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN\nDÂN**\nCHỦ TỊCH\n|\n")
            .Blocks.OfType<SourceTable>().Last().Rows.Single().Cells;

        Assert.Multiple(() =>
        {
            Assert.That(cell[0].Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Nơi nhận:", "- Như trên;", "- Lưu: VT." }));
            Assert.That(cell[1].Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" }));
            Assert.That(cell[1].Paragraphs[0].Style.Bold, Is.True);
        });
    }

    [Test]
    public void PseudoPipeTable_FlattenedRowsKeepTheirCellsAndArePadded()
    {
        var rows = Read(Header + "\n|\n**TT**\n|\n**Nhiệm vụ**\n|\n**Chủ trì**\n|\n|\n1\n|\nRà soát\nthủ tục\n|\nVăn phòng\n|\n|\nSố hóa hồ sơ\n|\nCông an xã\n|\n")
            .Blocks.OfType<SourceTable>().Last().Rows;

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Cells.Length), Is.All.EqualTo(3));
            Assert.That(rows[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "1", "Rà soát thủ tục", "Văn phòng" }));
            Assert.That(rows[2].Cells.Select(c => c.Text), Is.EqualTo(new[] { "Số hóa hồ sơ", "Công an xã", "" }));
        });
    }

    [Test]
    public void PseudoPipeTable_RowWrittenOnOneLineIsSplitAtItsPipes()
    {
        var row = Read("|\n|\nSố: 12/QĐ-UBND | Hà Nội, ngày 02 tháng 12 năm 2025 |\n\n**QUYẾT ĐỊNH**\n").Blocks.OfType<SourceTable>().Single().Rows.Single();

        Assert.That(row.Cells.Select(c => c.Text), Is.EqualTo(new[] { "Số: 12/QĐ-UBND", "Hà Nội, ngày 02 tháng 12 năm 2025" }));
    }

    [Test]
    public void RealPipeTable_ReadThroughMarkdigWithHeaderRow()
    {
        var table = Read("**KẾ HOẠCH**\n\n| STT | Nội dung |\n|---|---|\n| 1 | Rà soát \\| tổng hợp |\n").Blocks.OfType<SourceTable>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(r => r.IsHeader), Is.EqualTo(new[] { true, false }));
            Assert.That(table.Rows[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "1", "Rà soát | tổng hợp" }));
        });
    }

    [Test]
    public void HardWrappedParagraphs_AreJoinedWithSpaces()
    {
        Assert.That(Texts(Header + "Thực hiện Nghị quyết số\n214/NQ-CP của Chính phủ, Nghị định 52/2015/NĐ-\nCP.\n"),
            Has.Member("Thực hiện Nghị quyết số 214/NQ-CP của Chính phủ, Nghị định 52/2015/NĐ-CP."));
    }

    [Test]
    public void WrappedBoldHeading_IsOneBoldParagraph()
    {
        var p = Paragraphs(Header + "**I. MỤC ĐÍCH,\nYÊU CẦU**\n").Single(p => p.Text.StartsWith('I'));

        Assert.That((p.Text, p.Style.Bold), Is.EqualTo(("I. MỤC ĐÍCH, YÊU CẦU", true)));
    }

    [TestCase("**Điều 1. **Ban\nhành kèm theo Quyết định này.", "Điều 1. Ban hành kèm theo Quyết định này.")]
    [TestCase("**Điều 2.****\n**Quyết định này có hiệu lực.", "Điều 2. Quyết định này có hiệu lực.")]
    [TestCase("**- **Triển khai rà soát,\nhoàn thiện dữ liệu.", "- Triển khai rà soát, hoàn thiện dữ liệu.")]
    public void EmphasisNoise_IsNotText(string markdown, string expected)
    {
        var p = Paragraphs(Header + markdown + "\n").Last();

        Assert.That((p.Text, p.Style.Bold), Is.EqualTo((expected, false)));
    }

    [Test]
    public void EmptyEmphasis_LeavesNoParagraph()
    {
        Assert.That(Texts(Header + "** **\n\n* *\n\n**1. Mục đích**\n"), Is.EqualTo(new[] { "KẾ HOẠCH", "1. Mục đích" }));
    }

    [Test]
    public void AtxHeading_IsBold()
    {
        var p = Paragraphs("# KẾ HOẠCH\n\n## I. MỤC ĐÍCH\n").Last();

        Assert.That((p.Text, p.Style.Bold), Is.EqualTo(("I. MỤC ĐÍCH", true)));
    }

    [Test]
    public void ListItems_KeepTheirMarkerAsWritten()
    {
        Assert.That(Texts("**KẾ HOẠCH**\n\n3. Xây dựng\nkế hoạch\n4. Tổ chức\n\n- Đơn vị chủ trì: Sở Nội vụ.\n+ Y tế xã\n"),
            Is.EqualTo(new[] { "KẾ HOẠCH", "3. Xây dựng kế hoạch", "4. Tổ chức", "- Đơn vị chủ trì: Sở Nội vụ.", "+ Y tế xã" }));
    }

    [Test]
    public void EscapesAndEntities_AreDecodedAndNfc()
    {
        Assert.That(Texts("**KẾ HOẠCH**\n\n\\- Số l&#432;&#7907;ng&nbsp;\\*tối thiểu\\* ke\u0302\u0301 hoạch\n").Last(),
            Is.EqualTo("- Số lượng *tối thiểu* kế hoạch"));
    }

    [Test]
    public void IndentedLines_AreTextNotCode()
    {
        Assert.That(Texts("**KẾ HOẠCH**\n\n    1. Rà soát thủ tục\n").Last(), Is.EqualTo("1. Rà soát thủ tục"));
    }

    [Test]
    public void SiteChromeBeforeTheHeader_IsDropped()
    {
        var texts = Texts("# Mẫu kế hoạch mới nhất?\n\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n\nLưu trữ\n\nGhi chú\n\n" + Header + "**I. MỤC ĐÍCH**\n");

        Assert.That(texts, Is.EqualTo(new[] { "KẾ HOẠCH", "I. MỤC ĐÍCH" }));
    }

    [Test]
    public void LinkOnlyLinesAndLists_AreNotText()
    {
        var texts = Texts(Header + "[Văn bản liên quan](https://example.vn/a)\n\n- [Kế hoạch 1](/x)\n- [Kế hoạch 2](/y)\n\nXem tại [Cổng](https://x.vn) của xã.\n");

        Assert.That(texts, Is.EqualTo(new[] { "KẾ HOẠCH", "Xem tại Cổng của xã." }));
    }

    [Test]
    public void FootnotesWrittenAtTheEnd_BecomeNotesAndTheirMarksLeaveTheText()
    {
        var doc = Read(Header + "Các xã bị ngập sâu[1], chia cắt.\n\n[1] Xã\nPhú Mỡ, Xã Ô Loan.\n");

        Assert.Multiple(() =>
        {
            Assert.That(doc.Blocks.OfType<SourceParagraph>().Last().Text, Is.EqualTo("Các xã bị ngập sâu, chia cắt."));
            Assert.That(doc.Notes.Select(n => n.Text), Is.EqualTo(new[] { "Xã Phú Mỡ, Xã Ô Loan." }));
        });
    }

    [TestCase("# CommuneDocs\n\nReads plans.\n\n## Install\n\n- dotnet tool install\n")]
    [TestCase("# Giá vàng hôm nay tăng mạnh\n\n**Sáng nay**, giá vàng trong nước tăng 500 nghìn đồng.\n\n- Vàng SJC: 120 triệu đồng.\n")]
    public void FileWithoutDocument_IsNotADocument(string markdown)
    {
        var ex = Assert.Throws<DocumentFormatException>(() => Read(markdown, "README.md"));

        Assert.That(ex!.Error, Is.EqualTo(DocumentError.NotADocument));
    }

    [Test]
    public void Parse_MarkdownPlan_SourceFormatIsMarkdown()
    {
        var plan = PlanParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Header + "**I. MỤC ĐÍCH**\n\n1. Rà soát thủ tục.\n")), "ke-hoach.md");

        Assert.Multiple(() =>
        {
            Assert.That(plan.Source.Format, Is.EqualTo(SourceFormat.Markdown));
            Assert.That((plan.Kind, plan.Number, plan.Symbol), Is.EqualTo((DocumentKind.Plan, "12", "KH-UBND")));
        });
    }
}
