using CommuneDocs.Model;
using System.Collections.Immutable;
using System.Text.Json;
using CommuneDocs.Comparison;
using CommuneDocs.Export;
using CommuneDocs.Indexing;

namespace CommuneDocs.Tests.Comparison;

public class PlanComparerTests
{
    [Test]
    public void Gaps_OfThe1565GoldPlans_ScoreAtLeast090F1()
    {
        var report = PlanComparer.Compare(GoldFiles.Plans(GoldFiles.Siblings1565));
        var score = GapScore.Score(GoldFiles.GapsAnswerPath, report);
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(0.90), $"precision {score.Precision:0.000}, recall {score.Recall:0.000}");
    }

    [Test]
    public void Gaps_OfThe1565PlansAsParsedFromText_ScoreAtLeast090F1()
    {
        var corpus = Path.GetDirectoryName(GoldFiles.Folder)!;
        var plans = GoldFiles.Siblings1565.Select(stem => PlanParser.Parse(Path.Combine(corpus, stem + ".txt"))).ToList();
        var score = GapScore.Score(GoldFiles.GapsAnswerPath, PlanComparer.Compare(plans));
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(0.90), $"precision {score.Precision:0.000}, recall {score.Recall:0.000}");
    }

    [Test]
    public void Siblings_LeaveOutAPlanOnAnotherSubject()
    {
        var report = PlanComparer.Compare(GoldFiles.Plans([.. GoldFiles.Siblings1565, GoldFiles.Unrelated]));
        var unrelated = report.Plans.Single(p => p.Source.StartsWith(GoldFiles.Unrelated, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(unrelated.SiblingGroup, Is.Null);
            Assert.That(report.Plans.Where(p => p != unrelated).Select(p => p.SiblingGroup), Is.All.EqualTo(1));
            Assert.That(report.Gaps.Select(g => g.Source), Has.None.StartWith(GoldFiles.Unrelated));
            Assert.That(report.Families.SelectMany(f => f.Members).Select(m => m.Source), Has.None.StartWith(GoldFiles.Unrelated));
            Assert.That(GapScore.Score(GoldFiles.GapsAnswerPath, report).F1, Is.GreaterThanOrEqualTo(0.90));
        });
    }

    [Test]
    public void Siblings_NamedByTheCaller_AreComparedAsOneGroup()
    {
        var plans = GoldFiles.Plans([.. GoldFiles.Siblings1565, GoldFiles.Unrelated]);
        var options = ComparisonOptions.Default with { Siblings = [plans[0].Source.File, plans[1].Source.File, plans[4].Source.File] };
        var report = PlanComparer.Compare(plans, options);
        Assert.That(report.Plans.Select(p => p.SiblingGroup), Is.EqualTo(new int?[] { 1, 1, null, null, 1 }));
    }

    [Test]
    public void Gaps_PlanWithItsTasksInGroups_ComparesTheTasksWhereWorkIsAssigned()
    {
        var plans = GoldFiles.Plans(GoldFiles.Siblings1565);
        var flat = PlanComparer.Compare(plans);
        // One plan writes its first three tasks two levels deep, under a group of its own.
        var grouped = plans[1] with
        {
            Tasks = [new PlanTask("II.A", "Nhóm nhiệm vụ về thể chế và dữ liệu", [], null, [], [], SourceSpan.None) { Subtasks = plans[1].Tasks[..3] },
                .. plans[1].Tasks[3..]],
        };
        var report = PlanComparer.Compare([plans[0], grouped, plans[2], plans[3]]);
        static IEnumerable<string> Missing(GapReport r) =>
            r.Gaps.SelectMany(g => g.Missing.Select(m => g.Source + " lacks " + r.Families.Single(f => f.Id == m.Family).Title)).Order();
        Assert.That(Missing(report), Is.EqualTo(Missing(flat)));
        Assert.That(report.Families.SelectMany(f => f.Members).Where(m => m.Source == grouped.Source.File).Select(m => m.TaskId), Does.Not.Contain("II.A"));
    }

    [Test]
    public void Families_HoldAtMostOneTaskPerPlan()
    {
        var report = PlanComparer.Compare(GoldFiles.Plans(GoldFiles.Siblings1565));
        foreach (var family in report.Families)
            Assert.That(family.Members.Select(m => m.Source), Is.Unique, family.Id);
    }

    [Test]
    public void Gaps_NeedMinSupportSiblings()
    {
        var plans = GoldFiles.Plans(GoldFiles.Siblings1565);
        var strict = PlanComparer.Compare(plans, ComparisonOptions.Default with { MinSupport = 3 });
        Assert.That(strict.Gaps.SelectMany(g => g.Missing).Select(m => m.Support), Is.All.GreaterThanOrEqualTo(3));
        var vuQuang = strict.Gaps.Single(g => g.Source.StartsWith("002", StringComparison.Ordinal));
        Assert.That(vuQuang.Missing.Select(m => m.Of), Is.All.EqualTo(3));
    }

    [Test]
    public void Gaps_NameTheClosestPartialTaskWhenThereIsOne()
    {
        // Vũ Quang's II.1 ("Rà soát, chuẩn hóa ... DVCTT toàn trình") covers "institutions" in part (gold/gaps-1565.json).
        var report = PlanComparer.Compare(GoldFiles.Plans(GoldFiles.Siblings1565));
        var institutions = report.Families.Single(f => f.Members.Any(m => m.Source.StartsWith("001", StringComparison.Ordinal) && m.TaskId == "II.1"));
        var missing = report.Gaps.Single(g => g.Source.StartsWith("002", StringComparison.Ordinal)).Missing.Single(m => m.Family == institutions.Id);
        Assert.That(missing.Closest?.TaskId, Is.EqualTo("II.1"));
    }

    [Test]
    public void Compare_WithAGivenIndex_AddsOnlyThePlansItLacks()
    {
        var plans = GoldFiles.Plans(GoldFiles.Siblings1565);
        using var index = PlanIndex.CreateInMemory();
        index.Update(plans[0], plans[0].Source.File, "file-hash");
        var report = PlanComparer.Compare(plans, index: index);
        Assert.Multiple(() =>
        {
            Assert.That(index.ContentHash(plans[0].Source.File), Is.EqualTo("file-hash"));
            Assert.That(index.SourceKeys, Has.Count.EqualTo(4));
            Assert.That(GapScore.Score(GoldFiles.GapsAnswerPath, report).F1, Is.GreaterThanOrEqualTo(0.90));
        });
    }

    [Test]
    public void GapJson_FollowsTheContract()
    {
        var report = PlanComparer.Compare(GoldFiles.Plans(GoldFiles.Siblings1565));
        using var json = JsonDocument.Parse(GapReportJson.Serialize(report));
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("source").GetString()), Has.All.Not.Null);
            foreach (var f in root.GetProperty("families").EnumerateArray())
            {
                Assert.That(f.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(f.GetProperty("title").ValueKind, Is.EqualTo(JsonValueKind.String));
                foreach (var m in f.GetProperty("members").EnumerateArray())
                {
                    Assert.That(m.GetProperty("source").ValueKind, Is.EqualTo(JsonValueKind.String));
                    Assert.That(m.GetProperty("taskId").ValueKind, Is.EqualTo(JsonValueKind.String));
                    Assert.That(m.GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Number));
                }
            }
            foreach (var g in root.GetProperty("gaps").EnumerateArray())
            {
                Assert.That(g.GetProperty("source").ValueKind, Is.EqualTo(JsonValueKind.String));
                foreach (var m in g.GetProperty("missing").EnumerateArray())
                {
                    Assert.That(m.GetProperty("family").ValueKind, Is.EqualTo(JsonValueKind.String));
                    Assert.That(m.GetProperty("support").ValueKind, Is.EqualTo(JsonValueKind.Number));
                    Assert.That(m.GetProperty("of").ValueKind, Is.EqualTo(JsonValueKind.Number));
                }
            }
        });
    }

    [Test]
    public void Siblings_AreFoundFromTheTitleWhenReferencesAreMissing()
    {
        var plans = GoldFiles.Plans(GoldFiles.Siblings1565);
        plans[1] = plans[1] with { References = [] };
        var report = PlanComparer.Compare(plans);
        Assert.That(report.Plans.Select(p => p.SiblingGroup), Is.All.EqualTo(1));
    }
}
