using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Structure;

/// <summary>
/// Builds the outline tree from enumerated paragraphs whichever order a document nests its enumerator styles in:
/// a style seen for the first time opens a level under the current block; a style already open closes every
/// level below it. Labels are kept as written; repeated and skipped numbers are reported as diagnostics.
/// </summary>
internal sealed class OutlineBuilder
{
    private readonly List<StructureNode> _roots = [];
    private readonly List<StructureNode> _stack = [];
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _maxDepth;

    public OutlineBuilder(List<Diagnostic> diagnostics, int maxDepth)
    {
        _diagnostics = diagnostics;
        _maxDepth = Math.Max(1, maxDepth);
    }

    public IReadOnlyList<StructureNode> Roots => _roots;

    /// <summary>The innermost open block, or null before the first one.</summary>
    public StructureNode? Current => _stack.Count == 0 ? null : _stack[^1];

    /// <summary>Starts a new region (an attached plan after a decision's articles): its levels are independent of the previous region's.</summary>
    public void StartRegion() => _stack.Clear();

    public void Add(Line line)
    {
        var e = Resolve(line.Enumerator!.Value);
        var node = new StructureNode(e, line);
        var under = UnderItsNumber(e);
        var level = under >= 0 ? under : _stack.FindLastIndex(n => n.Enumerator.Style == e.Style);
        if (level < 0 && _stack.Count >= _maxDepth)
        {
            level = _stack.Count - 1;
            _diagnostics.Add(new Diagnostic(DiagnosticCode.LimitReached, $"outline deeper than {_maxDepth} levels at '{Short(line.Text)}'; kept at level {_maxDepth}", line.Span));
        }
        if (level >= 0) _stack.RemoveRange(level, _stack.Count - level);
        var siblings = _stack.Count == 0 ? _roots : _stack[^1].Children;
        CheckSequence(siblings, node);
        siblings.Add(node);
        _stack.Add(node);
    }

    /// <summary>
    /// A compound number belongs to the block its prefix numbers ("7.1" under "7", "1.2.3" under "1.2"), whatever was
    /// opened since (bullets under "7"): the level just under that block, or -1 when no open block has the prefix.
    /// </summary>
    private int UnderItsNumber(Enumerator e)
    {
        if (e.Style != EnumeratorStyle.DottedDecimal) return -1;
        var prefix = e.Label[..e.Label.LastIndexOf('.')];
        var owner = _stack.FindLastIndex(n => n.Enumerator.Style is EnumeratorStyle.Decimal or EnumeratorStyle.DottedDecimal && n.Label == prefix);
        return owner < 0 ? -1 : owner + 1;
    }

    /// <summary>A lone I, V or X after H, U or W in the same list is a letter, not a Roman numeral.</summary>
    private Enumerator Resolve(Enumerator e)
    {
        if (e.Style != EnumeratorStyle.Roman || e.Label.Length != 1) return e;
        var letterLevel = _stack.FindLastIndex(n => n.Enumerator.Style == EnumeratorStyle.UpperLetter);
        if (letterLevel < 0) return e;
        var previous = _stack[letterLevel].Label[0];
        return previous + 1 == e.Label[0] ? e with { Style = EnumeratorStyle.UpperLetter, Ordinal = e.Label[0] - 'A' + 1 } : e;
    }

    private void CheckSequence(List<StructureNode> siblings, StructureNode node)
    {
        if (node.Enumerator.IsBullet || node.Enumerator.Ordinal == 0) return;
        var previous = siblings.LastOrDefault(s => s.Enumerator.Style == node.Enumerator.Style);
        if (previous is null || previous.Enumerator.Ordinal == 0) return;
        var (p, n) = (previous.Enumerator.Ordinal, node.Enumerator.Ordinal);
        var where = _stack.Count == 0 ? "at the top level" : "under " + _stack[^1].Label;
        if (n == p)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCode.NumberingRepeated,
                $"numbering repeats {node.Label} {where}: '{Short(previous.Line.Text)}' and '{Short(node.Line.Text)}'", node.Line.Span));
        }
        else if (n > p + 1)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCode.NumberingJump,
                $"numbering jumps from {previous.Label} to {node.Label} {where}", node.Line.Span));
        }
        else if (n < p)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCode.NumberingJump,
                $"numbering goes back from {previous.Label} to {node.Label} {where}", node.Line.Span));
        }
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
