using System.Collections.Immutable;
using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Comparison;

/// <summary>Commitments compared across sibling plans: targets weaker and deadlines later than most siblings'.</summary>
public class CommitmentComparerTests
{
    [TestCase("txt")]
    [TestCase("docx")]
    [TestCase("pdf")]
    public void Commitments_OfThe1565Plans_AreTheOnesCheckedByHandAgainstThePlans(string format)
    {
        var plans = GoldFiles.Siblings1565.Select(stem => PlanParser.Parse(Path.Combine(TestPaths.Corpus, stem + "." + format))).ToList();
        var report = PlanComparer.Compare(plans);

        // Targets: read by hand, every metric that two or more of the four plans state has the same value in each, as the
        // upper plan set them (2025: "dưới 08 phút", "giảm tối thiểu 20%", "hài lòng ... đạt tối thiểu 90%", "04 nhóm tiêu
        // chí"; 2026: "dưới 05 phút", "tối thiểu 30%", "tối thiểu 95%"; Đường An and Cẩm Giang "982 dịch vụ", "82 nhóm
        // thủ tục", "5G ... tối thiểu bằng 50%"). Vũ Quang's own "70% hồ sơ TTHC tại cấp xã được tiếp nhận và xử lý trực
        // tuyến" (2025) and "75%" (2026) no sibling states. So no weaker target.
        Assert.That(report.WeakerTargets, Is.Empty);

        // Deadlines: one finding. Đường An (001), II.1 a): "Hoàn thành rà soát, công bố thủ tục hành chính đủ điều kiện
        // cung cấp trực tuyến toàn trình. Thời gian hoàn thành tháng 8/2025;". Vũ Quang (002) gives the same review to its
        // Phòng Kinh tế (IV.3): "Phối hợp với Văn phòng HĐND và UBND xã để rà soát, đánh giá các TTHC thuộc lĩnh vực kinh
        // tế (...) nhằm đảm bảo 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình trước ngày 31/12/2025." - four
        // months later; its own task II.1 ("Rà soát toàn bộ TTHC ... đủ điều kiện để cung cấp mức độ 4 (toàn trình)")
        // sets no date. Hà Tây and Cẩm Giang set no date for it; no other task or duty of the four sets a date a sibling
        // also sets for the same work (Đường An is the only plan that dates its tasks).
        var finding = report.LaterDeadlines.Single();
        var sibling = finding.Siblings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Work.Source, Does.StartWith("002_"));
            Assert.That(finding.Work.TaskId, Is.Null, "a unit's duty");
            Assert.That(finding.Work.Deadline, Is.EqualTo(new PartialDate(2025, 12, 31)));
            Assert.That(finding.Work.Text, Does.StartWith("Phối hợp với Văn phòng HĐND và UBND xã để rà soát, đánh giá các TTHC thuộc lĩnh vực kinh tế")
                .And.EndWith("đủ điều kiện được cung cấp trực tuyến toàn trình trước ngày 31/12/2025."));
            Assert.That(finding.Family, Is.Null, "matched by the clauses' text");
            Assert.That(sibling.Source, Does.StartWith("001_"));
            Assert.That(sibling.TaskId, Is.EqualTo("II.1"));
            Assert.That(sibling.Deadline, Is.EqualTo(new PartialDate(2025, 8)));
            Assert.That(sibling.Text, Does.StartWith("Hoàn thành rà soát, công bố thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình. Thời gian hoàn thành tháng 8/2025"));
            if (format == "pdf")
            {
                Assert.That(finding.Work.Span.Page, Is.EqualTo(4), "Vũ Quang's Phòng Kinh tế duties, page 4 of its PDF");
                Assert.That(sibling.Span.Page, Is.EqualTo(4), "Đường An's II.1, page 4 of its PDF");
            }
        });
    }

    [Test]
    public void Target_LowerThanMostSiblingsForTheSameMetric_IsWeaker()
    {
        var report = Compare(
            Plan("a", targets: [Target(2025, "Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến đạt", Comparator.AtLeast, 70)]),
            Plan("b", targets: [Target(2025, "Tỷ lệ hồ sơ được tiếp nhận, xử lý trực tuyến đạt", Comparator.AtLeast, 90)]),
            Plan("c", targets: [Target(2025, "Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến đạt", Comparator.Equal, 90)]),
            Plan("d", targets: [Target(2025, "Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến", Comparator.AtLeast, 80)]));
        Assert.That(report.WeakerTargets.Select(w => $"{w.Source} {w.Target.Value} < {string.Join(",", w.Siblings.Select(s => s.Target.Value))}"),
            Is.EqualTo(new[] { "a.txt 70 < 90,90,80", "d.txt 80 < 70,90,90" }), "d commits less than two of its three siblings");
    }

    [Test]
    public void CeilingTarget_HigherThanTheSiblings_IsWeaker()
    {
        var report = Compare(
            Plan("a", targets: [Target(2025, "Thời gian trung bình nộp hồ sơ trực tuyến là", Comparator.Less, 10, "phút")]),
            Plan("b", targets: [Target(2025, "Thời gian trung bình nộp hồ sơ trực tuyến là", Comparator.Less, 8, "phút")]),
            Plan("c", targets: [Target(2025, "Thời gian trung bình nộp hồ sơ trực tuyến là", Comparator.AtMost, 8, "phút")]));
        Assert.That(report.WeakerTargets.Select(w => w.Source), Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public void Targets_OfAnotherYearUnitOrDirection_AreNotCompared()
    {
        var report = Compare(
            Plan("a", targets: [Target(2025, "Tỷ lệ người dân hài lòng đạt", Comparator.AtLeast, 70)]),
            Plan("b", targets: [Target(2026, "Tỷ lệ người dân hài lòng đạt", Comparator.AtLeast, 95)]),
            Plan("c", targets: [Target(2025, "Tỷ lệ người dân hài lòng đạt", Comparator.AtLeast, 95, "điểm")]),
            Plan("d", targets: [Target(2025, "Tỷ lệ người dân hài lòng đạt", Comparator.AtMost, 95)]));
        Assert.That(report.WeakerTargets, Is.Empty);
    }

    [Test]
    public void TaskDeadline_LaterThanTheSiblingsTasksOfItsFamily_IsLater()
    {
        PlanTask Task(string title, PartialDate deadline) => new("II.1", title, ["Triển khai đầy đủ phương án theo cấp độ được phê duyệt."], deadline, [], [], SourceSpan.None);
        var report = Compare(
            Plan("a", tasks: [Task("Bảo đảm an toàn, an ninh thông tin", new PartialDate(2026, quarter: 2))]),
            Plan("b", tasks: [Task("Bảo đảm an toàn, an ninh thông tin", new PartialDate(2025, 12))]),
            Plan("c", tasks: [Task("Bảo đảm an toàn, an ninh thông tin", new PartialDate(2025, 12, 31))]));
        var later = report.LaterDeadlines.Single();
        Assert.Multiple(() =>
        {
            Assert.That(later.Work.Source, Is.EqualTo("a.txt"));
            Assert.That(later.Family, Is.EqualTo(report.Families.Single().Id));
            Assert.That(later.Siblings.Select(s => s.Deadline.ToString()), Is.EqualTo(new[] { "2025-12", "2025-12-31" }));
        });
    }

    private static GapReport Compare(params PlanDocument[] plans) =>
        PlanComparer.Compare(plans, ComparisonOptions.Default with { Siblings = [.. plans.Select(p => p.Source.File)] });

    private static Target Target(int year, string text, Comparator comparator, decimal value, string unit = "%") =>
        new(year, text + " " + value + unit, comparator, value, unit, SourceSpan.None);

    private static PlanDocument Plan(string name, ImmutableArray<Target> targets = default, ImmutableArray<PlanTask> tasks = default) => new()
    {
        Source = new SourceInfo(name + ".txt", SourceFormat.Text, null),
        Commune = name,
        Targets = targets.IsDefault ? [] : targets,
        Tasks = tasks.IsDefault ? [] : tasks,
    };
}
