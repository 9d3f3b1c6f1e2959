using System.Text;
using CommuneDocs.Model;

namespace CommuneDocs.Tests;

/// <summary>Parses a plan written inline in a test.</summary>
internal static class PlanText
{
    public static PlanDocument Parse(string text, string name = "case.txt") =>
        PlanParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    /// <summary>A minimal well-formed commune plan around the given body.</summary>
    public static string Plan(string body, string header = DefaultHeader, string closing = DefaultClosing) =>
        header + "\n" + body + "\n" + closing;

    public const string DefaultHeader = """
        ỦY BAN NHÂN DÂN
        XÃ AN BÌNH
        Số: 12/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        An Bình, ngày 05 tháng 9 năm 2025

        KẾ HOẠCH
        Chuyển đổi số năm 2025

        Căn cứ Quyết định số 1565/QĐ-TTg ngày 18/7/2025 của Thủ tướng Chính phủ;
        """;

    public const string DefaultClosing = """
        Nơi nhận:
        - UBND tỉnh;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Lê Văn An
        """;
}
