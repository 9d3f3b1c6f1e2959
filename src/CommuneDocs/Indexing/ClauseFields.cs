namespace CommuneDocs.Indexing;

/// <summary>Field names of the index; one place so that writer, searcher and comparer agree.</summary>
internal static class ClauseFields
{
    /// <summary>"plan" for the one document per plan that holds its hash, "clause" for the others.</summary>
    public const string DocType = "doctype";
    public const string PlanDoc = "plan";
    public const string ClauseDoc = "clause";

    /// <summary>The caller's key for the plan (the file name in the CLI); every document of a plan has it.</summary>
    public const string Key = "key";
    public const string Hash = "hash";
    public const string Source = "source";
    public const string Commune = "commune";
    /// <summary>The commune folded to lower-case ASCII, for filters typed without diacritics.</summary>
    public const string CommuneKey = "commune_key";
    public const string Province = "province";
    public const string PlanTitle = "plan_title";
    public const string Kind = "kind";
    public const string Year = "year";
    public const string Path = "path";
    public const string Text = "text";
    public const string TextFolded = "text_folded";
    /// <summary>On task clauses: title and items together, folded; what task-to-task similarity queries.</summary>
    public const string TaskBodyFolded = "task_body_folded";
}
