using System.Collections.Immutable;
using CommuneDocs.Model;
using CommuneDocs.Structure.Zones;

namespace CommuneDocs.Structure;

/// <summary>What the zone readers build while the driver feeds them lines: each zone's lines, the outline and the tables.</summary>
internal sealed class StructureState
{
    public StructureState(List<Diagnostic> diagnostics, int maxOutlineDepth)
    {
        Outline = new OutlineBuilder(diagnostics, maxOutlineDepth);
    }

    /// <summary>The zone the document is in.</summary>
    public Zone Zone { get; set; }

    public ImmutableArray<Line>.Builder Header { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<Line>.Builder Title { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<Line>.Builder Preamble { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<Line>.Builder Closing { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<Line>.Builder Recipients { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<Line>.Builder Signature { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<Line>.Builder Appendix { get; } = ImmutableArray.CreateBuilder<Line>();

    public ImmutableArray<TableShape>.Builder Tables { get; } = ImmutableArray.CreateBuilder<TableShape>();

    public OutlineBuilder Outline { get; }

    /// <summary>Tells quoted clauses of another document from the body's own numbering.</summary>
    public QuotationTracker Quotations { get; } = new();

    /// <summary>The caption of the appendix being read, once found.</summary>
    public string? AppendixCaption { get; set; }

    /// <summary>The signature block has its signer's name: what follows belongs to an attached document.</summary>
    public bool SignatureHasName { get; set; }

    /// <summary>The signature was read between the Nơi nhận lines (the two closing columns read across).</summary>
    public bool RecipientsBeside { get; set; }
}
