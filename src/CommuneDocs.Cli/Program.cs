using System.CommandLine;
using CommuneDocs.Cli;

var root = new RootCommand("communedocs: read Vietnamese commune plans (PDF, DOCX, text) as data, search their clauses and find missing tasks.")
{
    ParseCommand.Create(),
    EvalCommand.Create(),
    ExportCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    GapsCommand.Create(),
    GenerateCommand.Create(),
    SchemaCommand.Create(),
};
var parsed = root.Parse(args);
var exitCode = parsed.Invoke();
// A usage error (unknown option, missing argument) exits with 2, as every command's help promises.
return parsed.Errors.Count > 0 ? 2 : exitCode;
