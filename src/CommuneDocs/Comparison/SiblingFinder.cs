using System.Text;
using System.Text.RegularExpressions;
using CommuneDocs.Model;
using CommuneDocs.Text;

namespace CommuneDocs.Comparison;

/// <summary>
/// Finds sibling plans: plans that implement the same upper-level document. Communes of a province issue their plans
/// after one decision or plan above them ("Thực hiện Quyết định số 1565/QĐ-TTg ..."): that document is cited in the
/// title or first in the preamble (căn cứ), and the titles repeat its subject. Two plans are siblings when one cites
/// the other's upper-level document and their titles are alike; sibling groups are the connected components.
/// Citing a common decree among many is not enough: a plan on another subject often does.
/// </summary>
internal static partial class SiblingFinder
{
    // A document number as cited in a title: "1565/QĐ-TTg", "02-KH/BCĐTW", "45/2020/NĐ-CP".
    [GeneratedRegex(@"\d+(?:[/-][\p{L}\d]+)+")]
    private static partial Regex NumberInText();

    /// <summary>The group number (from 1) of each plan, or null for a plan without siblings.</summary>
    public static int?[] Groups(IReadOnlyList<PlanDocument> plans, double titleThreshold)
    {
        var cited = plans.Select(Cited).ToList();
        var anchors = plans.Select((p, i) => Anchors(p, cited[i])).ToList();
        var titles = new CountVectors([.. plans.Select(p => TextSimilarity.Features(TitleWithoutPlace(p)))]);
        var parent = Enumerable.Range(0, plans.Count).ToArray();
        for (var a = 0; a < plans.Count; a++)
        {
            for (var b = a + 1; b < plans.Count; b++)
            {
                // Two plans already in one group stay in it whatever their pair says: in a province's batch, where
                // thousands of plans are siblings, almost every pair is such a pair.
                if (Find(parent, a) == Find(parent, b)) continue;
                var shareParent = anchors[a].Overlaps(cited[b]) || anchors[b].Overlaps(cited[a]);
                if (shareParent && titles.Cosine(a, b) >= titleThreshold) Union(parent, a, b);
            }
        }
        return GroupNumbers(parent);
    }

    /// <summary>Numbers the sets of the union-find <paramref name="parent"/> of two or more members from 1, in the order of their first members.</summary>
    private static int?[] GroupNumbers(int[] parent)
    {
        var roots = Enumerable.Range(0, parent.Length).Select(i => Find(parent, i)).ToArray();
        var size = new int[parent.Length];
        foreach (var root in roots) size[root]++;
        var groupOfRoot = new Dictionary<int, int>();
        var result = new int?[parent.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            var root = roots[i];
            if (size[root] < 2) continue;
            if (!groupOfRoot.TryGetValue(root, out var g)) groupOfRoot[root] = g = groupOfRoot.Count + 1;
            result[i] = g;
        }
        return result;
    }

    /// <summary>Plain cosine of two titles' syllable and bigram counts (no IDF: with a handful of plans it would punish the shared subject).</summary>
    public static double TitleSimilarity(PlanDocument a, PlanDocument b) =>
        TextSimilarity.Cosine(TextSimilarity.Features(TitleWithoutPlace(a)), TextSimilarity.Features(TitleWithoutPlace(b)));

    /// <summary>A reference number compared without case, diacritics or spaces: "1565/QĐ-TTG" = "1565/QĐ-TTg".</summary>
    public static string Key(string number)
    {
        var folded = VietnameseText.Fold(number);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Every number the plan cites: its references, and numbers its title cites that the references missed.</summary>
    private static HashSet<string> Cited(PlanDocument plan)
    {
        var keys = plan.References.Where(r => r.Number is not null).Select(r => Key(r.Number!)).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in NumberInText().Matches(plan.Title ?? "")) keys.Add(Key(m.Value));
        keys.Remove("");
        return keys;
    }

    /// <summary>The references that name the plan's upper-level document: those its title cites, and the first one cited.</summary>
    private static HashSet<string> Anchors(PlanDocument plan, HashSet<string> cited)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        if (plan.References.FirstOrDefault(r => r.Number is not null)?.Number is { } first) anchors.Add(Key(first));
        var title = Key(plan.Title ?? "");
        foreach (var key in cited)
        {
            if (title.Contains(key, StringComparison.Ordinal)) anchors.Add(key);
        }
        anchors.Remove("");
        return anchors;
    }

    /// <summary>The title without the commune's own name, which siblings never share.</summary>
    private static string TitleWithoutPlace(PlanDocument plan)
    {
        var title = plan.Title ?? "";
        foreach (var name in new[] { plan.Commune, plan.Place })
        {
            if (!string.IsNullOrWhiteSpace(name)) title = title.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        }
        return title;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
