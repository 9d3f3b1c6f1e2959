using CommuneDocs.Cli;
using CommuneDocs.Dev;

return await CommandLineApp.RunAsync(DevCommandLine.Create(), DevCommandLine.Name, args);
