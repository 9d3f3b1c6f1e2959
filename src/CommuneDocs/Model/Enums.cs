namespace CommuneDocs.Model;

/// <summary>The kind of an administrative document, from its kind heading (Nghị định 30/2020/NĐ-CP, Phụ lục I).</summary>
public enum DocumentKind
{
    /// <summary>Kế hoạch.</summary>
    Plan,
    /// <summary>Quyết định (including one that issues a plan).</summary>
    Decision,
    /// <summary>Báo cáo.</summary>
    Report,
    /// <summary>Công văn and other letters without a kind heading.</summary>
    Letter,
    /// <summary>Any other kind (Thông báo, Tờ trình, Chỉ thị, ...).</summary>
    Other,
}

/// <summary>The container format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (.txt) in UTF-8 or UTF-16.</summary>
    Text,
    /// <summary>Word Open XML (.docx).</summary>
    Docx,
    /// <summary>Portable Document Format (.pdf).</summary>
    Pdf,
    /// <summary>Markdown (.md, .markdown), as legal portals publish documents.</summary>
    Markdown,
    /// <summary>HTML (.htm, .html): a web page, or a Word document saved as a web page.</summary>
    Html,
}

/// <summary>How a quantitative target compares its value ("dưới" is <see cref="Less"/>, "tối thiểu" is <see cref="AtLeast"/>).</summary>
public enum Comparator
{
    /// <summary>Strictly below the value ("dưới", "&lt;").</summary>
    Less,
    /// <summary>At most the value ("tối đa", "không quá", "≤").</summary>
    AtMost,
    /// <summary>Exactly the value ("đạt", a plain number).</summary>
    Equal,
    /// <summary>At least the value ("tối thiểu", "ít nhất", "≥").</summary>
    AtLeast,
    /// <summary>Strictly above the value ("trên", "hơn", "&gt;").</summary>
    Greater,
}
