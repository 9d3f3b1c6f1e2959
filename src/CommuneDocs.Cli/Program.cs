using System.CommandLine;
using CommuneDocs.Cli;

var root = new RootCommand("communedocs: read Vietnamese commune plans (PDF, DOCX, text) as data, search their clauses and find missing tasks.")
{
    ParseCommand.Create(),
};
return root.Parse(args).Invoke();
