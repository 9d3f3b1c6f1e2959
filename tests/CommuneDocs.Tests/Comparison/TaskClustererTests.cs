using System.Collections.Immutable;
using CommuneDocs.Comparison;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Comparison;

/// <summary>
/// The two ways a sibling group's tasks are clustered (issue 20): average linkage for small groups, centroids for
/// large ones, behind one <see cref="ITaskClusterer"/>; and the one <see cref="FamilyGapBuilder"/> both feed.
/// </summary>
internal sealed class TaskClustererTests
{
    private static readonly ITaskClusterer[] Clusterers =
    [
        new AverageLinkageTaskClusterer(["a.txt", "b.txt", "c.txt"], null, ComparisonOptions.Default),
        new CentroidTaskClusterer(ComparisonOptions.Default.JoinThreshold),
    ];

    /// <summary>Plans named a.txt, b.txt, … with the given task titles, on the frame of a gold plan.</summary>
    private static List<PlanDocument> Plans(params string[][] titles)
    {
        var frame = GoldFiles.Plan(GoldFiles.Siblings1565[0]);
        return [.. titles.Select((tasks, p) => frame with
        {
            Source = frame.Source with { File = $"{(char)('a' + p)}.txt" },
            Tasks = [.. tasks.Select((title, t) => new PlanTask($"{t + 1}", title, [], null, [], [], SourceSpan.None))],
        })];
    }

    private static readonly List<PlanDocument> ClearGroup = Plans(
        ["Rà soát, đơn giản hóa thủ tục hành chính cấp xã", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến"],
        ["Tuyên truyền, hướng dẫn người dân dùng dịch vụ công trực tuyến", "Rà soát và đơn giản hóa thủ tục hành chính của xã"],
        ["Số hóa hồ sơ và kết quả giải quyết thủ tục hành chính", "Rà soát, đơn giản hóa các thủ tục hành chính cấp xã", "Tuyên truyền hướng dẫn người dân sử dụng dịch vụ công trực tuyến"]);

    private static IEnumerable<string> Families(ITaskClusterer clusterer, SiblingTasks group) =>
        clusterer.Cluster(group).Select(c => string.Join(" ", c.Members.Select(m => group.Tasks[m]))).Order(StringComparer.Ordinal);

    [Test]
    public void Clusterers_OnASmallGroupOfClearTasks_FindTheSameFamilies()
    {
        var group = new SiblingTasks(ClearGroup);

        var byLinkage = Families(Clusterers[0], group).ToList();
        var byCentroid = Families(Clusterers[1], group).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(byLinkage, Is.EqualTo(new[] { "(0, 0) (1, 1) (2, 1)", "(0, 1) (2, 0)", "(0, 2) (1, 0) (2, 2)" }));
            Assert.That(byCentroid, Is.EqualTo(byLinkage));
        });
    }

    [TestCaseSource(nameof(Clusterers))]
    public void Clusterer_EveryTask_IsInOneFamilyInPlanOrderWithItsScore(ITaskClusterer clusterer)
    {
        var group = new SiblingTasks(ClearGroup);

        var clusters = clusterer.Cluster(group);

        Assert.Multiple(() =>
        {
            Assert.That(clusters.SelectMany(c => c.Members).Order(), Is.EqualTo(Enumerable.Range(0, group.Tasks.Count)));
            foreach (var c in clusters)
            {
                var plans = c.Members.Select(m => group.Tasks[m].Plan).ToList();
                Assert.That(plans, Is.Ordered.And.Unique, "members in plan order, one task of a plan at most");
                Assert.That(c.MemberScores, Has.Length.EqualTo(c.Members.Length).And.All.InRange(0.0, 1.0 + 1e-9));
            }
        });
    }

    [TestCaseSource(nameof(Clusterers))]
    public void Clusterer_TaskOfTheFamily_IsMoreAlikeItThanATaskOfAnother(ITaskClusterer clusterer)
    {
        var group = new SiblingTasks(ClearGroup);
        var clusters = clusterer.Cluster(group);
        var digitise = clusters.Single(c => c.Members.Contains(1)); // "Số hóa hồ sơ …" of plan a

        // Plan b lacks it: its tasks on the subject of another family are less alike it than plan c's own copy is.
        Assert.That(digitise.Similarity((2, 0)), Is.GreaterThan(Math.Max(digitise.Similarity((1, 0)), digitise.Similarity((1, 1)))));
    }

    [Test]
    public void FamilyGapBuilder_PlanLackingAFamilyTwoSiblingsHave_HasThatGapOnly()
    {
        var plans = Plans(["X", "Y"], ["X"], ["Z"]);
        var group = new SiblingTasks(plans);
        // Task numbers: a.X 0, a.Y 1, b.X 2, c.Z 3.
        TaskCluster Cluster(params int[] members) => new([.. members], [.. members.Select(_ => 1.0)], _ => 0);
        var families = new List<TaskFamily> { new("F1", "a family of an earlier group", []) };
        var gaps = new List<PlanGaps>();

        var result = FamilyGapBuilder.Add(group, [Cluster(3), Cluster(0, 2), Cluster(1)], ComparisonOptions.Default, families, gaps);

        Assert.Multiple(() =>
        {
            Assert.That(families.Select(f => (f.Id, f.Title)), Is.EqualTo(new[] { ("F1", "a family of an earlier group"), ("F2", "X"), ("F3", "Y"), ("F4", "Z") }));
            Assert.That(result.Select(f => f.Id), Is.EqualTo(new[] { "F2", "F3", "F4" }));
            Assert.That(result[0].Members, Is.EqualTo(new[] { (0, 0), (1, 0) }));
            Assert.That(gaps.Select(g => g.Source), Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt" }));
            Assert.That(gaps.Select(g => g.Missing.Select(m => m.Family)), Is.EqualTo(new[] { Array.Empty<string>(), [], ["F2"] }));
            Assert.That(gaps[2].Missing[0].Support, Is.EqualTo(2));
        });
    }
}
