using System.Reflection;
using System.Text;
using CommuneDocs.Model;

namespace CommuneDocs.Tests.Architecture;

/// <summary>
/// The library's public API is small and pinned (STYLE.md 15, as PdfPig's PublicApiScannerTests): its public types and
/// members, one per line, must equal PublicApi.approved.txt. A change to the public surface is a decision: when this
/// fails, look at PublicApi.received.txt (written beside it) and, if the change is meant, copy it over the approved file.
/// </summary>
public class PublicApiTests
{
    private static string ApprovedPath => TestPaths.TestSource("Architecture", "PublicApi.approved.txt");

    private static string ReceivedPath => TestPaths.TestSource("Architecture", "PublicApi.received.txt");

    [Test]
    public void PublicApi_EqualsTheApprovedList()
    {
        var actual = Describe(typeof(PlanDocument).Assembly);
        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : "";
        if (actual == approved)
        {
            if (File.Exists(ReceivedPath)) File.Delete(ReceivedPath);
            return;
        }
        File.WriteAllText(ReceivedPath, actual);
        var approvedLines = approved.Split('\n').ToHashSet();
        var actualLines = actual.Split('\n').ToHashSet();
        var added = actualLines.Except(approvedLines).Take(20);
        var removed = approvedLines.Except(actualLines).Take(20);
        Assert.Fail($"""
            The public API changed. Added:
              {string.Join("\n  ", added)}
            Removed:
              {string.Join("\n  ", removed)}
            If this is intended, approve it:
              cp {ReceivedPath} {ApprovedPath}
            """);
    }

    /// <summary>Every public type and its public and protected members, sorted, one per line.</summary>
    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes())
        {
            var typeName = Name(type);
            lines.Add($"{Kind(type)} {typeName}{BaseList(type)}");
            foreach (var member in type.GetMembers(flags))
            {
                if (!IsVisible(member) || member.Name.StartsWith('<') || member is FieldInfo { IsSpecialName: true }) continue;
                if (member is MethodInfo { IsSpecialName: true } m && !m.Name.StartsWith("op_", StringComparison.Ordinal)) continue;
                lines.Add($"{typeName}.{Member(member)}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (t.GetMethod("<Clone>$") is null && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null ? "record struct" : "struct")
        : t.GetMethod("<Clone>$") is not null ? (t.IsSealed ? "sealed record" : "record")
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : t.IsAbstract ? "abstract class" : "class";

    private static string BaseList(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
        bases.AddRange(t.GetInterfaces().Where(i => (i.IsPublic || i.IsNestedPublic) && i.Namespace?.StartsWith("System", StringComparison.Ordinal) != true).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{(c.IsStatic ? "static " : "")}.ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{m.Name}{(m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : "")}({Parameters(m)}) : {Name(m.ReturnType)}",
        PropertyInfo p => $"{(p.GetAccessors(true)[0].IsStatic ? "static " : "")}{p.Name} : {Name(p.PropertyType)} {{ {Accessors(p)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{f.Name} : {Name(f.FieldType)}",
        EventInfo e => $"event {e.Name} : {Name(e.EventHandlerType!)}",
        Type t => $"nested {Name(t)}",
        _ => member.Name,
    };

    private static string Accessors(PropertyInfo p)
    {
        var sb = new StringBuilder();
        if (p.GetMethod is { } g && (g.IsPublic || g.IsFamily)) sb.Append("get; ");
        if (p.SetMethod is { } s && (s.IsPublic || s.IsFamily))
            sb.Append(s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ");
        return sb.ToString();
    }

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + Name(p.ParameterType) + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")));

    private static string Name(Type t)
    {
        if (t.IsByRef) return Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        if (t.IsGenericParameter) return t.Name;
        var name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? "" : t.Namespace + ".") + t.Name;
        if (!t.IsGenericType) return name;
        var tick = name.IndexOf('`');
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
    }
}
