using System.CommandLine;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs schema [plan|gaps]</c>: prints the JSON Schema the output of <c>parse</c> or <c>gaps</c> follows.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var which = new Argument<string>("which")
        {
            Description = "plan (the output of parse, schema version 1) or gaps (the output of gaps).",
            DefaultValueFactory = _ => "plan",
        };
        which.AcceptOnlyFromAmong("plan", "gaps");
        var command = new Command("schema", """
            Print the JSON Schema (draft 2020-12) of the output.
            Example: communedocs schema plan > plan.schema.json
            """)
        {
            which,
        };
        command.SetAction(result =>
        {
            Console.Out.Write(Read(result.GetValue(which)!));
            return 0;
        });
        return command;
    }

    /// <summary>The schema's text as shipped with the tool.</summary>
    internal static string Read(string which)
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(which + ".schema.json")
            ?? throw new InvalidOperationException($"schema '{which}' is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
