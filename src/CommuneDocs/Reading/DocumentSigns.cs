using System.Text.RegularExpressions;
using CommuneDocs.Text;

namespace CommuneDocs.Reading;

/// <summary>
/// The marks by which a reader of a web page or Markdown file tells that an administrative document is in it, and
/// where it begins (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I: quốc hiệu, số và ký hiệu, tên loại; bố cục in
/// phần, mục or điều). Site chrome (menus, banners, tabs, notices) comes before the header block and bears none of them.
/// Tests run on folded text, so tone placement and legacy spellings do not matter.
/// </summary>
internal static partial class DocumentSigns
{
    /// <summary>The kinds of administrative document (Phụ lục I), folded: a kind heading is one of them alone on its line.</summary>
    private static readonly string[] KindWords =
    [
        "ke hoach", "quyet dinh", "bao cao", "cong van", "thong bao", "to trinh", "chi thi", "nghi quyet", "chuong trinh",
        "de an", "huong dan", "quy che", "quy dinh", "thong tu", "nghi dinh", "cong dien", "phuong an", "bien ban",
    ];

    /// <summary>How many upper-case lines right above the first sign are taken as the issuer's name (tên cơ quan, Điều 8, khoản 2).</summary>
    private const int MaxIssuerLines = 4;

    /// <summary>Parts that number a document's body: "I.", "Điều 1.", "Phần I", "Chương I".</summary>
    private const int MinNumberedParts = 2;

    [GeneratedRegex(@"^\s*S[ốô]\s*[:.]?\s*[0-9.…]*\s*/\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (Điều 8, khoản 1).</summary>
    public static bool IsNationalTitle(string text) =>
        VietnameseText.Fold(text).Contains("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal);

    /// <summary>"KẾ HOẠCH", "QUYẾT ĐỊNH:" in capitals alone on the first line of a paragraph (Điều 8, khoản 5).</summary>
    public static bool IsKindHeading(string text)
    {
        var first = text.Split('\n')[0].Trim().TrimEnd(':').Trim();
        return first.Length < 20 && VietnameseText.IsUpperCase(first, 4) && KindWords.Contains(VietnameseText.Fold(first));
    }

    /// <summary>A line that opens the document: the quốc hiệu, "Số: 12/KH-UBND" or the kind heading.</summary>
    public static bool OpensDocument(string text) => IsNationalTitle(text) || NumberLine().IsMatch(text) || IsKindHeading(text);

    /// <summary>Whether the blocks hold a document: a kind heading, a quốc hiệu, or numbered parts of a body.</summary>
    public static bool HoldDocument(IEnumerable<SourceBlock> blocks)
    {
        var parts = 0;
        foreach (var p in Paragraphs(blocks))
        {
            if (IsNationalTitle(p.Text) || IsKindHeading(p.Text)) return true;
            if (IsNumberedPart(p)) parts++;
        }
        return parts >= MinNumberedParts;
    }

    /// <summary>Whether a block bears any sign of a document: one that opens it, or a numbered part of its body.</summary>
    public static bool BearsSign(SourceBlock block) => Paragraphs([block]).Any(p => OpensDocument(p.Text) || IsNumberedPart(p));

    /// <summary>A part heading of a body: "I.", "Điều 1.", "Phần I", "Chương I" (Phụ lục I, mục II.6).</summary>
    private static bool IsNumberedPart(SourceParagraph p)
    {
        var e = p.ListLabel is { } label ? EnumeratorParser.ParseLabel(label, p.Text) : EnumeratorParser.Parse(p.Text);
        return e?.Style is EnumeratorStyle.Roman or EnumeratorStyle.Article or EnumeratorStyle.Part or EnumeratorStyle.Chapter;
    }

    /// <summary>
    /// Where the document begins among a page's blocks: the first block with a sign that opens it, or the issuer's
    /// upper-case lines right above it; 0 when none is found.
    /// </summary>
    public static int StartOf(IReadOnlyList<SourceBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!Paragraphs([blocks[i]]).Any(p => OpensDocument(p.Text))) continue;
            var start = i;
            while (start > 0 && i - start < MaxIssuerLines && blocks[start - 1] is SourceParagraph { ListLabel: null } above && IsIssuerLine(above.Text)) start--;
            return start;
        }
        return 0;
    }

    private static bool IsIssuerLine(string text) => text.Length < 80 && VietnameseText.IsUpperCase(text, 4) && !text.TrimEnd().EndsWith('.');

    private static IEnumerable<SourceParagraph> Paragraphs(IEnumerable<SourceBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceParagraph p:
                    yield return p;
                    break;
                case SourceTable t:
                    foreach (var p in t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs)) yield return p;
                    break;
            }
        }
    }
}
