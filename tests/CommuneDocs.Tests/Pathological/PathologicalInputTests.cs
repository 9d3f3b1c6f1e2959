using System.Text;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Pathological;

/// <summary>
/// Inputs that are not plans, or are plans in awkward shapes (STYLE.md 7 and 8): each gives either a
/// DocumentFormatException with the right DocumentError or a PlanDocument with warnings, never another exception.
/// </summary>
public class PathologicalInputTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "communedocs-pathological-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string CorpusText(string prefix) =>
        Directory.EnumerateFiles(TestPaths.Corpus, prefix + "*.txt").Single();

    [Test]
    public void Parse_EmptyFile_ThrowsEmptyError()
    {
        var path = Write("empty.txt", []);
        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(path));
        Assert.That(ex!.Error, Is.EqualTo(DocumentError.Empty));
    }

    [Test]
    public void Parse_EmptyStream_ThrowsEmptyError()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(new MemoryStream(), "empty.pdf"));
        Assert.That(ex!.Error, Is.EqualTo(DocumentError.Empty));
    }

    [TestCase("junk.txt")]
    [TestCase("junk.bin")]
    [TestCase("junk.docx")]
    public void Parse_RandomBytesWithNuls_ThrowsUnsupportedFormat(string name)
    {
        var bytes = new byte[64 * 1024];
        new Random(20251123).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7) bytes[i] = 0;
        var path = Write(name, bytes);
        var ex = Assert.Throws<DocumentFormatException>(() => PlanParser.Parse(path));
        Assert.That(ex!.Error, Is.EqualTo(DocumentError.UnsupportedFormat));
    }

    [Test]
    public void Parse_EnglishProse_ReturnsPlanWithWarnings()
    {
        var prose = string.Join("\n\n", Enumerable.Repeat(
            "The quick brown fox jumps over the lazy dog. It was a bright cold day in April, and the clocks were striking thirteen. " +
            "Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my purse.", 20));
        var plan = PlanParser.Parse(Write("novel.txt", Encoding.UTF8.GetBytes(prose)));
        TestContext.Out.WriteLine(string.Join("\n", plan.Warnings));
        Assert.That(plan.Warnings, Is.Not.Empty);
        Assert.That(plan.Tasks, Is.Empty);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Parse_Utf16LittleEndianPlan_ReadsAsTheUtf8Plan(bool byteOrderMark)
    {
        var source = CorpusText("002_");
        var text = File.ReadAllText(source, Encoding.UTF8);
        var utf16 = (byteOrderMark ? Encoding.Unicode.GetPreamble() : []).Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var name = Path.GetFileName(source);
        var fromUtf16 = PlanParser.Parse(Write(name, utf16));
        var fromUtf8 = PlanParser.Parse(source);
        Assert.That(PlanJson.Serialize(fromUtf16), Is.EqualTo(PlanJson.Serialize(fromUtf8)));
        Assert.That(fromUtf16.Tasks, Is.Not.Empty);
    }

    [Test]
    public void Parse_InvalidUtf8Bytes_ReadsAsWindows1258WithEncodingWarning()
    {
        // A plan saved in a legacy Vietnamese code page: bytes that are not valid UTF-8.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n";
        var bytes = Encoding.GetEncoding(1258).GetBytes(text);
        Assert.That(() => new UTF8Encoding(false, true).GetString(bytes), Throws.InstanceOf<DecoderFallbackException>(), "the fixture must not be valid UTF-8");
        var plan = PlanParser.Parse(Write("cp1258.txt", bytes));
        Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.EncodingFallback));
    }

    [Test]
    [Category("Slow")] // About 10 s per MB in a Debug build; leave it out with --filter TestCategory!=Slow.
    public void Parse_FiveMegabytesOfRepeatedLines_ParsesWithoutException()
    {
        var line = "- Tiếp tục rà soát, cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia;\n";
        var sb = new StringBuilder(PlanText.DefaultHeader).Append("\nI. NHIỆM VỤ\n");
        var lineBytes = Encoding.UTF8.GetByteCount(line);
        for (var bytes = 0; bytes < 5 * 1024 * 1024; bytes += lineBytes) sb.Append(line);
        sb.Append(PlanText.DefaultClosing);
        var plan = PlanParser.Parse(Write("long.txt", Encoding.UTF8.GetBytes(sb.ToString())));
        Assert.That(plan.Outline, Is.Not.Empty);
    }

    [Test, CancelAfter(30_000)]
    public void Parse_TableHeaderThenThousandsOfGroupLikeLines_ParsesInLinearTime()
    {
        // Each line could be a group row ("A Năm 2025") if a row followed it: the look-ahead is bounded, not a chain.
        var sb = new StringBuilder(PlanText.DefaultHeader).Append("\nI. NHIỆM VỤ\nSTT\nNội dung\nĐơn vị\nThời hạn\n");
        for (var i = 0; i < 20_000; i++) sb.Append("A Năm 2025\n");
        sb.Append(PlanText.DefaultClosing);

        var plan = PlanParser.Parse(Write("groups.txt", Encoding.UTF8.GetBytes(sb.ToString())));

        Assert.That(plan.Outline, Is.Not.Empty);
    }

    /// <summary>One line per enumerator style, each a first sighting, so each nests under the previous one.</summary>
    private static readonly string[] Styles =
    [
        "Phần {0}.", "Chương {0}.", "Mục {0}.", "Điều {0}.", "{1}.", "{2}.", "{0}.1.", "{0}.", "{0})", "{3})", "{3}.", "-", "+", "*",
    ];

    [TestCase(ParseOptions.DefaultMaxOutlineDepth)]
    [TestCase(4)]
    public void Parse_TwoHundredLevelsOfAlternatingEnumerators_CapsDepthWithLimitWarning(int maxDepth)
    {
        var body = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            var round = i / Styles.Length + 1;
            var enumerator = string.Format(Styles[i % Styles.Length], round, "IVX"[Math.Min(round, 3) - 1], "ABCDEFGHKLMN"[Math.Min(round, 12) - 1], "abcdeghiklmnopq"[Math.Min(round, 15) - 1]);
            body.Append(enumerator).Append(" Nội dung cấp ").Append(i + 1).Append(" của kế hoạch\n");
        }
        var plan = PlanText.Parse(PlanText.Plan(body.ToString()), "deep.txt") is var p && maxDepth == ParseOptions.DefaultMaxOutlineDepth
            ? p
            : PlanParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(PlanText.Plan(body.ToString()))), "deep.txt", ParseOptions.Default with { MaxOutlineDepth = maxDepth });
        var depth = Depth(plan.Outline);
        TestContext.Out.WriteLine($"depth {depth}; {plan.Warnings.Count(w => w.Code == DiagnosticCode.LimitReached)} limit warnings");
        Assert.That(depth, Is.LessThanOrEqualTo(maxDepth));
        Assert.That(plan.Warnings.Select(w => w.Code), Does.Contain(DiagnosticCode.LimitReached));
    }

    private static int Depth(IEnumerable<OutlineNode> nodes) => nodes.Select(n => 1 + Depth(n.Children)).DefaultIfEmpty(0).Max();
}
