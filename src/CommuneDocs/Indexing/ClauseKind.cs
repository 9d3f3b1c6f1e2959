namespace CommuneDocs.Indexing;

/// <summary>What part of a plan an indexed clause comes from.</summary>
public enum ClauseKind
{
    /// <summary>An outline node (any enumerated block).</summary>
    Node,
    /// <summary>A task's title (nhiệm vụ).</summary>
    Task,
    /// <summary>One item of a task.</summary>
    Item,
    /// <summary>A quantitative target (chỉ tiêu).</summary>
    Target,
    /// <summary>One duty of a responsible unit.</summary>
    Duty,
    /// <summary>One row of an indicator or task table, its cells joined.</summary>
    Row,
}

/// <summary>What <see cref="PlanIndex.Update"/> did with a plan.</summary>
public enum IndexOutcome
{
    /// <summary>The plan was not in the index and was added.</summary>
    Added,
    /// <summary>The plan was in the index with another content hash; its clauses were replaced.</summary>
    Replaced,
    /// <summary>The plan was in the index with the same content hash; nothing was written.</summary>
    Unchanged,
}
