using System.Collections.Immutable;

namespace CommuneDocs.Indexing;

/// <summary>A search for clauses like a piece of text.</summary>
/// <param name="Text">
/// What to look for. Typed with diacritics it matches those diacritics (tone-mark placement aside: "hoà" = "hòa"), so
/// "kiểm tra" does not find "tiết kiệm"; typed without any it matches whatever the diacritics ("kiem tra").
/// </param>
public sealed record ClauseQuery(string Text)
{
    /// <summary>How many places a hit lists by default (<see cref="MaxPlaces"/>).</summary>
    public const int DefaultMaxPlaces = 10;

    /// <summary>Only clauses of this commune (compared without case or diacritics), when set.</summary>
    public string? Commune { get; init; }

    /// <summary>Only clauses of this kind, when set.</summary>
    public ClauseKind? Kind { get; init; }

    /// <summary>Only clauses whose year (own, else the plan's) is this, when set.</summary>
    public int? Year { get; init; }

    /// <summary>How many results at most; 10 by default.</summary>
    public int Top { get; init; } = 10;

    /// <summary>
    /// How many places (plans and paths) each hit lists at most, <see cref="DefaultMaxPlaces"/> by default: the first in
    /// the index's order; the others are counted in <see cref="ClauseHit.PlaceCount"/>.
    /// </summary>
    public int MaxPlaces { get; init; } = DefaultMaxPlaces;
}

/// <summary>Where a clause found by <see cref="ClauseSearch"/> stands: one plan, and the path in it.</summary>
/// <param name="Source">The file that stands for the plan (its Word file when it was indexed with its PDF).</param>
/// <param name="Files">Every file of the plan, <paramref name="Source"/> first.</param>
/// <param name="Commune">The plan's commune, when it has one.</param>
/// <param name="Province">The plan's province, when the text names it; for a provincial plan, where it stands.</param>
/// <param name="Path">Where it sits: an outline path ("II.5"), a task item ("II.5 #2"), "target 3", "table 1 row 4".</param>
/// <param name="Kind">What part of the plan it is there.</param>
/// <param name="Page">The page it starts on, when a file of the plan has pages.</param>
/// <param name="Year">The clause's year there (its own, else the plan's), when known.</param>
public sealed record ClausePlace(string Source, ImmutableArray<string> Files, string? Commune, string? Province, string Path, ClauseKind Kind, int? Page, int? Year)
{
    /// <summary>Where the plan is from: its commune, else (a provincial plan) its province, else its file.</summary>
    public string Place => Commune ?? Province ?? Source;
}

/// <summary>
/// A clause found by <see cref="ClauseSearch"/>: one wording, with every place that has it (the same task in four
/// communes' plans is one hit with four places).
/// </summary>
/// <param name="Text">The clause's whole text, as the first place has it.</param>
/// <param name="Kind">What part of the plan it is in the first place.</param>
/// <param name="Score">The BM25 relevance score; comparable within one search only.</param>
/// <param name="Snippet">The part of the text around the matched words, each match between <see cref="ClauseSearch.MarkStart"/> and <see cref="ClauseSearch.MarkEnd"/>.</param>
/// <param name="Places">Where it stands, ordered by file and path: up to <see cref="ClauseQuery.MaxPlaces"/> of them.</param>
public sealed record ClauseHit(string Text, ClauseKind Kind, float Score, string Snippet, ImmutableArray<ClausePlace> Places)
{
    /// <summary>
    /// How relevant it is, from 0 to 1: its <see cref="Score"/> over the score of a clause that says just the query's
    /// words, once each (capped at 1). 1 is the query itself; a long clause that holds every word of it scores less,
    /// one that holds a few of them far less. Unlike the score, it means the same from one query to another.
    /// </summary>
    public double Relevance { get; init; }

    /// <summary>How many places have it in all (that pass the query's filters), listed or not.</summary>
    public int PlaceCount { get; init; }

    /// <summary>The first place's file.</summary>
    public string Source => Places.IsDefaultOrEmpty ? "" : Places[0].Source;

    /// <summary>The first place's commune.</summary>
    public string? Commune => Places.IsDefaultOrEmpty ? null : Places[0].Commune;

    /// <summary>The first place's path.</summary>
    public string Path => Places.IsDefaultOrEmpty ? "" : Places[0].Path;

    /// <summary>The first place's year.</summary>
    public int? Year => Places.IsDefaultOrEmpty ? null : Places[0].Year;
}
