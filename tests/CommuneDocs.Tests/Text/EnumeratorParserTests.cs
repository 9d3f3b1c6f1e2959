using CommuneDocs.Text;

namespace CommuneDocs.Tests.Text;

public class EnumeratorParserTests
{
    private static readonly object[] Cases =
    [
        new object[] { "I. MỤC ĐÍCH, YÊU CẦU", nameof(EnumeratorStyle.Roman), "I", 1 },
        new object[] { "IV. TỔ CHỨC THỰC HIỆN", nameof(EnumeratorStyle.Roman), "IV", 4 },
        new object[] { "2. Mục tiêu cụ thể", nameof(EnumeratorStyle.Decimal), "2", 2 },
        new object[] { "3) Tiếp tục duy trì", nameof(EnumeratorStyle.DecimalParen), "3", 3 },
        new object[] { "a) Năm 2025", nameof(EnumeratorStyle.LetterParen), "a", 1 },
        new object[] { "đ) Gắn kết chặt chẽ", nameof(EnumeratorStyle.LetterParen), "đ", 5 },
        new object[] { "b. Năm 2026", nameof(EnumeratorStyle.LetterDot), "b", 2 },
        new object[] { "1.2. Nhiệm vụ cụ thể", nameof(EnumeratorStyle.DottedDecimal), "1.2", 2 },
        new object[] { "A. NĂM 2025", nameof(EnumeratorStyle.UpperLetter), "A", 1 },
        new object[] { "Điều 1. Ban hành kèm theo", nameof(EnumeratorStyle.Article), "Điều 1", 1 },
        new object[] { "Phần II. NỘI DUNG", nameof(EnumeratorStyle.Part), "Phần II", 2 },
        new object[] { "- Về số lượng:", nameof(EnumeratorStyle.Dash), "-", 0 },
        new object[] { "– Về chất lượng", nameof(EnumeratorStyle.Dash), "-", 0 },
        new object[] { "• Hỗ trợ người dân", nameof(EnumeratorStyle.Dash), "-", 0 },
        new object[] { "+ Duy trì", nameof(EnumeratorStyle.Plus), "+", 0 },
        new object[] { "* Về số lượng:", nameof(EnumeratorStyle.Star), "*", 0 },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Parse_RecognisesEnumerator(string text, string style, string label, int ordinal)
    {
        var e = EnumeratorParser.Parse(text);
        Assert.That(e, Is.Not.Null);
        Assert.That((e!.Value.Style, e.Value.Label, e.Value.Ordinal), Is.EqualTo((Enum.Parse<EnumeratorStyle>(style), label, ordinal)));
    }

    [TestCase("100% TTHC đủ điều kiện")]
    [TestCase("2025 theo Quyết định")]
    [TestCase("15.000 người dân")]
    [TestCase("Mục tiêu chung")]
    [TestCase("Thực hiện Quyết định số 1565/QĐ-TTg")]
    public void Parse_PlainSentence_IsNotAnEnumerator(string text) => Assert.That(EnumeratorParser.Parse(text), Is.Null);
}
