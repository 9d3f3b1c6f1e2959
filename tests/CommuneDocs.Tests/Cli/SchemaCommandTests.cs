using System.Text.Json;
using CommuneDocs.Cli;
using CommuneDocs.Export;

namespace CommuneDocs.Tests.Cli;

public class SchemaCommandTests
{
    [Test]
    public void PlanSchema_RequiresNothingTheJsonOutputLacks()
    {
        using var schema = JsonDocument.Parse(SchemaCommand.Read("plan"));
        var plan = PlanText.Parse(PlanText.Plan("I. NHIỆM VỤ\n1. Rà soát thủ tục hành chính"));
        using var output = JsonDocument.Parse(PlanJson.Serialize(plan));
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.That(required, Is.Not.Empty);
        Assert.That(required.Where(name => !output.RootElement.TryGetProperty(name, out _)), Is.Empty);
    }

    [TestCase("plan")]
    [TestCase("gaps")]
    public void Schema_IsEmbeddedAsValidJson(string which) =>
        Assert.That(() => JsonDocument.Parse(SchemaCommand.Read(which)).Dispose(), Throws.Nothing);
}
