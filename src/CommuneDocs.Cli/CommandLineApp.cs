using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CommuneDocs.Cli;

/// <summary>
/// The <c>communedocs</c> command line: its commands, and how a command line is answered. Usage errors are said in a
/// line each, naming what was not understood and the nearest known name, with a pointer to the help (exit 2);
/// <c>--help</c> gives the root's one line a command, or a command's options, examples and exit codes.
/// </summary>
internal static class CommandLineApp
{
    /// <summary>The exit code of a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>The command's name, as its usage errors and their pointer to the help say it.</summary>
    public const string Name = "communedocs";

    public static RootCommand Create()
    {
        var root = new RootCommand("communedocs: read Vietnamese commune plans (PDF, DOCX, text) as data, search their clauses and find missing tasks.")
        {
            ParseCommand.Create(),
            ExportCommand.Create(),
            IndexCommand.Create(),
            SearchCommand.Create(),
            GapsCommand.Create(),
            SchemaCommand.Create(),
        };
        CommandHelp.Install(root);
        return root;
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(Create(), Name, args);

    /// <summary>
    /// Answers <paramref name="args"/> with the commands of <paramref name="root"/> (its help installed by
    /// <see cref="CommandHelp.Install"/>), its usage errors said in the name of <paramref name="tool"/>: this command
    /// line, or another one that follows its conventions (the development tool communedocs-dev, tools/CommuneDocs.Dev).
    /// </summary>
    public static async Task<int> RunAsync(RootCommand root, string tool, string[] args)
    {
        var result = root.Parse(args);
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = Interruption.Grace };
        if (result.Action is CommandHelp || result.Action == root.Options.OfType<VersionOption>().Single().Action)
            return await result.InvokeAsync(configuration).ConfigureAwait(false);
        if (result.CommandResult.Command == root && result.UnmatchedTokens.Count == 0)
        {
            // No command: the list of commands is what a first try wants to see.
            await root.Parse(["--help"]).InvokeAsync(configuration).ConfigureAwait(false);
            return UsageError;
        }
        var errors = UsageErrors.Of(result);
        if (errors.Count > 0)
        {
            foreach (var error in errors) Console.Error.WriteLine(tool + ": " + error);
            var help = string.Join(' ', Path(result.CommandResult.Command).Prepend(tool));
            Console.Error.WriteLine($"Run '{help} --help' for usage.");
            return UsageError;
        }
        return await result.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>The command's names from below the root down to it: "parse".</summary>
    private static IEnumerable<string> Path(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && s is not RootCommand; s = s.Parents.FirstOrDefault()) names.Insert(0, c.Name);
        return names;
    }
}
