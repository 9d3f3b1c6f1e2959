using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CommuneDocs.Benchmarks.CorpusFiles).Assembly).Run(args);
