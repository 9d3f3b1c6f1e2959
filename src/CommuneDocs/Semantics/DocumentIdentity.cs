using System.Collections.Immutable;
using System.Text;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Semantics;

/// <summary>One document and every file it was read from (the Word file and the signed PDF kept side by side).</summary>
/// <param name="Plan">The parse that stands for the document: the one read from the format that keeps most structure.</param>
/// <param name="Files">Every parse of the document, <paramref name="Plan"/> first.</param>
public sealed record SameDocument(PlanDocument Plan, ImmutableArray<PlanDocument> Files);

/// <summary>
/// Tells when parses are the same document in different formats: the same kind, number and symbol, issuer and date
/// (Nghị định 30/2020/NĐ-CP, Điều 8: what identifies a document); for a copy whose number or date is left blank,
/// the same kind, symbol, issuer, date as far as filled in, and title; without a title, the same outline. Text is
/// compared without tone placement, case, spacing or punctuation, and only as far as every rendering keeps it whole.
/// A Word draft whose number or day is still blank goes with the signed copy that fills them in (the same kind,
/// symbol, issuer and title, and the date as far as the draft has it), when exactly one signed copy fits.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>The key two parses of one document share.</summary>
    public static string KeyOf(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Number is { } number && plan.Symbol is { } symbol && plan.Date is { } date && plan.Issuer is { } issuer)
        {
            return string.Join('|', "id", plan.Kind, Compact(number + "/" + symbol), Compact(issuer), date.ToString());
        }
        if (plan.Title is { Length: > 0 } title)
        {
            // A number, where there is one, still tells two undated plans of one title apart.
            return string.Join('|', "draft", plan.Kind, Compact(plan.Number ?? ""), Compact(plan.Symbol ?? ""), Compact(plan.Issuer ?? ""), plan.Date?.ToString(), Cut(Compact(title)));
        }
        return "text|" + TextFingerprint(plan);
    }

    /// <summary>How much of a compacted text is compared: renderings agree on a text's start, less on its end.</summary>
    private const int ComparedLength = 80;

    private static string Cut(string compact) => compact.Length <= ComparedLength ? compact : compact[..ComparedLength];

    /// <summary>
    /// The parses grouped by document, in the order each document is first met; within a group the parse from the
    /// format that keeps most structure (.docx, then PDF, HTML, Markdown, text) stands for it.
    /// </summary>
    public static ImmutableArray<SameDocument> Group(IEnumerable<PlanDocument> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var groups = new Dictionary<string, List<PlanDocument>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var plan in plans)
        {
            var key = KeyOf(plan);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }
            list.Add(plan);
        }
        JoinDraftsToSignedCopies(groups, order);
        return [.. order.Select(k => groups[k]).Select(list =>
        {
            var files = list.OrderBy(p => Preference(p.Source.Format)).ToImmutableArray();
            return new SameDocument(files[0], files);
        })];
    }

    /// <summary>
    /// Moves each group of drafts (a blank number or date) into the one group of fully identified copies of the same
    /// kind, symbol, issuer and title whose number and date agree with as much as the draft has.
    /// </summary>
    private static void JoinDraftsToSignedCopies(Dictionary<string, List<PlanDocument>> groups, List<string> order)
    {
        var signed = order.Where(k => k.StartsWith("id|", StringComparison.Ordinal)).ToList();
        if (signed.Count == 0) return;
        foreach (var draftKey in order.Where(k => k.StartsWith("draft|", StringComparison.Ordinal)).ToList())
        {
            var draft = groups[draftKey][0];
            var fits = signed.Where(k => Completes(groups[k][0], draft)).ToList();
            if (fits.Count != 1) continue;
            groups[fits[0]].AddRange(groups[draftKey]);
            groups.Remove(draftKey);
            order.Remove(draftKey);
        }
    }

    /// <summary>Whether <paramref name="copy"/> (number, symbol, issuer and date all filled in) is <paramref name="draft"/> completed.</summary>
    private static bool Completes(PlanDocument copy, PlanDocument draft) =>
        copy.Kind == draft.Kind
        && draft.Title is { Length: > 0 } && copy.Title is { Length: > 0 } && Cut(Compact(copy.Title)) == Cut(Compact(draft.Title))
        && Compact(copy.Symbol ?? "") == Compact(draft.Symbol ?? "")
        && Compact(copy.Issuer ?? "") == Compact(draft.Issuer ?? "")
        && (draft.Number is null || Compact(draft.Number) == Compact(copy.Number ?? ""))
        && (draft.Date is not { } d || (copy.Date is { } c && c.Year == d.Year && (d.Month is null || d.Month == c.Month) && (d.Day is null || d.Day == c.Day)));

    private static int Preference(SourceFormat format) => format switch
    {
        SourceFormat.Docx => 0,
        SourceFormat.Pdf => 1,
        SourceFormat.Html => 2,
        SourceFormat.Markdown => 3,
        _ => 4,
    };

    /// <summary>The document's text as far as it identifies it: kind, issuer, and the outline's labels and the starts of its texts.</summary>
    private static string TextFingerprint(PlanDocument plan)
    {
        var text = new StringBuilder();
        text.Append(plan.Kind).Append('|').Append(Compact(plan.Issuer ?? "")).Append('|');
        AppendOutline(text, plan.Outline);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendOutline(StringBuilder text, ImmutableArray<OutlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            text.Append(Compact(node.Label)).Append(':').Append(Cut(Compact(node.Text))).Append('(');
            AppendOutline(text, node.Children);
            text.Append(')');
        }
    }

    /// <summary>Folded (no diacritics, lower case) with every space and punctuation mark dropped: what survives any rendering.</summary>
    private static string Compact(string text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }
}
