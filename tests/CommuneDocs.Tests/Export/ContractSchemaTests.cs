using System.Collections.Immutable;
using System.Text.Json;
using CommuneDocs.Cli;
using CommuneDocs.Export;
using CommuneDocs.Export.Contract;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Export;

/// <summary>
/// The CLI's schemas (src/CommuneDocs.Cli/Schemas, what <c>communedocs schema</c> prints) describe what the contract
/// records write: every property a record can write is declared where the schema describes that object, at every
/// depth, and every property a schema requires is written, in the hand-built samples and in every pinned output.
/// </summary>
public class ContractSchemaTests
{
    private static readonly Dictionary<string, Type> Roots = new()
    {
        ["plan"] = typeof(PlanJsonDocument),
        ["gaps"] = typeof(GapReportJsonDocument),
    };

    [TestCase("plan")]
    [TestCase("gaps")]
    public void ContractRecords_WriteOnlyPropertiesTheSchemaDeclares(string which)
    {
        using var schema = JsonDocument.Parse(SchemaCommand.Read(which));
        var undeclared = new List<string>();
        CheckDeclared(Roots[which], schema.RootElement, schema.RootElement, "$", [], undeclared);
        Assert.That(undeclared, Is.Empty, $"written but not declared in {which}.schema.json");
    }

