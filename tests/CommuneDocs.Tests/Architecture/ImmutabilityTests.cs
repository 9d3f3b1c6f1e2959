using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Tests.Architecture;

/// <summary>
/// The model is immutable (STYLE.md 6), as NodaTime's MutabilityTest checks its types: every public type of
/// CommuneDocs.Model, every public record elsewhere (options, results) and the types options hold have no public
/// setter but init, no public writable field, and collections typed only as immutable or read-only views.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(PlanDocument).Assembly;

    /// <summary>Public classes that are not records but are held by options and so must be frozen too.</summary>
    private static readonly Type[] AlsoChecked = [typeof(CommuneDocs.Text.UnitRegistry)];

    private static readonly Type[] AllowedCollectionDefinitions =
    [
        typeof(ImmutableArray<>), typeof(ImmutableDictionary<,>), typeof(ImmutableSortedDictionary<,>), typeof(ImmutableList<>),
        typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>),
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyDictionary<,>), typeof(IReadOnlySet<>),
    ];

    public static IEnumerable<Type> CheckedTypes() =>
        Library.GetExportedTypes()
            .Where(t => !t.IsEnum && !typeof(Exception).IsAssignableFrom(t) && (t.Namespace == typeof(PlanDocument).Namespace || IsRecord(t) || AlsoChecked.Contains(t)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [TestCaseSource(nameof(CheckedTypes))]
    public void PublicType_HasNoPublicMutableState(Type type) => Assert.That(Problems(type), Is.Empty, type.FullName);

    [Test]
    public void Checker_MutableType_ReportsEachKindOfMutability() =>
        Assert.That(Problems(typeof(Mutable)), Is.EquivalentTo(new[]
        {
            "property Name has a public setter", "property Items is a mutable collection type List`1",
            "field Count is writable", "field Values is a mutable collection type Int32[]",
        }));

    [Test]
    public void Checker_ImmutableRecord_ReportsNothing() => Assert.That(Problems(typeof(Frozen)), Is.Empty);

    private sealed class Mutable
    {
        public string Name { get; set; } = "";
        public List<int> Items { get; } = [];
        public int Count = 1;
        public readonly int[] Values = [];
    }

    private sealed record Frozen(string Name, ImmutableArray<int> Items, IReadOnlyDictionary<string, int> Map)
    {
        public const int Limit = 3;
        public int? Extra { get; init; }
    }

    private static List<string> Problems(Type type)
    {
        var problems = new List<string>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        foreach (var p in type.GetProperties(all))
        {
            if (p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)) problems.Add($"property {p.Name} has a public setter");
            if (!IsAllowedType(p.PropertyType)) problems.Add($"property {p.Name} is a mutable collection type {p.PropertyType.Name}");
        }
        foreach (var f in type.GetFields(all))
        {
            if (!f.IsInitOnly && !f.IsLiteral) problems.Add($"field {f.Name} is writable");
            if (!IsAllowedType(f.FieldType)) problems.Add($"field {f.Name} is a mutable collection type {f.FieldType.Name}");
        }
        if (type.IsValueType && type.GetCustomAttribute<IsReadOnlyAttribute>() is null) problems.Add("struct is not readonly");
        return problems;
    }

    [Test]
    public void CheckedTypes_IncludeTheModelOptionsAndResults()
    {
        var names = CheckedTypes().Select(t => t.Name).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "PlanDocument", "OutlineNode", "PartialDate", "ParseOptions", "UnitRegistry" }));
    }

    /// <summary>A property type is fine unless it is a collection other than the immutable and read-only ones (string is not a collection here).</summary>
    private static bool IsAllowedType(Type t)
    {
        if (Nullable.GetUnderlyingType(t) is { } inner) t = inner;
        if (t == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(t) && !t.IsArray) return true;
        if (t.IsArray) return false;
        return t.IsGenericType && AllowedCollectionDefinitions.Contains(t.GetGenericTypeDefinition());
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$") is not null || t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
