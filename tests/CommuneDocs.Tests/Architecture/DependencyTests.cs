using System.Reflection;
using System.Runtime.CompilerServices;

namespace CommuneDocs.Tests.Architecture;

/// <summary>
/// Stages depend only on earlier stages (STYLE.md points 1, 2 and 15): each folder of src/CommuneDocs may name only
/// the folders and third-party libraries its allow-list gives, in using directives or fully-qualified names.
/// Root-folder files (PlanParser, ParseOptions) compose the pipeline and may use everything; no folder may use them
/// back, by a using directive or by naming a root type (the stages see each other's types without either).
/// </summary>
public class DependencyTests
{
    private const string PdfPig = "UglyToad";
    private const string OpenXml = "DocumentFormat";
    private const string Lucene = "Lucene";
    private const string Markdig = "Markdig";
    private const string AngleSharp = "AngleSharp";

    /// <summary>Folder → the library folders and third-party namespaces it may use. A subfolder not listed follows its nearest listed parent.</summary>
    private static readonly Dictionary<string, string[]> AllowList = new()
    {
        ["Model"] = [],
        ["Text"] = [],
        ["Reading"] = ["Model", "Text"],
        ["Reading/Pdf"] = ["Reading", "Reading/Ocr", "Model", "Text", PdfPig],
        ["Reading/Ocr"] = ["Reading", "Reading/PlainText", "Model", "Text"],
        ["Reading/Docx"] = ["Reading", "Model", "Text", OpenXml],
        ["Reading/PlainText"] = ["Reading", "Model", "Text"],
        ["Reading/Markdown"] = ["Reading", "Model", "Text", Markdig],
        ["Reading/Html"] = ["Reading", "Model", "Text", AngleSharp],
        ["Structure"] = ["Structure/Zones", "Reading", "Model", "Text"],
        ["Structure/Zones"] = ["Structure", "Reading", "Model", "Text"],
        ["Semantics"] = ["Structure", "Model", "Text"],
        ["Indexing"] = ["Model", "Text", Lucene],
        ["Comparison"] = ["Model", "Text", "Indexing"],
        ["Export"] = ["Model", "Text", "Indexing", "Comparison", "Export/Contract"],
        ["Export/Xlsx"] = ["Export", "Model", "Text", "Semantics", OpenXml],
    };

    /// <summary>Third-party namespaces (first segment) and the only folders that may name them.</summary>
    private static readonly Dictionary<string, string[]> ThirdParty = new()
    {
        [PdfPig] = ["Reading/Pdf"],
        [OpenXml] = ["Reading/Docx", "Export/Xlsx"],
        [Lucene] = ["Indexing"],
        [Markdig] = ["Reading/Markdown"],
        [AngleSharp] = ["Reading/Html"],
    };

    /// <summary>
    /// Violations found when this test was written and left to their owners, so that the rule holds for everything
    /// else meanwhile. Each entry is "file names namespace"; the test fails when one is fixed, so it is removed here.
    /// </summary>
    // Violations accepted for now, each with its reason; the test fails when one is fixed so the list cannot go stale.
    private static readonly Dictionary<string, string> KnownViolations = new();

    private static readonly IReadOnlyList<SourceScanner.SourceFile> Files = SourceScanner.LibraryFiles();

