using CommuneDocs.Cli;

return await CommandLineApp.RunAsync(args);
