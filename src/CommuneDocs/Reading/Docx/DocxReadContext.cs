using CommuneDocs.Model;

namespace CommuneDocs.Reading.Docx;

/// <summary>What one read of a .docx shares across its paragraphs and tables: styles, list counters, open fields, diagnostics.</summary>
internal sealed class DocxReadContext
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public DocxReadContext(WordStyles styles, WordNumbering numbering)
    {
        Styles = styles;
        Numbering = numbering;
    }

    public WordStyles Styles { get; }

    public WordNumbering Numbering { get; }

    /// <summary>The index the top-level block being read will have; paragraphs inside a table take the table's.</summary>
    public int BlockIndex { get; set; }

    /// <summary>Complex fields (w:fldChar) open at this point: true while in the field's code, false once in its result.</summary>
    public Stack<bool> Fields { get; } = new();

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Adds a diagnostic at the current block, once per <paramref name="key"/>.</summary>
    public void Report(DiagnosticCode code, string message, string key)
    {
        if (_reported.Add(key)) Diagnostics.Add(new Diagnostic(code, message, new SourceSpan(BlockIndex, null)));
    }
}