    public static IEnumerable<TestCaseData> Outputs()
    {
        yield return new TestCaseData("plan", PlanJson.Serialize(ContractSamples.Plan())).SetArgDisplayNames("plan", "hand-built plan");
        yield return new TestCaseData("plan", PlanJson.Serialize(ContractSamples.EmptyPlan())).SetArgDisplayNames("plan", "plan with only its source");
        yield return new TestCaseData("gaps", GapReportJson.Serialize(ContractSamples.GapReport())).SetArgDisplayNames("gaps", "hand-built gap report");
        foreach (var file in Directory.EnumerateFiles(PinnedFile.Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(PinnedFile.Folder, file).Replace('\\', '/');
            var which = relative.StartsWith("gaps/", StringComparison.Ordinal) || relative == "samples/gaps.json" ? "gaps" : "plan";
            yield return new TestCaseData(which, File.ReadAllText(file)).SetArgDisplayNames(which, relative);
        }
    }

    [TestCaseSource(nameof(Outputs))]
    public void Output_WritesEveryPropertyTheSchemaRequires(string which, string json)
    {
        using var schema = JsonDocument.Parse(SchemaCommand.Read(which));
        using var output = JsonDocument.Parse(json);
        var missing = new List<string>();
        CheckRequired(output.RootElement, schema.RootElement, schema.RootElement, "$", missing);
        Assert.That(missing, Is.Empty, $"required by {which}.schema.json but not written");
    }

    public static IEnumerable<TestCaseData> Enums()
    {
        static TestCaseData Case(string which, string pointer, IEnumerable<string> names) =>
            new TestCaseData(which, pointer, names.ToList()).SetArgDisplayNames(which, pointer);
        yield return Case("plan", "properties/source/properties/format", Enum.GetValues<SourceFormat>().Select(SourceFormatConverter.Name));
        yield return Case("plan", "properties/kind", Enum.GetValues<DocumentKind>().Select(DocumentKindConverter.Name));
        yield return Case("plan", "properties/targets/items/properties/comparator", Enum.GetValues<Comparator>().Select(ComparatorConverter.Symbol));
        yield return Case("plan", "properties/tasks/items/properties/source", Enum.GetValues<TaskSource>().Select(TaskSourceConverter.Name));
        yield return Case("plan", "properties/tables/items/properties/rows/items/properties/kind", Enum.GetValues<TableRowKind>().Select(TableRowKindConverter.Name));
        yield return Case("plan", "properties/diagnostics/items/properties/code", Enum.GetNames<DiagnosticCode>());
        yield return Case("gaps", "properties/weakerTargets/items/properties/comparator", Enum.GetValues<Comparator>().Select(ComparatorConverter.Symbol));
        yield return Case("gaps", "properties/weakerTargets/items/properties/siblings/items/properties/comparator", Enum.GetValues<Comparator>().Select(ComparatorConverter.Symbol));
    }

    [TestCaseSource(nameof(Enums))]
    public void SchemaEnum_ListsEveryNameTheContractWrites(string which, string pointer, List<string> names)
    {
        using var schema = JsonDocument.Parse(SchemaCommand.Read(which));
        var listed = Resolve(JsonDocument.Parse($$"""{ "$ref": "#/{{pointer}}" }""").RootElement, schema.RootElement).GetProperty("enum");
        Assert.That(listed.EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(names));
    }

    [Test]
    public void Checker_SchemaWithoutSomeProperties_ReportsThemAtTheirDepth()
    {
        using var schema = JsonDocument.Parse("""
            { "properties": { "schemaVersion": {}, "plans": { "items": { "properties": { "source": {}, "commune": {}, "siblingGroup": {} } } },
              "families": { "$ref": "#/$defs/families" }, "gaps": {}, "weakerTargets": {}, "laterDeadlines": {} },
              "$defs": { "families": { "items": { "properties": { "id": {}, "title": {}, "members": { "items": { "properties": { "source": {} } } } } } } } }
            """);
        var undeclared = new List<string>();
        CheckDeclared(typeof(GapReportJsonDocument), schema.RootElement, schema.RootElement, "$", [], undeclared);
        Assert.That(undeclared, Is.EqualTo(new[]
        {
            "$.families[].members[].taskId", "$.families[].members[].score", "$.families[].members[].page", "$.gaps[]", "$.weakerTargets[]", "$.laterDeadlines[]",
        }));
    }

    [Test]
    public void Context_HasGeneratedMetadataForEveryContractRecord()
    {
        var records = typeof(PlanJsonDocument).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PlanJsonDocument).Namespace && t.GetMethod("<Clone>$") is not null);
        Assert.That(records.Where(t => ContractJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.Name), Is.Empty);
    }

    /// <summary>Each property of <paramref name="type"/>'s generated metadata against the schema of that object, nested records and lists of them included.</summary>
    private static void CheckDeclared(Type type, JsonElement node, JsonElement root, string path, ImmutableHashSet<Type> seen, List<string> undeclared)
    {
        if (seen.Contains(type)) return;
        node = Resolve(node, root);
        var declared = node.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in ContractJsonContext.Default.GetTypeInfo(type)!.Properties)
        {
            var where = $"{path}.{property.Name}";
            if (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(property.Name, out var child))
            {
                undeclared.Add(where);
                continue;
            }
            if (ContractRecord(property.PropertyType) is { } record)
                CheckDeclared(record, child, root, where, seen.Add(type), undeclared);
            else if (ListItem(property.PropertyType) is { } item && ContractRecord(item) is { } itemRecord)
            {
                if (Resolve(child, root).TryGetProperty("items", out var items)) CheckDeclared(itemRecord, items, root, where + "[]", seen.Add(type), undeclared);
                else undeclared.Add(where + "[]");
            }
        }
    }

    /// <summary>Each object of the output against its schema: the schema's required properties present.</summary>
    private static void CheckRequired(JsonElement value, JsonElement node, JsonElement root, string path, List<string> missing)
    {
        node = Resolve(node, root);
        if (value.ValueKind == JsonValueKind.Array && node.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray()) CheckRequired(item, items, root, path + "[]", missing);
        }
        if (value.ValueKind != JsonValueKind.Object) return;
        if (node.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
                missing.Add($"{path}.{name}");
        }
        if (!node.TryGetProperty("properties", out var declared)) return;
        foreach (var property in value.EnumerateObject())
        {
            if (declared.TryGetProperty(property.Name, out var child)) CheckRequired(property.Value, child, root, $"{path}.{property.Name}", missing);
        }
    }

    /// <summary>Follows <c>$ref</c>s within the schema ("#/$defs/node", "#/properties/tasks").</summary>
    private static JsonElement Resolve(JsonElement node, JsonElement root)
    {
        while (node.TryGetProperty("$ref", out var reference))
        {
            node = root;
            foreach (var step in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)) node = node.GetProperty(step);
        }
        return node;
    }

    private static Type? ContractRecord(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsClass && t.Namespace == typeof(PlanJsonDocument).Namespace ? t : null;
    }

    private static Type? ListItem(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? type.GetGenericArguments()[0] : null;
}
