using System.CommandLine;

namespace CommuneDocs.Cli;

/// <summary><c>communedocs schema [plan|gaps]</c>: prints the JSON Schema the output of <c>parse</c> or <c>gaps</c> follows.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var which = new Argument<string>("which")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "plan (the output of parse, schema version 1; when not given) or gaps (the output of gaps).",
        };
        which.AcceptOnlyFromAmong("plan", "gaps");
        var command = new DocumentedCommand("schema", "Print the JSON Schema (draft 2020-12) that the output of parse or gaps follows.")
        {
            Examples = ["communedocs schema plan > plan.schema.json"],
            ExitCodes = "0 printed, 2 usage error.",
        };
        command.Add(which);
        command.SetAction(result =>
        {
            Console.Out.Write(Read(result.GetValue(which) ?? "plan"));
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
