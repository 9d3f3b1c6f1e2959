using System.CommandLine;
using System.CommandLine.Parsing;

namespace CommuneDocs.Cli;

/// <summary>
/// The usage errors of a command line, worded for a person: an unknown command or option is named, with the nearest
/// known one ("Unrecognized option '--outt'. Did you mean '--out'?"). A word that looks like an option but was taken
/// as an argument (a path) is an unknown option too, unless it names a file or folder or comes after <c>--</c>.
/// </summary>
internal static class UsageErrors
{
    public static List<string> Of(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var errors = new List<string>();
        var unmatched = result.UnmatchedTokens;
        if (unmatched.Count > 0)
        {
            var first = unmatched[0];
            if (LooksLikeOption(first)) errors.Add(UnknownOption(first, command));
            else if (command.Subcommands.Count > 0) errors.Add(Suggest($"Unrecognized command '{first}'.", first, command.Subcommands.SelectMany(Names)));
            else errors.Add($"Unexpected argument '{first}'.");
            // After an unknown command the rest of the line means nothing; after an unknown option, each is named.
            if (!LooksLikeOption(first) && command.Subcommands.Count > 0) return errors;
            errors.AddRange(unmatched.Skip(1).Select(t => LooksLikeOption(t) ? UnknownOption(t, command) : $"Unexpected argument '{t}'."));
        }
        errors.AddRange(OptionsTakenAsArguments(result, command).Select(t => UnknownOption(t, command)));
        var named = errors.Count > 0;
        foreach (var error in result.Errors)
        {
            // The parser's own words for the tokens named above, and the missing command an unknown one explains.
            if (unmatched.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal))) continue;
            if (named && command.Subcommands.Count > 0 && error.SymbolResult is CommandResult) continue;
            errors.Add(error.Message);
        }
        return errors.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The tokens the command's arguments took that look like options and name no file, before any <c>--</c>.</summary>
    private static IEnumerable<string> OptionsTakenAsArguments(ParseResult result, Command command)
    {
        var doubleDash = result.Tokens.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Type == TokenType.DoubleDash);
        var end = doubleDash.t is null ? int.MaxValue : doubleDash.i;
        foreach (var argument in command.Arguments)
        {
            if (result.GetResult(argument) is not { } taken) continue;
            foreach (var token in taken.Tokens)
            {
                var at = IndexOf(result.Tokens, token);
                if (at >= 0 && at < end && LooksLikeOption(token.Value) && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    yield return token.Value;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token)) return i;
        }
        return -1;
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || (token[1] == '-' && token.Length > 2));

    private static string UnknownOption(string token, Command command) =>
        Suggest($"Unrecognized option '{token}'.", token, command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)));

    private static IEnumerable<string> Names(Command command) => command.Hidden ? [] : command.Aliases.Prepend(command.Name);

    private static string Suggest(string message, string typed, IEnumerable<string> known) =>
        NearestName.Find(typed, known) is { } nearest ? $"{message} Did you mean '{nearest}'?" : message;
}
