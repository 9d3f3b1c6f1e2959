using CommuneDocs.Model;
using CommuneDocs.Tests.Reading.Docx;

namespace CommuneDocs.Tests.Semantics;

public class HeaderTests
{
    [Test]
    public void Header_TwoColumnsInterleavedLineByLine_AreReadByPattern()
    {
        // Text pulled out of a PDF often reads the two header columns line by line across.
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát", header: """
            ỦY BAN NHÂN DÂN
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            XÃ CẨM GIANG
            Độc lập – Tự do – Hạnh phúc
            Số: 25/KH- UBND
            Cẩm Giang, ngày 14 tháng 8 năm 2025
            KẾ HOẠCH
            Nâng cao chất lượng dịch vụ công trực tuyến
            """));
        Assert.That((plan.Kind, plan.Number, plan.Symbol, plan.Issuer, plan.Commune, plan.Place, plan.Date?.ToString()),
            Is.EqualTo((DocumentKind.Plan, "25", "KH-UBND", "Ủy ban nhân dân xã Cẩm Giang", "Cẩm Giang", "Cẩm Giang", "2025-08-14")));
        Assert.That(plan.Title, Is.EqualTo("Nâng cao chất lượng dịch vụ công trực tuyến"));
    }

    [Test]
    public void Header_NationalTitleWrappedOverTwoLines_IsNotPartOfTheIssuer()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ", header: """
            ỦY BAN NHÂN DÂN
            XÃ AN BÌNH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA
            VIỆT NAM
            Số: 3/KH-UBND
            KẾ HOẠCH
            Chuyển đổi số
            """));
        Assert.That(plan.Issuer, Is.EqualTo("Ủy ban nhân dân xã An Bình"));
    }

    [Test]
    public void Header_BlankNumberAndDay_GiveNullNumberPartialDateAndWarnings()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát", header: """
            ỦY BAN NHÂN DÂN
            XÃ HÀ TÂY
            Số:       /KH-UBND
            Hà Tây, ngày      tháng 10 năm 2025
            KẾ HOẠCH
            Chuyển đổi số
            """));
        Assert.That((plan.Number, plan.Symbol, plan.Date?.ToString()), Is.EqualTo(((string?)null, "KH-UBND", "2025-10")));
        Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.BlankNumber).And.Contain(DiagnosticCode.IncompleteDate));
    }

    [TestCase("UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ", "Sở Nội vụ")]
    [TestCase("ỦY BAN NHÂN DÂN TỈNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo")]
    [TestCase("UBND HUYỆN ĐỨC THỌ\nUBND XÃ ĐỨC LÂM", "Ủy ban nhân dân xã Đức Lâm")]
    [TestCase("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ ĐỨC LÂM", "Đảng ủy xã Đức Lâm")]
    [TestCase("ỦY BAN NHÂN DÂN\nXÃ ĐỨC LÂM", "Ủy ban nhân dân xã Đức Lâm")]
    [TestCase("UBND XÃ ĐỨC LÂM\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "Ban Chỉ đạo chuyển đổi số")]
    [TestCase("ỦY BAN MTTQ VIỆT NAM\nXÃ ĐỨC LÂM\nBAN THƯỜNG TRỰC", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Đức Lâm")]
    [TestCase("ỦY BAN BẦU CỬ XÃ ĐỨC LÂM\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN", "Tiểu ban thông tin, tuyên truyền Ủy ban bầu cử xã Đức Lâm")]
    [TestCase("DỰ THẢO\nỦY BAN NHÂN DÂN\nXÃ ĐỨC LÂM", "Ủy ban nhân dân xã Đức Lâm")]
    [TestCase("ỦY BAN NHÂN\nDÂN\nXÃ ĐỨC LÂM", "Ủy ban nhân dân xã Đức Lâm")]
    [TestCase("ỦY BAN NHÂN DÂN\nXÃ ĐỨC LÂM\nHỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân xã Đức Lâm")]
    [TestCase("TÊN CƠ QUAN CHỦ QUẢN(1)\nTÊN CƠ QUAN BAN HÀNH(2)", null)]
    public void Issuer_UnderAParentBody_IsTheBodyNamedLast(string bodyLines, string? issuer)
    {
        var header = bodyLines + """

            Số: 12/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Đức Lâm, ngày 05 tháng 9 năm 2025

            KẾ HOẠCH
            Chuyển đổi số năm 2025
            """;

        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", header: header));

        Assert.That(plan.Issuer, Is.EqualTo(issuer));
    }

    [Test]
    public void Title_RepeatingTheKindWord_DropsIt()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ", header: "KẾ HOẠCH\nKế hoạch nâng cao chất lượng dịch vụ công\n"));
        Assert.That(plan.Title, Is.EqualTo("Nâng cao chất lượng dịch vụ công"));
    }

    [Test]
    public void Signer_KtChuTichPhoChuTich_GivesAuthorityAndPosition()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ", closing: """
            Nơi nhận:
            - TT. Đảng ủy; TT. HĐND xã;
            - Lưu: VT, HCC.
            TM. UỶ BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Quang Ngọc
            """));
        Assert.That(plan.Signer, Is.EqualTo(new Signer("Nguyễn Quang Ngọc", "Phó Chủ tịch", "KT. Chủ tịch")));
        Assert.That(plan.Recipients, Is.EqualTo(new[] { "TT. Đảng ủy; TT. HĐND xã", "Lưu: VT, HCC" }));
    }

    [Test]
    public void Recipients_SeveralEntriesInOneWordParagraph_AreSplitAtLineBreaksAndBullets()
    {
        // Word files converted from .doc often hold two entries in one paragraph: one laid out with spaces, or a
        // Shift+Enter line break between them.
        var paragraphs = PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", closing: "").Split('\n').Select(t => DocxBuilder.P(t));
        var closing = """
            <w:p><w:r><w:t>Nơi nhận:</w:t><w:br/><w:t xml:space="preserve">- V01, C04 - Bộ Công an;                    </w:t></w:r><w:r><w:t>- Thường trực Tỉnh ủy;</w:t></w:r></w:p>
            <w:p><w:r><w:t>- Chủ tịch, PCT. UBND tỉnh;</w:t><w:br/><w:t>- TT. Đảng ủy; TT. HĐND xã;</w:t></w:r></w:p>
            <w:p><w:r><w:t>- Lưu: VT, NC.</w:t></w:r></w:p>
            <w:p><w:r><w:t>TM. ỦY BAN NHÂN DÂN</w:t></w:r></w:p>
            <w:p><w:r><w:t>CHỦ TỊCH</w:t></w:r></w:p>
            <w:p><w:r><w:t>Lê Văn An</w:t></w:r></w:p>
            """;

        var plan = PlanParser.Parse(DocxBuilder.Build(string.Concat(paragraphs) + closing), "case.docx");

        Assert.That(plan.Recipients, Is.EqualTo(new[]
        {
            "V01, C04 - Bộ Công an", "Thường trực Tỉnh ủy", "Chủ tịch, PCT. UBND tỉnh", "TT. Đảng ủy; TT. HĐND xã", "Lưu: VT, NC",
        }));
    }

    [Test]
    public void References_SameNumberTwice_IsOneReferenceWithDateAndIssuer()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. NHIỆM VỤ
            1. Thực hiện theo Quyết định số 1565/QĐ-TTG và Nghị định 45/2020/NĐ-CP.
            """));
        var r = plan.References;
        Assert.That(r.Select(x => x.Number), Is.EqualTo(new[] { "1565/QĐ-TTg", "45/2020/NĐ-CP" }));
        Assert.That((r[0].Kind, r[0].Date?.ToString(), r[0].Issuer), Is.EqualTo(("Quyết định", "2025-07-18", "Thủ tướng Chính phủ")));
    }

    [Test]
    public void References_DateInWords_KeepsItsDay()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. NHIỆM VỤ
            1. Áp dụng Quyết định số 01/2025/QĐ-UBND ngày 03 tháng 01 năm 2025 của UBND tỉnh ban hành quy định.
            """));

        Assert.That(plan.References.Single(x => x.Number == "01/2025/QĐ-UBND").Date?.ToString(), Is.EqualTo("2025-01-03"));
    }

    [TestCase("Nghị định số 12/2019/NĐ-CP ngày 07/8/2019 của Chính phủ sửa đổi, bổ sung một số điều", "Chính phủ")]
    [TestCase("Quyết định số 77/QĐ-TTg ngày 3/5/2023 của Thủ tướng Chính phủ và các văn bản hướng dẫn", "Thủ tướng Chính phủ")]
    [TestCase("Kế hoạch số 18/KH-UBND ngày 2/3/2025 của Ủy ban nhân dân tỉnh để phổ biến", "Ủy ban nhân dân tỉnh")]
    [TestCase("Quyết định số 40/QĐ-UBND ngày 21/7/2025 của Chủ tịch UBND tỉnh Gia Lai về việc ban hành", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai")]
    [TestCase("Thông tư số 03/2024/TT-BNV ngày 1/2/2024 của Bộ Nội vụ hướng dẫn", "Bộ Nội vụ")]
    public void References_IssuerEndsWhereTheBodysNameEnds(string sentence, string issuer)
    {
        var plan = PlanText.Parse(PlanText.Plan($"""
            I. NHIỆM VỤ
            1. Thực hiện theo {sentence}.
            """));

        Assert.That(plan.References.Last().Issuer, Is.EqualTo(issuer));
    }

    [TestCase("của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực về tăng cường kiểm tra", "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực")]
    [TestCase("của Ban Chỉ đạo tỉnh về tăng cường kiểm tra công vụ tại các xã", "Ban Chỉ đạo tỉnh")]
    public void References_BodyNamedAfterItsField_KeepsTheFieldOnlyWhenTheSubjectFollows(string words, string issuer)
    {
        var plan = PlanText.Parse(PlanText.Plan($"""
            I. NHIỆM VỤ
            1. Thực hiện Kế hoạch số 07-KH/BCĐ ngày 01/7/2025 {words}.
            """));

        Assert.That(plan.References.Single(r => r.Number == "07-KH/BCĐ").Issuer, Is.EqualTo(issuer));
    }

    [Test]
    public void References_ListWithOneIssuer_GivesItToEachCitation()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. NHIỆM VỤ
            1. Thực hiện Quyết định số 11/QĐ-TTg ngày 02/3/2021, Quyết định số 12/QĐ-TTg ngày 03/4/2022 của Thủ tướng Chính phủ.
            2. Bảo đảm theo quy định của Chính phủ tại Nghị định số 30/2020/NĐ-CP, Nghị định số 78/2025/NĐ-CP và Nghị định số 45/2020/NĐ-CP, nhất là lưu trữ.
            3. Thực hiện Quyết định số 13/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 5/QĐ-UBND ngày 01/2/2024.
            """));

        Assert.That(plan.References.Skip(1).Select(r => (r.Number, r.Issuer)), Is.EqualTo(new (string, string?)[]
        {
            ("11/QĐ-TTg", "Thủ tướng Chính phủ"), ("12/QĐ-TTg", "Thủ tướng Chính phủ"),
            ("30/2020/NĐ-CP", "Chính phủ"), ("78/2025/NĐ-CP", "Chính phủ"), ("45/2020/NĐ-CP", "Chính phủ"),
            ("13/QĐ-TTg", "Thủ tướng Chính phủ"), ("5/QĐ-UBND", null),
        }));
    }

    [Test]
    public void References_SymbolTypedInCapitalsAndAsWritten_KeepTheWrittenOne()
    {
        var plan = PlanText.Parse(PlanText.Plan("""
            I. NHIỆM VỤ
            1. Triển khai Quyết định số 907/QĐ-TTG của Thủ tướng Chính phủ.
            2. Theo Quyết định số 907/QĐ-TTg ngày 05/6/2025.
            """));

        Assert.That(plan.References.Skip(1).Select(r => (r.Number, r.Date?.ToString())), Is.EqualTo(new[] { ("907/QĐ-TTg", (string?)"2025-06-05") }));
    }

    [Test]
    public void References_CitedInANote_AreCitedByTheDocument()
    {
        var source = CommuneDocs.Reading.PlainText.PlainTextReader.Instance.Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PlanText.Plan("I. NHIỆM VỤ\n1. Thi đua theo quy định hiện hành."))), "n.txt", PlanParser.LimitsOf(ParseOptions.Default));
        var withNote = source with { Notes = [new CommuneDocs.Reading.SourceParagraph("Thống nhất áp dụng Quyết định số 03/2025/QĐ-UBND ngày 03 tháng 01 năm 2025 của UBND tỉnh.")] };

        var plan = CommuneDocs.Semantics.PlanInterpreter.Interpret(CommuneDocs.Structure.DocumentStructurer.Build(withNote, ParseOptions.DefaultMaxOutlineDepth), ParseOptions.Default.Units);

        Assert.That(plan.References.Select(r => (r.Number, r.Issuer)), Does.Contain(("03/2025/QĐ-UBND", (string?)"Ủy ban nhân dân tỉnh")));
    }

    [Test]
    public void References_HyphenLostAtALineBreak_IsPutBackBetweenKindAndIssuer()
    {
        // pdftotext joins "NQ-" at a line's end with "HĐND" on the next line as one word, without the hyphen.
        var plan = PlanText.Parse(PlanText.Plan("""
            I. NHIỆM VỤ
            1. Thực hiện Nghị quyết số 201/2023/NQHĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh và Quyết định số 766/QĐTTg ngày 23/6/2022.
            2. Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương.
            """));

        Assert.That(plan.References.Select(x => x.Number), Is.SupersetOf(new[] { "201/2023/NQ-HĐND", "766/QĐ-TTg", "02-KH/BCĐTW" }));
    }

    [Test]
    public void NumberLine_ReadApartFromItsSymbol_IsJoined()
    {
        // pdftotext reads the header's two columns line by line across: "Số:" and "/KH-UBND" with the quốc hiệu between.
        var header = """
            ỦY BAN NHÂN DÂN
            TỈNH LÂM ĐỒNG
            Số:
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            /KH-UBND
            Độc lập – Tự do – Hạnh phúc
            Lâm Đồng, ngày 12 tháng 02 năm 2026
            KẾ HOẠCH
            Tăng cường công tác phòng, chống ma túy năm 2026
            """;

        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", header: header));

        Assert.That((plan.Number, plan.Symbol, plan.Issuer), Is.EqualTo(((string?)null, "KH-UBND", "Ủy ban nhân dân tỉnh Lâm Đồng")));
        Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.BlankNumber));
    }

    [Test]
    public void Recipients_ReadAcrossTheColumnsOfTheClosing_AreTheBulletsBetweenTheSignatureLines()
    {
        // pdftotext (raw) reads Nơi nhận and the signature beside it line by line across.
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục", closing: """
            Nơi nhận:
            TM. ỦY BAN NHÂN DÂN
            - Sở Khoa học và Công nghệ;
            KT. CHỦ TỊCH
            - Thường trực Đảng uỷ;
            PHÓ CHỦ TỊCH
            - Chủ tịch, các PCT UBND xã;
            - Lưu: VT, UBND;
            + Đăng tải lên trang TTDT xã.
            Trần Văn Trà
            """));

        Assert.That(plan.Recipients, Is.EqualTo(new[] { "Sở Khoa học và Công nghệ", "Thường trực Đảng uỷ", "Chủ tịch, các PCT UBND xã", "Lưu: VT, UBND", "Đăng tải lên trang TTDT xã" }));
        Assert.That(plan.Signer, Is.EqualTo(new Signer("Trần Văn Trà", "Phó Chủ tịch", "KT. Chủ tịch")));
    }

    [Test]
    public void NumberLine_NumberWithYearOnTheLineAfterSo_IsJoined()
    {
        var plan = PlanText.Parse(PlanText.Plan("Điều 1. Ban hành quy định.", header: """
            ỦY BAN NHÂN DÂN
            TỈNH AN GIANG
            Số:
            218/2025/QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            An Giang, ngày 26 tháng 11 năm 2025

            QUYẾT ĐỊNH
            Phân cấp thẩm quyền
            """));
        Assert.That((plan.Number, plan.Symbol), Is.EqualTo(("218", "2025/QĐ-UBND")));
    }

    [Test]
    public void Signer_AuthorityWrappedOverTwoLines_IsOneAuthorityAndTheNameIsAPerson()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát", closing: """
            Nơi nhận:
            - UBND tỉnh;
            - Lưu: VT.

            TM. ỦY BAN
            NHÂN DÂN
            CHỦ TỊCH

            Lê Văn An
            """));
        Assert.That(plan.Signer, Is.EqualTo(new Signer("Lê Văn An", "Chủ tịch", "TM. Ủy ban nhân dân")));
    }

    [Test]
    public void Signer_FormsWithSignatureBlocksInTheAppendix_DoNotReplaceTheDocumentsSigner()
    {
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát", closing: PlanText.DefaultClosing + """


            THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH
            Mẫu số 01
            THỦ TRƯỞNG CƠ QUAN
            QUẢN LÝ NHIỆM VỤ
            """));
        Assert.That(plan.Signer?.Name, Is.EqualTo("Lê Văn An"));
    }

    [Test]
    public void Header_TwoColumnsReadIntoOneLine_GivesTheIssuerNumberAndSignerOfTheirOwnColumn()
    {
        // A PDF whose columns were read into one line each: the issuer beside the quốc hiệu, the date beside "Số:".
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Tuyên truyền bầu cử", header: """
            ỦY BAN BẦU CỬ XÃ AN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN
            An Bình, ngày 10 tháng 12 năm 2025 Số: 01/KH-TBTT

            KẾ HOẠCH
            Tuyên truyền bầu cử
            """, closing: """
            Nơi nhận:
            - Lưu: VT.

            TM. TIỂU BAN
            TRƯỞNG TIỂU BAN
            Nguyễn Văn Hoàn TRƯỞNG BAN XÂY DỰNG ĐẢNG
            """));
        Assert.That((plan.Issuer, plan.Number, plan.Symbol, plan.Signer?.Name),
            Is.EqualTo(("Tiểu ban thông tin, tuyên truyền Ủy ban bầu cử xã An Bình", "01", "KH-TBTT", "Nguyễn Văn Hoàn")));
    }
}
