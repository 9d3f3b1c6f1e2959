namespace CommuneDocs.Model;

/// <summary>Where something came from in its source document: the index of the reader's block and, when known, the page.</summary>
/// <param name="Block">Zero-based index of the source block (paragraph or table) the reader produced.</param>
/// <param name="Page">One-based page number, when the format has pages.</param>
public readonly record struct SourceSpan(int Block, int? Page)
{
    /// <summary>A span for content that has no single source block.</summary>
    public static SourceSpan None { get; } = new(-1, null);

    /// <inheritdoc />
    public override string ToString() => Page is { } page ? $"block {Block}, page {page}" : $"block {Block}";
}
