using BenchmarkDotNet.Running;
using CommuneDocs.Benchmarks;

if (args.Length > 0 && args[0] == "paired")
{
    PairedRatios.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "latency")
{
    SearchLatency.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(CorpusFiles).Assembly).Run(args);
