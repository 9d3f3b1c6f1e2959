using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Export;

/// <summary>
/// A plan and a gap report built by hand with every field of the contract set, every value of its enums and the corners
/// the documents do not reach (a quarter, a page without a block, text that needs escaping), for the pinned-bytes tests.
/// </summary>
internal static class ContractSamples
{
    /// <summary>Quotes, a backslash, control characters, HTML characters, Vietnamese, a no-break space, U+2028 and an emoji.</summary>
    public const string AwkwardText = "\"Kế hoạch\" \\ số 1\n\t\u0001 <a href='x'>&amp;</a> + đạt ≥ 90%\u00a0\u2028 😀";

    private static readonly SourceSpan PageAndBlock = new(7, 2);
    private static readonly SourceSpan BlockOnly = new(3, null);
    private static readonly SourceSpan PageOnly = new(-1, 4);

    public static PlanDocument Plan() => new()
    {
        Source = new SourceInfo("kế hoạch.pdf", SourceFormat.Pdf, 12),
        Kind = DocumentKind.Report,
        Number = "64",
        Symbol = "KH-UBND",
        Issuer = "Ủy ban nhân dân xã Đường An",
        Commune = "Đường An",
        Province = null,
        Place = AwkwardText,
        Date = new PartialDate(2025, quarter: 3),
        Title = "Nâng cao chất lượng",
        Signer = new Signer("Vũ Duy Nhu", null, "KT. Chủ tịch"),
        Recipients = ["TTĐU", "", AwkwardText],
        References =
        [
            new LegalReference("Quyết định", "1565/QĐ-TTg", new PartialDate(2025, 7, 18), "Thủ tướng Chính phủ") { Span = PageAndBlock },
            new LegalReference("Luật", null, null, null) { Title = "Luật Bầu cử", Span = BlockOnly },
            new LegalReference("Kế hoạch", "219/KH-UBND", new PartialDate(2025), null),
        ],
        Outline =
        [
            new OutlineNode("I", "MỤC TIÊU", [new OutlineNode("1", "Mục tiêu chung", [new OutlineNode("a", AwkwardText, [], BlockOnly)], PageAndBlock)], SourceSpan.None),
            new OutlineNode("Điều 1", "", [], SourceSpan.None),
        ],
        Targets =
        [
            new Target(2025, "dưới 8 phút", Comparator.Less, 8, "phút", PageAndBlock),
            new Target(null, "tối đa 5", Comparator.AtMost, 5.0m, "hồ sơ", BlockOnly),
            new Target(2026, "đạt 90,5%", Comparator.Equal, 90.5m, "%", SourceSpan.None),
            new Target(2025, "tối thiểu 0.10", Comparator.AtLeast, 0.10m, "%", PageOnly),
            new Target(2030, "trên 1 000 000", Comparator.Greater, 1_000_000m, "dịch vụ", PageAndBlock),
        ],
        Tasks =
        [
            new PlanTask("II.1", "Về dữ liệu", ["a) rà soát", "b) số hóa"], new PartialDate(2025, 12), ["Công an xã"], ["Văn phòng"], PageAndBlock)
            {
                Product = "Báo cáo",
                Recurring = true,
                Subtasks =
                [
                    new PlanTask("II.1.1", "Rà soát", [], new PartialDate(2025, quarter: 4), [], [], BlockOnly),
                    new PlanTask("II.1.2", AwkwardText, [], null, [], [], SourceSpan.None),
                ],
            },
            new PlanTask("PL.I.3", "Theo dõi", [], new PartialDate(2026, 1, 15), [], [], PageOnly) { Source = TaskSource.Appendix, Row = "3" },
        ],
        Units = [new ResponsibleUnit("Trung tâm PVHCC xã", "Trung tâm Phục vụ hành chính công", ["Chủ trì", AwkwardText]) { Span = PageAndBlock }],
        Tables =
        [
            new IndicatorTable("CHỈ TIÊU", ["STT", "Nhiệm vụ"],
            [
                new IndicatorRow([], ["STT", "Nhiệm vụ"]) { Kind = TableRowKind.Header, Span = PageAndBlock },
                new IndicatorRow([], ["I", "Cải cách"]) { Kind = TableRowKind.Group, Span = BlockOnly },
                new IndicatorRow(["I Cải cách"], ["1", AwkwardText]),
            ]) { Span = PageAndBlock },
            new IndicatorTable(null, [], []),
        ],
        Warnings =
        [
            new Diagnostic(DiagnosticCode.NumberingJump, "numbering jumps from 7 to 9 under II", PageAndBlock),
            new Diagnostic(DiagnosticCode.BlankNumber, "the number is blank", BlockOnly),
            new Diagnostic(DiagnosticCode.OcrText, "OCR", PageOnly),
            new Diagnostic(DiagnosticCode.Other, AwkwardText, SourceSpan.None),
        ],
    };

