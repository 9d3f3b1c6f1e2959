using System.Text;
using CommuneDocs.Export;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Export;

public class PlanJsonReaderTests
{
    private static PlanDocument Read(string json) => PlanJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "case.json");

    [Test]
    public void Read_GoldFile_GivesItsTasksTargetsAndReferences()
    {
        var plan = GoldFiles.Plan("001_f8337fdd8866a8ff");
        Assert.Multiple(() =>
        {
            Assert.That(plan.Source.File, Is.EqualTo("001_f8337fdd8866a8ff.txt"));
            Assert.That(plan.Commune, Is.EqualTo("Đường An"));
            Assert.That(plan.Tasks, Has.Length.EqualTo(10));
            Assert.That(plan.Tasks[4].Title, Is.EqualTo("Đẩy mạnh thanh toán trực tuyến không dùng tiền mặt"));
            Assert.That(plan.References[0].Number, Is.EqualTo("1565/QĐ-TTg"));
            Assert.That(plan.Targets, Is.Not.Empty);
        });
    }

    [Test]
    public void Read_WhatWriteWrote_GivesTheSamePlan()
    {
        var plan = GoldFiles.Plan("000_a883dd9e56d4ab64");
        var again = Read(PlanJson.Serialize(plan));
        Assert.Multiple(() =>
        {
            Assert.That(PlanJson.Serialize(again), Is.EqualTo(PlanJson.Serialize(plan)));
            Assert.That(again.Tasks.Select(t => t.Id), Is.EqualTo(plan.Tasks.Select(t => t.Id)));
            Assert.That(again.Date, Is.EqualTo(plan.Date));
        });
    }

    [Test]
    public void Read_MissingOptionalFields_TakeTheirDefaults()
    {
        var plan = Read("""{ "source": { "file": "x.txt" }, "tasks": [ { "id": "II.1", "title": "Số hóa" }, { "title": "no id" } ], "date": null }""");
        Assert.Multiple(() =>
        {
            Assert.That(plan.Source.File, Is.EqualTo("x.txt"));
            Assert.That(plan.Kind, Is.EqualTo(DocumentKind.Other));
            Assert.That(plan.Date, Is.Null);
            Assert.That(plan.Tasks.Single().Items, Is.Empty);
            Assert.That(plan.References, Is.Empty);
        });
    }

    [Test]
    public void Read_NoSourceFile_NamesThePlanAfterTheJsonFile() =>
        Assert.That(Read("{}").Source.File, Is.EqualTo("case"));

    [TestCase("not json")]
    [TestCase("")]
    [TestCase("{} {}")]
    [TestCase("{ \"title\": \"x\" ")]
    public void Read_NotJson_ThrowsDocumentFormatExceptionSayingSo(string json) =>
        Assert.That(() => Read(json), Throws.TypeOf<DocumentFormatException>().With.Message.Contains("not valid JSON"));

    [TestCase("[1, 2]")]
    [TestCase("null")]
    [TestCase("5")]
    [TestCase("\"plan\"")]
    public void Read_JsonThatIsNotAnObject_ThrowsDocumentFormatExceptionSayingSo(string json) =>
        Assert.That(() => Read(json), Throws.TypeOf<DocumentFormatException>().With.Message.Contains("not a plan object"));

    [Test]
    public void Read_StringEscapeThatIsNoCharacter_ThrowsDocumentFormatException() =>
        Assert.Throws<DocumentFormatException>(() => Read("""{ "title": "\ud800" }"""));

    /// <summary>The hand-written reader let JsonElement.GetDecimal's FormatException out.</summary>
    [Test]
    public void Read_TargetValueTooLargeForADecimal_LeavesTheTargetOut() =>
        Assert.That(Read("""{ "targets": [ { "value": 1e40 }, { "value": 5 } ] }""").Targets.Select(t => t.Value), Is.EqualTo(new[] { 5m }));

    [Test]
    public void Read_CommentsAndTrailingCommas_AreAccepted() =>
        Assert.That(Read("// gold\n{ \"title\": \"Kế hoạch\", /* x */ \"recipients\": [\"a\",], }\n// end").Title, Is.EqualTo("Kế hoạch"));
}
