using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CommuneDocs.Cli;

/// <summary>
/// The help System.CommandLine writes, with a <see cref="DocumentedCommand"/>'s details under its summary and its
/// examples and exit codes after the options. The root's list of commands keeps one line a command.
/// </summary>
internal sealed class CommandHelp(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>Gives every help option of <paramref name="root"/> and its commands this action.</summary>
    public static void Install(Command root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction standard) option.Action = new CommandHelp(standard);
        }
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.CommandResult.Command is not DocumentedCommand command) return standard.Invoke(parseResult);
        if (command.Details is { } details) command.Description = command.Summary + "\n" + details;
        try
        {
            standard.Invoke(parseResult);
        }
        finally
        {
            command.Description = command.Summary;
        }
        if (command.Examples.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (var example in command.Examples) output.WriteLine("  " + example);
            output.WriteLine();
        }
        output.WriteLine("Exit codes:");
        output.WriteLine("  " + command.ExitCodes);
        output.WriteLine();
        return 0;
    }
}
