using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CommuneDocs.Tests.Packaging;

/// <summary>
/// The packages as a user gets them (issue #8): <c>dotnet pack -c Release</c> of the solution into a local folder feed,
/// then a project outside the solution restores the library from that feed and parses a corpus plan through the public
/// API, and <c>dotnet tool install</c> from the same feed runs the <c>communedocs</c> command. One pack per run, in
/// <see cref="PackOnce"/>; each <c>dotnet</c> call takes a minute or more, so the whole fixture takes a few minutes.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public class ConsumerTests
{
    private const string LibraryId = "CommuneDocs";
    private const string ToolId = "CommuneDocs.Cli"; // Not "communedocs": NuGet ids ignore case (README, Install).
    private const int ExpectedTasks = 10; // corpus/gold/001_*.json lists 10 tasks.
    private static readonly TimeSpan DotnetTimeout = TimeSpan.FromMinutes(15);

    private string work = "";
    private string feed = "";
    private string version = "";

    private static string CorpusPlan => Directory.GetFiles(TestPaths.Corpus, "001_*.txt").Single();

    [OneTimeSetUp]
    public void PackOnce()
    {
        work = Directory.CreateTempSubdirectory("communedocs-consumer-").FullName;
        feed = Path.Combine(work, "feed");
        Run("dotnet", TestPaths.RepoRoot, ownPackages: false, "pack", Path.Combine(TestPaths.RepoRoot, "CommuneDocs.sln"), "-c", "Release", "-o", feed, "-nologo");
        var library = Directory.GetFiles(feed, LibraryId + ".*.nupkg").Select(Path.GetFileName)
            .Single(n => !n!.StartsWith(ToolId + ".", StringComparison.Ordinal))!;
        version = library[(LibraryId.Length + 1)..^".nupkg".Length];
    }

    [OneTimeTearDown]
    public void DeleteWork()
    {
        if (work.Length > 0 && Directory.Exists(work)) Directory.Delete(work, recursive: true);
    }

    [Test]
    public void LibraryPackage_HoldsReadmeDocsAndBothFrameworks_WithSymbolsBeside()
    {
        var nupkg = Path.Combine(feed, $"{LibraryId}.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.That(entries, Does.Contain("README.md"));
            foreach (var tfm in new[] { "net8.0", "net10.0" })
            {
                Assert.That(entries, Does.Contain($"lib/{tfm}/CommuneDocs.Core.dll"));
                Assert.That(entries, Does.Contain($"lib/{tfm}/CommuneDocs.Core.xml"));
            }
            var nuspec = Read(zip, $"{LibraryId}.nuspec");
            Assert.That(nuspec, Does.Contain("<license type=\"expression\">MIT</license>"));
            Assert.That(nuspec, Does.Contain("<readme>README.md</readme>"));
            Assert.That(nuspec, Does.Contain("<projectUrl>"));
            Assert.That(nuspec, Does.Contain("<tags>"));
        }

        var snupkg = Path.ChangeExtension(nupkg, ".snupkg");
        Assert.That(snupkg, Does.Exist);
        using var symbols = ZipFile.OpenRead(snupkg);
        Assert.That(symbols.Entries.Select(e => e.FullName),
            Is.SupersetOf(new[] { "lib/net8.0/CommuneDocs.Core.pdb", "lib/net10.0/CommuneDocs.Core.pdb" }));
    }

    [Test]
    public void ToolPackage_IsADotnetToolWithTheCommandCommunedocs()
    {
        var nupkg = Path.Combine(feed, $"{ToolId}.{version}.nupkg");
        Assert.That(nupkg, Does.Exist);
        using var zip = ZipFile.OpenRead(nupkg);
        var nuspec = Read(zip, $"{ToolId}.nuspec");
        Assert.That(nuspec, Does.Contain($"<id>{ToolId}</id>"));
        Assert.That(nuspec, Does.Contain("<packageType name=\"DotnetTool\" />"));
        Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("README.md"));
        Assert.That(Read(zip, "tools/net10.0/any/DotnetToolSettings.xml"), Does.Contain("<Command Name=\"communedocs\""));
        Assert.That(Path.ChangeExtension(nupkg, ".snupkg"), Does.Exist);
    }

    [Test]
    public void ConsumerProject_RestoresTheLibraryFromTheFeed_AndParsesAPlan()
    {
        var project = Path.Combine(work, "consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{LibraryId}" Version="[{version}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using CommuneDocs;

            var plan = PlanParser.Parse(args[0]);
            Console.WriteLine($"tasks: {plan.Tasks.Length}");
            """);
        WriteNuGetConfig(project);
        // The consumer sits outside the repository, so the repository's Directory.Build.props does not apply to it.
        var output = Dotnet(project, "run", "-c", "Release", "--", CorpusPlan);
        Assert.That(output.Trim().Split('\n').Last().Trim(), Is.EqualTo($"tasks: {ExpectedTasks}"));
    }

    [Test]
    public void Tool_InstalledFromTheFeed_PrintsItsVersion_AndParsesAPlan()
    {
        var tools = Path.Combine(work, "tools");
        WriteNuGetConfig(work);
        Dotnet(work, "tool", "install", ToolId, "--tool-path", tools, "--add-source", feed, "--version", version,
            "--configfile", Path.Combine(work, "nuget.config"));
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "communedocs.exe" : "communedocs");

        var printed = Run(command, work, ownPackages: true, "--version").Trim();
        Assert.That(printed, Does.StartWith(version), "communedocs --version");

        var json = Run(command, work, ownPackages: true, "parse", CorpusPlan);
        using var plan = JsonDocument.Parse(json);
        Assert.That(plan.RootElement.GetProperty("tasks").GetArrayLength(), Is.EqualTo(ExpectedTasks));
    }

    /// <summary>
    /// A nuget.config for the consumer: the fresh feed first, then the default source for the library's dependencies.
    /// Packages restore into a folder of this run (a cached CommuneDocs of the same version from an earlier run would
    /// hide the fresh one); the user's package folder is a read-only fallback, so dependencies need no download.
    /// </summary>
    private void WriteNuGetConfig(string folder)
    {
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="user" value="{userPackages}" />
              </fallbackPackageFolders>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private string Dotnet(string directory, params string[] arguments) => Run("dotnet", directory, ownPackages: true, arguments);

    /// <summary>Runs a program to its end; fails the test with its output when it fails or outlives the time limit.</summary>
    /// <param name="ownPackages">Restore into this run's package folder (the consumer's steps), not the user's (the pack).</param>
    private string Run(string program, string directory, bool ownPackages, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs under dotnet test: its MSBuild variables would point the child's build at the parent's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (ownPackages) start.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages");

        var clock = Stopwatch.StartNew();
        var result = ExternalProgram.Run(start, DotnetTimeout);
        TestContext.Progress.WriteLine($"{program} {string.Join(' ', arguments)}: exit {result.ExitCode} in {clock.Elapsed.TotalSeconds:F0} s");
        if (result.ExitCode != 0)
        {
            Assert.Fail($"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}.\nstdout:\n{result.Stdout}\nstderr:\n{result.Stderr}");
        }
        return result.Stdout;
    }
}
