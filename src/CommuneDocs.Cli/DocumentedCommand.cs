using System.CommandLine;

namespace CommuneDocs.Cli;

/// <summary>
/// A command with help beyond its one-line summary: the root's help lists each command by its summary alone, and the
/// command's own help (<see cref="CommandHelp"/>) adds the details under it, then its examples and exit codes.
/// </summary>
internal sealed class DocumentedCommand(string name, string summary) : Command(name, summary)
{
    /// <summary>The one line the root's help shows.</summary>
    public string Summary { get; } = summary;

    /// <summary>What the command's help says under the summary, when more is needed.</summary>
    public string? Details { get; init; }

    /// <summary>Command lines that show it at work, one per entry.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>What its exit codes mean.</summary>
    public required string ExitCodes { get; init; }
}
