using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CommuneDocs.Cli;

/// <summary>Options whose values are numbers, with plain messages for a value that is not one ("--jobs abc").</summary>
internal static class Flags
{
    /// <summary>A whole-number option of at least <paramref name="min"/>, <paramref name="defaultValue"/> when not given.</summary>
    public static Option<int> Count(string name, string alias, string description, int min, int defaultValue) => new(name, [.. Aliases(alias)])
    {
        HelpName = "N",
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => WholeNumber(result, name, min) ?? defaultValue,
    };

    /// <summary>A whole-number option of at least <paramref name="min"/>, null when not given.</summary>
    public static Option<int?> OptionalCount(string name, string alias, string helpName, string description, int min) => new(name, [.. Aliases(alias)])
    {
        HelpName = helpName,
        Description = description,
        CustomParser = result => WholeNumber(result, name, min),
    };

    /// <summary>A number option between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static Option<double> Fraction(string name, string description, double min, double max, double defaultValue) => new(name)
    {
        HelpName = "RATE",
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"Option '{name}' expects a number from {min} to {max}, not '{text}'."));
            return defaultValue;
        },
    };

    /// <summary>The option's value as a whole number of at least <paramref name="min"/>, or null with an error that says so.</summary>
    public static int? WholeNumber(ArgumentResult result, string name, int min)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min) return value;
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"Option '{name}' expects a whole number{(min > int.MinValue ? $" of at least {min}" : "")}, not '{text}'."));
        return null;
    }

    private static string[] Aliases(string alias) => alias.Length == 0 ? [] : [alias];
}
