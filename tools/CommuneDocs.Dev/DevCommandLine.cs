using System.CommandLine;
using CommuneDocs.Cli;

namespace CommuneDocs.Dev;

/// <summary>
/// The <c>communedocs-dev</c> command line: the development tools, which the library and the <c>communedocs</c> tool
/// do not ship. It follows the conventions of the <c>communedocs</c> command line and is answered by the same code
/// (<see cref="CommandLineApp.RunAsync(RootCommand, string, string[])"/>): usage errors with the nearest name, help
/// with examples and exit codes.
/// </summary>
internal static class DevCommandLine
{
    /// <summary>The command's name, as its usage errors and their pointer to the help say it.</summary>
    public const string Name = "communedocs-dev";

    public static RootCommand Create()
    {
        var root = new RootCommand("communedocs-dev: CommuneDocs development tools: score parsed plans against gold answers, generate scale corpora.")
        {
            EvalCommand.Create(),
            GenerateCommand.Create(),
        };
        CommandHelp.Install(root);
        return root;
    }
}
