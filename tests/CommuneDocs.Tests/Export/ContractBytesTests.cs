using System.Collections.Concurrent;
using System.Text;
using CommuneDocs.Comparison;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Export;

/// <summary>
/// The contract JSON's bytes do not move: every corpus file and every document of ../shared/realworld-dev is parsed
/// and written with <see cref="PlanJson"/>, the gap report of the corpus siblings with <see cref="GapReportJson"/>, and
/// the gold and hand-perturbed contract files read with <see cref="PlanJsonReader"/> and written again; each output is
/// compared with its pinned file (<see cref="PinnedFile"/>). What is written is also read back to the same bytes.
/// </summary>
public class ContractBytesTests
{
    private static readonly ConcurrentDictionary<string, Lazy<PlanDocument>> Parsed = new();

    /// <summary>The 15 corpus files: 5 plans × (txt, docx, pdf).</summary>
    public static IEnumerable<TestCaseData> CorpusFiles() =>
        Directory.EnumerateFiles(TestPaths.Corpus)
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData("corpus/" + Path.GetFileName(f)).SetArgDisplayNames(Path.GetFileName(f)));

    /// <summary>
    /// The development set's documents (13 with facts files, 15 portal samples), named relative to ../shared; listed
    /// here rather than found so that a machine without ../shared shows them as ignored, not as missing.
    /// </summary>
    public static IEnumerable<TestCaseData> RealWorldDevFiles() =>
        RealWorldDevNames.Select(name => new TestCaseData("realworld-dev/" + name).SetArgDisplayNames(name));

    private static readonly string[] RealWorldDevNames =
    [
        "baccamranh-kh-mttq-kiemtra-giamsat-2025-htm.htm", "baccamranh-kh-mttq-kiemtra-giamsat-2025.docx",
        "hanoi-308-kh-ubnd-nq214-2025.md", "hcm-2820-qd-ubnd-kh-qd06-2025.md", "lamdong-kh-cchc-2026.docx",
        "lamdong-kh-tuyentruyen-cchc-2026.docx", "luongminh-16-kh-mttq-baucu-2025-htm.htm", "luongminh-16-kh-mttq-baucu-2025.docx",
        "luongminh-kh-mttq-hiepthuong-2025-htm.htm", "luongminh-kh-mttq-hiepthuong-2025.docx",
        "phobang-01-kh-tbttkt-baucu-2025-htm.htm", "phobang-01-kh-tbttkt-baucu-2025.docx", "sadec-149-qd-ubnd-tl-2025.pdf",
        "portal/046d4a5b8d446144.md", "portal/0a97eb9c3c536047.md", "portal/24ac05c2c7c4518e.md", "portal/2957e4f4f0e41373.md",
        "portal/317a61c94fc776ca.md", "portal/5b1b037dfe0263af.md", "portal/5b692e230f990be5.md", "portal/5be267825b46d313.md",
        "portal/62f25a030c183151.md", "portal/a95c509278213170.md", "portal/afe7b51a032c1c6d.md", "portal/bffd9da6f0d38031.md",
        "portal/c0cd0e1a5cdb1286.md", "portal/ed4954854a7efc2f.md", "portal/f1e0981425ec38be.md",
    ];

    /// <summary>
    /// Contract files the reader must keep reading as it does: the gold answers, the scorer's perturbed predictions and
    /// Data/lenient (values of unexpected types, missing and null fields, warnings without diagnostics, duplicate keys).
    /// </summary>
    public static IEnumerable<TestCaseData> ContractFiles() =>
        Directory.EnumerateFiles(TestPaths.Gold, "0*.json")
            .Concat(Directory.EnumerateFiles(TestPaths.TestSource("Evaluation", "Data"), "0*.json").Where(ReadsToday))
            .Concat(Directory.EnumerateFiles(TestPaths.TestSource("Export", "Data", "lenient"), "*.json"))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(TestPaths.RepoRoot, f)).SetArgDisplayNames(Path.GetFileName(f)));

    /// <summary>Not JSON and not UTF-8 (the hand-written reader let the second one's InvalidOperationException out): pinned by <see cref="Read_NotJsonOrNotUtf8_ThrowsDocumentFormatException"/> instead.</summary>
    private static bool ReadsToday(string file) => !file.EndsWith(".invalid.json", StringComparison.Ordinal) && !file.EndsWith(".cp1258.json", StringComparison.Ordinal);

    [TestCaseSource(nameof(CorpusFiles))]
    [TestCaseSource(nameof(RealWorldDevFiles))]
    public void Serialize_ParsedDocument_WritesThePinnedBytes(string file) =>
        PinnedFile.AssertEqual(file + ".json", PlanJson.Serialize(Parse(file)));

    [TestCaseSource(nameof(CorpusFiles))]
    [TestCaseSource(nameof(RealWorldDevFiles))]
    public void Read_WhatSerializeWrote_SerializesToTheSameBytes(string file)
    {
        var json = PlanJson.Serialize(Parse(file));
        Assert.That(PlanJson.Serialize(PlanJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)))), Is.EqualTo(json));
    }

    [Test]
    public void Write_ToAStream_WritesWhatSerializeReturns()
    {
        var plan = Parse("corpus/000_a883dd9e56d4ab64.txt");
        using var stream = new MemoryStream();
        PlanJson.Write(plan, stream);
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(PlanJson.Serialize(plan)));
    }

    [TestCaseSource(nameof(ContractFiles))]
    public void Read_ContractFile_GivesThePinnedPlan(string file) =>
        PinnedFile.AssertEqual("read/" + Path.GetFileName(file),
            PlanJson.Serialize(PlanJsonReader.ReadFile(Path.Combine(TestPaths.RepoRoot, file))));

    [Test]
    public void Serialize_HandBuiltPlanWithEveryField_WritesThePinnedBytes() =>
        PinnedFile.AssertEqual("samples/plan.json", PlanJson.Serialize(ContractSamples.Plan()));

    [Test]
    public void Serialize_PlanWithOnlyItsSource_WritesThePinnedBytes() =>
        PinnedFile.AssertEqual("samples/empty-plan.json", PlanJson.Serialize(ContractSamples.EmptyPlan()));

    /// <summary>What a diagnostic with a page but no block, an outline node's span and the like become when read back.</summary>
    [Test]
    public void Read_HandBuiltPlanWithEveryField_GivesThePinnedPlan()
    {
        var json = Encoding.UTF8.GetBytes(PlanJson.Serialize(ContractSamples.Plan()));
        PinnedFile.AssertEqual("samples/plan.read.json", PlanJson.Serialize(PlanJsonReader.Read(new MemoryStream(json))));
    }

    [Test]
    public void Serialize_HandBuiltGapReportWithEveryField_WritesThePinnedBytes() =>
        PinnedFile.AssertEqual("samples/gaps.json", GapReportJson.Serialize(ContractSamples.GapReport()));

    /// <summary>The writer nests as deep as a plan built in code does (Utf8JsonWriter's limit of 1000 levels).</summary>
    [Test]
    public void Serialize_OutlineAndTasksNestedPastTheReadersDepth_AreWrittenWhole()
    {
        var json = PlanJson.Serialize(ContractSamples.DeepPlan(100));
        Assert.That(json.Split('\n').Count(line => line.TrimStart().StartsWith("\"text\": \"lá\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(json.Split('\n').Count(line => line.TrimStart().StartsWith("\"title\": \"lá\"", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    /// <summary>The reader stops at JSON nested deeper than 64 levels, as JsonDocument's default does, rather than recurse on.</summary>
    [Test]
    public void Read_JsonNestedPast64Levels_ThrowsDocumentFormatException()
    {
        var json = Encoding.UTF8.GetBytes(PlanJson.Serialize(ContractSamples.DeepPlan(40)));
        Assert.Throws<DocumentFormatException>(() => PlanJsonReader.Read(new MemoryStream(json)));
    }

    /// <summary>A plan nested as deep as the parser's outline limit allows reads back whole.</summary>
    [Test]
    public void Read_PlanNestedToTheOutlineLimit_SerializesToTheSameBytes()
    {
        var json = PlanJson.Serialize(ContractSamples.DeepPlan(ParseOptions.DefaultMaxOutlineDepth * 2));
        Assert.That(PlanJson.Serialize(PlanJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)))), Is.EqualTo(json));
    }

    [TestCase("002_ac39d176635c6cd1.invalid.json")]
    [TestCase("001_f8337fdd8866a8ff.cp1258.json")]
    public void Read_NotJsonOrNotUtf8_ThrowsDocumentFormatException(string file) =>
        Assert.Throws<DocumentFormatException>(() => PlanJsonReader.ReadFile(TestPaths.TestSource("Evaluation", "Data", file)));

    /// <summary>The report of <c>communedocs gaps corpus/00[0-3]*.txt</c>.</summary>
    [Test]
    public void Serialize_GapReportOfTheCorpusSiblings_WritesThePinnedBytes() =>
        PinnedFile.AssertEqual("gaps/corpus-000-003.txt.json", GapReportJson.Serialize(CorpusSiblingReport()));

    /// <summary>The report of <c>communedocs gaps corpus/00[0-3]*.pdf</c>: tasks with pages.</summary>
    [Test]
    public void Serialize_GapReportOfTheCorpusSiblingPdfs_WritesThePinnedBytes() =>
        PinnedFile.AssertEqual("gaps/corpus-000-003.pdf.json", GapReportJson.Serialize(CorpusSiblingReport("pdf")));

    /// <summary>The report of the gold siblings: other tasks, other gaps, closest matches and findings.</summary>
    [Test]
    public void Serialize_GapReportOfTheGoldSiblings_WritesThePinnedBytes() =>
        PinnedFile.AssertEqual("gaps/gold-1565.json", GapReportJson.Serialize(PlanComparer.Compare(GoldFiles.Plans(GoldFiles.Siblings1565))));

    [Test]
    public void Write_GapReportToAStream_WritesWhatSerializeReturns()
    {
        var report = CorpusSiblingReport();
        using var stream = new MemoryStream();
        GapReportJson.Write(report, stream);
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(GapReportJson.Serialize(report)));
    }

    private static GapReport CorpusSiblingReport(string format = "txt") =>
        PlanComparer.Compare(GoldFiles.Siblings1565.Select(stem => Parse($"corpus/{stem}.{format}")).ToList());

    /// <summary>A document named relative to the corpus or ../shared, parsed once for all the tests.</summary>
    private static PlanDocument Parse(string file)
    {
        var path = file.StartsWith("corpus/", StringComparison.Ordinal)
            ? Path.Combine(TestPaths.RepoRoot, file)
            : TestPaths.RealWorldDevFile(file["realworld-dev/".Length..]);
        return Parsed.GetOrAdd(file, _ => new Lazy<PlanDocument>(() => PlanParser.Parse(path))).Value;
    }
}
