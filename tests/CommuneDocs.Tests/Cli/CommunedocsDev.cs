namespace CommuneDocs.Tests.Cli;

/// <summary>
/// The development tool <c>communedocs-dev</c> (tools/CommuneDocs.Dev: eval, generate) as a developer runs it: a
/// process of communedocs-dev.dll, which the project reference copies beside the tests.
/// </summary>
internal static class CommunedocsDev
{
    public static string Dll => Communedocs.Beside("communedocs-dev.dll");

    /// <summary>Runs the tool with <paramref name="args"/> in the repository's root to its end.</summary>
    public static ExternalProgram.Result Run(params string[] args) => ExternalProgram.Run(Communedocs.StartDll(Dll, null, args), Communedocs.Timeout);
}
