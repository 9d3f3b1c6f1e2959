using BenchmarkDotNet.Attributes;
using CommuneDocs.Model;

namespace CommuneDocs.Benchmarks;

/// <summary>Benchmarks over one corpus file's bytes in memory; a subclass names the files as the values of <see cref="File"/>.</summary>
public abstract class CorpusFileBenchmarks
{
    /// <summary>The file's bytes, read in the global setup.</summary>
    protected byte[] Bytes { get; private set; } = [];

    /// <summary>The corpus file's name.</summary>
    public abstract string File { get; set; }

    [GlobalSetup]
    public void Setup() => Bytes = CorpusFiles.Read(File);

    /// <summary>CommuneDocs' whole parse of the bytes: read, structure, semantics.</summary>
    protected PlanDocument ParseBytes() => Floors.Parse(Bytes, File);
}
