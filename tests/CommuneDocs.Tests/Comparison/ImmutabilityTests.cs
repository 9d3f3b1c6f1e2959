using System.Reflection;
using System.Runtime.CompilerServices;
using CommuneDocs.Comparison;
using CommuneDocs.Indexing;

namespace CommuneDocs.Tests.Comparison;

public class ImmutabilityTests
{
    private static IEnumerable<Type> ResultTypes() => typeof(GapReport).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is "CommuneDocs.Comparison" or "CommuneDocs.Indexing")
        .Where(t => t.GetMethod("<Clone>$") is not null);

    [TestCaseSource(nameof(ResultTypes))]
    public void PublicRecords_OfIndexingAndComparison_HaveOnlyInitSetters(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic) continue;
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            Assert.That(isInit, Is.True, $"{type.Name}.{property.Name} has a public setter");
        }
        Assert.That(type.IsSealed, Is.True, $"{type.Name} is not sealed");
    }

    [Test]
    public void ResultTypes_AreFound() =>
        Assert.That(ResultTypes(), Does.Contain(typeof(GapReport)).And.Contain(typeof(ClauseHit)).And.Contain(typeof(ClauseQuery)));
}
