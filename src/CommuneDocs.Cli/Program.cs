using System.CommandLine;
using CommuneDocs.Cli;

var root = new RootCommand("communedocs: read Vietnamese commune plans (PDF, DOCX, text) as data, search their clauses and find missing tasks.")
{
    ParseCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    GapsCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"communedocs: {error.Message}");
    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}
return parsed.Invoke();
