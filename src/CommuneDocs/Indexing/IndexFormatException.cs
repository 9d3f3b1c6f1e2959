namespace CommuneDocs.Indexing;

/// <summary>
/// The folder holds an index written by another version of the library, in a format this one does not search
/// (<see cref="PlanIndex.FormatVersion"/>). Its plans cannot be read back from it: index them again, into a new index
/// (<see cref="PlanIndex.Create"/> replaces the old one).
/// </summary>
public sealed class IndexFormatException : IOException
{
    /// <summary>Creates the exception for the index in <paramref name="folder"/>, of format <paramref name="found"/>.</summary>
    public IndexFormatException(string folder, int found)
        : base($"The index in '{folder}' was made by {(found < PlanIndex.FormatVersion ? "an earlier" : "a later")} version of CommuneDocs (index format {found}; this version reads format {PlanIndex.FormatVersion}). Index the plans again to make it anew.")
    {
        Folder = folder;
        Found = found;
    }

    /// <summary>The index's folder.</summary>
    public string Folder { get; }

    /// <summary>The format the index was written in.</summary>
    public int Found { get; }
}
