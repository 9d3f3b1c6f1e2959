namespace CommuneDocs.Tests.Cli;

/// <summary>The command line as a new user meets it: mistypes, help, bad values (System.CommandLine conventions).</summary>
[Parallelizable(ParallelScope.All)]
public class CommandLineTests
{
    private const string Tool = "communedocs";

    /// <summary>The development tool (tools/CommuneDocs.Dev), whose command lines follow the same conventions.</summary>
    private const string DevTool = "communedocs-dev";

    private static readonly string[] Commands = ["parse", "export", "index", "search", "gaps", "schema"];

    private static readonly string[] DevCommands = ["eval", "generate"];

    /// <summary>Each command of each tool, for the checks every command's help must pass.</summary>
    private static IEnumerable<TestCaseData> AllCommands =>
        Commands.Select(c => new TestCaseData(Tool, c)).Concat(DevCommands.Select(c => new TestCaseData(DevTool, c)));

    [Test]
    public void UnknownOption_IsAUsageErrorThatNamesItAndTheNearestOption()
    {
        // Issue: "--outt" was read as a file ("several inputs need --out DIR. --outt: no such file or folder").
        var run = Communedocs.Run("parse", "x.txt", "--outt", "y");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("Unrecognized option '--outt'. Did you mean '--out'?"));
            Assert.That(run.Stderr, Does.Not.Contain("no such file"));
        });
    }

    [TestCase(Tool, "pars", "parse")]
    [TestCase(DevTool, "evl", "eval")]
    public void UnknownCommand_SuggestsTheNearestInsteadOfTheWholeHelp(string tool, string typed, string nearest)
    {
        var run = Run(tool, typed, "x");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain($"{tool}: Unrecognized command '{typed}'. Did you mean '{nearest}'?"));
            Assert.That(run.Stderr, Does.Contain($"Run '{tool} --help' for usage."));
            Assert.That(run.Stdout + run.Stderr, Does.Not.Contain("Commands:"));
            Assert.That(Lines(run.Stderr), Has.Length.LessThanOrEqualTo(3));
        });
    }

    [Test]
    public void OptionLikeWordAfterDoubleDash_IsAPath()
    {
        var run = Communedocs.Run("parse", "--", "--no-such-plan.txt");
        Assert.Multiple(() =>
        {
            Assert.That(run.Stderr, Does.Not.Contain("Unrecognized option"));
            Assert.That(run.Stderr, Does.Contain("--no-such-plan.txt: no such file or folder"));
        });
    }

    [TestCase(Tool, "parse", "x", "--jobs", "abc", "Option '--jobs' expects a whole number of at least 1, not 'abc'.")]
    [TestCase(Tool, "search", "x", "--index", "idx", "--top", "0", "Option '--top' expects a whole number of at least 1, not '0'.")]
    [TestCase(DevTool, "generate", "--count", "5", "--out", "x", "--remove-rate", "2", "Option '--remove-rate' expects a number from 0 to 1, not '2'.")]
    public void BadValue_IsSaidPlainly(string tool, params string[] argsAndMessage)
    {
        var run = Run(tool, argsAndMessage[..^1]);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain(argsAndMessage[^1]));
            Assert.That(run.Stderr, Does.Not.Contain("System."));
        });
    }

    [TestCase(Tool)]
    [TestCase(DevTool)]
    public void RootHelp_ListsEachCommandOnOneLine(string tool)
    {
        var run = Run(tool, "--help");
        var lines = Lines(run.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(lines, Has.Length.LessThanOrEqualTo(25));
            foreach (var command in tool == DevTool ? DevCommands : Commands) Assert.That(lines.Count(l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal)), Is.EqualTo(1), command);
            Assert.That(run.Stdout, Does.Not.Contain("Example"));
        });
    }

    [Test]
    public void NoCommand_ShowsTheRootHelpAndIsAUsageError()
    {
        var run = Communedocs.Run();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stdout, Does.Contain("Commands:"));
        });
    }

    [TestCaseSource(nameof(AllCommands))]
    public void CommandHelp_HasPlaceholdersExamplesExitCodesAndEachDefaultOnce(string tool, string command)
    {
        var run = Run(tool, command, "--help");
        var options = Lines(run.Stdout).Where(l => l.TrimStart().StartsWith('-')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(run.Stdout, Does.Contain("Examples:").And.Contain("Exit codes:"));
            Assert.That(options.Where(l => l.Contains("default", StringComparison.OrdinalIgnoreCase) && l.Contains("[default:", StringComparison.Ordinal)
                && l.IndexOf("default", StringComparison.OrdinalIgnoreCase) != l.IndexOf("[default:", StringComparison.Ordinal) + 1), Is.Empty, "a default stated twice");
            Assert.That(options.Where(l => l.Contains($"[default: {Environment.ProcessorCount}]", StringComparison.Ordinal) && l.Contains("--jobs", StringComparison.Ordinal)), Is.Empty, "a default of this machine");
            Assert.That(options.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*(-\S, )?--[a-z-]+ <[a-z][a-z-]*>")), Is.Empty, "lower-case placeholders such as <out>");
        });
    }

    private static ExternalProgram.Result Run(string tool, params string[] args) => tool == DevTool ? CommunedocsDev.Run(args) : Communedocs.Run(args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
}