    private static IEnumerable<string> Folders => Files.Select(f => f.Folder).Where(f => f.Length > 0).Distinct().Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Folders))]
    public void Folder_NamesOnlyItsAllowedDependencies(string folder)
    {
        var rule = RuleFor(folder);
        Assert.That(rule, Is.Not.Null, $"src/CommuneDocs/{folder} is not in the allow-list of {nameof(DependencyTests)}: add it with the stages it may use.");
        var allowed = AllowList[rule!];
        var violations = new List<(string Key, string Where)>();
        foreach (var file in Files.Where(f => f.Folder == folder))
        {
            foreach (var (ns, line) in SourceScanner.NamedNamespaces(file.Code).Distinct())
            {
                if (!IsAllowed(ns, folder, allowed)) violations.Add(($"{file.Path} names {ns}", $"{file.Path}:{line} names {ns}"));
            }
            foreach (var (type, line) in RootTypesNamed(file.Code))
            {
                violations.Add(($"{file.Path} names {type}", $"{file.Path}:{line} names the composition root's {type}"));
            }
        }
        var known = KnownViolations.Keys.Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal) && !k[(folder.Length + 1)..].Split(' ')[0].Contains('/')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(violations.Where(v => !KnownViolations.ContainsKey(v.Key)).Select(v => v.Where), Is.Empty,
                $"{folder} may use only: {(allowed.Length == 0 ? "the BCL" : string.Join(", ", allowed))}");
            Assert.That(known.Where(k => violations.All(v => v.Key != k)), Is.Empty, "fixed: remove from KnownViolations");
        });
        foreach (var k in known) TestContext.Out.WriteLine($"known violation, left to its owner: {k} ({KnownViolations[k]})");
    }

    private static IEnumerable<string> ThirdPartyNamespaces => ThirdParty.Keys;

    [TestCaseSource(nameof(ThirdPartyNamespaces))]
    public void ThirdPartyLibrary_IsNamedOnlyInItsFolders(string library)
    {
        var folders = ThirdParty[library];
        var offenders = Files
            .Where(f => !folders.Any(allowed => f.Folder == allowed || f.Folder.StartsWith(allowed + "/", StringComparison.Ordinal)))
            .SelectMany(f => SourceScanner.NamedNamespaces(f.Code).Distinct().Where(n => FirstSegment(n.Namespace) == library).Select(n => $"{f.Path}:{n.Line} names {n.Namespace}"))
            .ToList();
        Assert.That(offenders, Is.Empty, $"only {string.Join(" and ", folders)} may name {library}");
    }

    [Test]
    public void Library_GrantsInternalsOnlyToTestsAndBenchmarks()
    {
        // STYLE.md 15: InternalsVisibleTo for tests only, never the CLI, which must work through the public API.
        var friends = typeof(PlanParser).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0]).ToList();
        Assert.That(friends, Is.SubsetOf(new[] { "CommuneDocs.Tests", "CommuneDocs.Benchmarks" }));
        Assert.That(friends, Has.None.EqualTo("communedocs").IgnoreCase);
    }

    [Test]
    public void Scanner_CommentsAndStrings_AreNotDependencies()
    {
        var code = SourceScanner.StripCommentsAndStrings(""""
            using System.Text;
            // uses DocumentFormat.OpenXml in a comment
            var s = "UglyToad.PdfPig"; var v = @"Lucene.Net ""x"""; var c = '"';
            /* CommuneDocs.Indexing */ var q = CommuneDocs.Model.DocumentKind.Plan;
            """");
        Assert.That(SourceScanner.NamedNamespaces(code).Select(n => n.Namespace), Is.EquivalentTo(new[] { "System.Text", "CommuneDocs.Model.DocumentKind.Plan" }));
    }

    /// <summary>The types the root folder declares (the facade and its options): the stages below may not name them.</summary>
    private static readonly HashSet<string> RootTypes = [.. Files.Where(f => f.Folder.Length == 0)
        .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Code, @"\b(?:class|record|struct|enum|interface)\s+(?<name>[A-Z]\w*)").Select(m => m.Groups["name"].Value))];

    /// <summary>Where a file names a root type without qualifying it (a nested namespace sees its parent's types).</summary>
    private static IEnumerable<(string Type, int Line)> RootTypesNamed(string code) =>
        RootTypes.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(code, $@"(?<![\w.]){t}\b").Select(m => (t, code.AsSpan(0, m.Index).Count('\n') + 1))).Distinct();

    [Test]
    public void RootTypes_AreTheFacadeAndItsOptions()
    {
        Assert.That(RootTypes, Is.SupersetOf(new[] { "PlanParser", "ParseOptions" }));
    }

    /// <summary>The allow-list entry for a folder: itself or its nearest listed parent.</summary>
    private static string? RuleFor(string folder)
    {
        for (var f = folder; f.Length > 0; f = f.Contains('/') ? f[..f.LastIndexOf('/')] : "")
        {
            if (AllowList.ContainsKey(f)) return f;
        }
        return null;
    }

    private static bool IsAllowed(string ns, string folder, string[] allowed)
    {
        var first = FirstSegment(ns);
        if (first is "System" or "Microsoft") return true;
        if (first == "J2N") return allowed.Contains(Lucene);
        if (first != "CommuneDocs") return allowed.Contains(first);
        var target = FolderOf(ns);
        if (target.Length == 0) return ns == "CommuneDocs" ? false : RootTypes.All(t => !ns.Contains("." + t, StringComparison.Ordinal));
        // A folder may always name itself and the folders above it (a namespace sees its parents anyway).
        if (folder == target || folder.StartsWith(target + "/", StringComparison.Ordinal)) return true;
        return allowed.Any(a => target == a || (target.StartsWith(a + "/", StringComparison.Ordinal) && RuleFor(target) == a));
    }

    /// <summary>The library folder a CommuneDocs namespace or qualified type name points into: its longest prefix that is a folder.</summary>
    private static string FolderOf(string ns)
    {
        var segments = ns.Split('.').Skip(1).ToList();
        for (var n = segments.Count; n > 0; n--)
        {
            var candidate = string.Join('/', segments.Take(n));
            if (Directory.Exists(Path.Combine(TestPaths.LibrarySource, candidate))) return candidate;
        }
        return "";
    }

    private static string FirstSegment(string ns) => ns.Split('.')[0];
}
