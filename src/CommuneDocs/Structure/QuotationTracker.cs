namespace CommuneDocs.Structure;

/// <summary>
/// Tells the paragraphs that are quoted text. A document often quotes the clauses of another, numbering and all
/// ("d) Khoản 2 và 3 Điều 35 Nghị định số 126/2024/NĐ-CP quy định: “2. Sau khi ... a) Yêu cầu ...; 3. Sau khi ...”"):
/// that numbering belongs to the quoted document, not to the outline of the one quoting it. A quotation opens with
/// “ and closes with ”; one left open is taken as closed after <see cref="MaxParagraphs"/> paragraphs, so that a missing
/// closing mark cannot swallow the rest of the document.
/// </summary>
internal sealed class QuotationTracker
{
    /// <summary>A quotation still open after this many paragraphs is taken as closed.</summary>
    public const int MaxParagraphs = 40;

    private int _depth;
    private int _paragraphs;

    /// <summary>
    /// Whether <paramref name="text"/> is quoted (it starts inside an open quotation, or opens one itself); then
    /// follows its quotation marks.
    /// </summary>
    public bool Read(string text)
    {
        var quoted = _depth > 0 || text.StartsWith('“');
        foreach (var c in text)
        {
            if (c == '“') _depth++;
            else if (c == '”' && _depth > 0) _depth--;
        }
        _paragraphs = _depth == 0 ? 0 : _paragraphs + 1;
        if (_paragraphs > MaxParagraphs) (_depth, _paragraphs) = (0, 0);
        return quoted;
    }
}