    /// <summary>A plan whose outline and tasks nest <paramref name="depth"/> levels deep, each level two levels of JSON.</summary>
    public static PlanDocument DeepPlan(int depth)
    {
        var node = new OutlineNode("a", "lá", [], SourceSpan.None);
        var task = new PlanTask("1", "lá", [], null, [], [], SourceSpan.None);
        for (var level = 1; level < depth; level++)
        {
            node = new OutlineNode("a", "mục", [node], SourceSpan.None);
            task = new PlanTask("1", "nhóm", [], null, [], [], SourceSpan.None) { Subtasks = [task] };
        }
        return EmptyPlan() with { Outline = [node], Tasks = [task] };
    }

    /// <summary>A plan with nothing but its source: every optional field at its default.</summary>
    public static PlanDocument EmptyPlan() => new() { Source = new SourceInfo("x.md", SourceFormat.Markdown, null) };

    public static GapReport GapReport()
    {
        var target = new Target(2025, "tối thiểu 80%", Comparator.AtLeast, 80, "%", PageAndBlock);
        var stronger = new Target(null, "tối thiểu 90,5%", Comparator.AtLeast, 90.5m, "%", SourceSpan.None);
        return new GapReport(
            [new ComparedPlan("a.pdf", "Đường An", 1), new ComparedPlan("b.txt", null, 1), new ComparedPlan("c.txt", "Hà Tây", null)],
            [new TaskFamily("F1", AwkwardText, [new FamilyMember("a.pdf", "II.1", "Số hóa", 0.8125) { Page = 3 }, new FamilyMember("b.txt", "II.2", "Số hóa hồ sơ", 1)])],
            [
                new PlanGaps("a.pdf", [new MissingTask("F2", 2, 3, new PartialMatch("II.4", "Rà soát", 0.333) { CoverRatio = 0.5, Page = 5 })]),
                new PlanGaps("b.txt", [new MissingTask("F3", 1, 1, new PartialMatch("I.1", "Mục tiêu", 0.1)), new MissingTask("F4", 3, 3, null)]),
                new PlanGaps("c.txt", []),
            ])
        {
            WeakerTargets = [new WeakerTarget("a.pdf", target, [new SiblingTarget("b.txt", stronger), new SiblingTarget("c.txt", target with { Span = PageOnly })])],
            LaterDeadlines =
            [
                new LaterDeadline(new DatedWork("a.pdf", "II.1", "trước Quý IV", new PartialDate(2025, quarter: 4)) { Span = PageAndBlock }, "F1",
                    [new DatedWork("b.txt", "II.2", "tháng 6", new PartialDate(2025, 6)), new DatedWork("c.txt", null, AwkwardText, new PartialDate(2025, 6, 30)) { Span = BlockOnly }]),
                new LaterDeadline(new DatedWork("b.txt", null, "năm 2026", new PartialDate(2026)), null, []),
            ],
        };
    }
}
