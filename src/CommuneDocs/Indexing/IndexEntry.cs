using System.Collections.Immutable;
using CommuneDocs.Model;

namespace CommuneDocs.Indexing;

/// <summary>
/// One document to index: the parse that stands for it, and the parses of its other files (the signed PDF kept beside
/// the Word file, a text export). Group a batch's parses into documents first (<c>DocumentIdentity.Group</c>) so that
/// each document is indexed, and found, once.
/// </summary>
/// <param name="Plan">The parse that stands for the document; its clauses are the ones indexed.</param>
/// <param name="Key">The key it is stored under (the CLI uses the standing file's name).</param>
/// <param name="ContentHash">A hash of its content; indexing the same key with the same hash again writes nothing.</param>
public sealed record IndexEntry(PlanDocument Plan, string Key, string ContentHash)
{
    /// <summary>
    /// The parses of the document's other files. Their names are listed with every clause found, and a clause that
    /// <see cref="Plan"/> has no page for (a Word file has none) takes the page the first of them that has pages gives
    /// the clause of the same kind and path.
    /// </summary>
    public ImmutableArray<PlanDocument> OtherFiles { get; init; } = [];

    /// <summary>
    /// What the document is, whatever its files (<c>DocumentIdentity.KeyOf</c>), or null when its key alone says.
    /// An entry replaces every entry of the index with the same identity, and every entry keyed by the name of one of
    /// its other files, so a document is held once however its files were indexed before.
    /// </summary>
    public string? Identity { get; init; }
}
