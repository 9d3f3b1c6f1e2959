using System.Collections.Frozen;
using System.Text;

namespace CommuneDocs.Text;

/// <summary>
/// Unicode canonical normalisation (NFD, NFC), full case folding and white space as Python's <c>unicodedata</c>,
/// <c>str.casefold</c> and <c>str.isspace</c> define them, from tables generated out of Python (Unicode
/// <see cref="UnicodeVersion"/>). It does not depend on ICU, so it works in globalization-invariant mode, where
/// <see cref="string.Normalize()"/> returns its input unchanged; and it gives exactly the results of the reference
/// scorer (score.py), which the evaluation must reproduce. Algorithms: Unicode Standard Annex #15 (canonical
/// decomposition, canonical ordering, canonical composition, Hangul arithmetic) and CaseFolding.txt (C + F).
/// </summary>
internal static partial class UnicodeNormalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly FrozenDictionary<int, int> CombiningClasses = BuildPairs(CombiningClassData);
    private static readonly FrozenDictionary<int, int[]> Decompositions = BuildSequences(DecompositionData);
    private static readonly FrozenDictionary<long, int> Compositions = BuildCompositions(CompositionData);
    private static readonly FrozenDictionary<int, int[]> CaseFolds = BuildSequences(CaseFoldData);
    private static readonly FrozenSet<int> WhiteSpace = BuildSet(WhiteSpaceData);

    /// <summary>The canonical combining class of a code point (0 for starters).</summary>
    public static int CombiningClass(int codePoint) => CombiningClasses.GetValueOrDefault(codePoint);

    /// <summary>True for the code points Python's <c>str.isspace()</c> accepts (more than <see cref="char.IsWhiteSpace(char)"/>: U+001C-U+001F too).</summary>
    public static bool IsWhiteSpace(int codePoint) => WhiteSpace.Contains(codePoint);

    /// <summary>The code points of a string; an unpaired surrogate becomes U+FFFD.</summary>
    public static List<int> CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) result.Add(rune.Value);
        return result;
    }

    /// <summary>The string of a list of code points.</summary>
    public static string FromCodePoints(IEnumerable<int> codePoints)
    {
        var sb = new StringBuilder();
        foreach (var cp in codePoints) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    /// <summary>Normalization Form D: full canonical decomposition, then canonical ordering.</summary>
    public static List<int> Decompose(IEnumerable<int> codePoints)
    {
        var result = new List<int>();
        foreach (var cp in codePoints) DecomposeInto(cp, result);
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (var i = 1; i < result.Count; i++)
        {
            var cc = CombiningClass(result[i]);
            if (cc == 0) continue;
            var j = i;
            while (j > 0 && CombiningClass(result[j - 1]) > cc)
            {
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
                j--;
            }
        }
        return result;
    }

    /// <summary>Normalization Form C: NFD, then canonical composition.</summary>
    public static List<int> Compose(IEnumerable<int> codePoints)
    {
        var d = Decompose(codePoints);
        var result = new List<int>(d.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var cp in d)
        {
            var cc = CombiningClass(cp);
            if (starter >= 0)
            {
                var adjacent = result.Count - 1 == starter;
                if ((adjacent || (lastClass != 0 && lastClass < cc)) && TryCompose(result[starter], cp, out var composite))
                {
                    result[starter] = composite;
                    continue;
                }
            }
            if (cc == 0) starter = result.Count;
            lastClass = cc;
            result.Add(cp);
        }
        return result;
    }

    /// <summary>NFD of a string.</summary>
    public static string ToNfd(string text) => FromCodePoints(Decompose(CodePoints(text)));

    /// <summary>NFC of a string.</summary>
    public static string ToNfc(string text) => FromCodePoints(Compose(CodePoints(text)));

    /// <summary>Full case folding of every code point, as Python's <c>str.casefold()</c> ("ß" → "ss", "Σ" → "σ").</summary>
    public static List<int> CaseFold(IEnumerable<int> codePoints)
    {
        var result = new List<int>();
        foreach (var cp in codePoints)
        {
            if (CaseFolds.TryGetValue(cp, out var folded)) result.AddRange(folded);
            else result.Add(cp);
        }
        return result;
    }

    private static void DecomposeInto(int cp, List<int> result)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            result.Add(LBase + s / NCount);
            result.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) result.Add(TBase + s % TCount);
            return;
        }
        if (Decompositions.TryGetValue(cp, out var parts))
        {
            foreach (var p in parts) DecomposeInto(p, result);
            return;
        }
        result.Add(cp);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
            return true;
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }
        return Compositions.TryGetValue(Key(first, second), out composite);
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static FrozenDictionary<int, int> BuildPairs(ReadOnlySpan<int> data)
    {
        var d = new Dictionary<int, int>(data.Length / 2);
        for (var i = 0; i < data.Length; i += 2) d[data[i]] = data[i + 1];
        return d.ToFrozenDictionary();
    }

    private static FrozenDictionary<int, int[]> BuildSequences(ReadOnlySpan<int> data)
    {
        var d = new Dictionary<int, int[]>();
        for (var i = 0; i < data.Length;)
        {
            var cp = data[i];
            var n = data[i + 1];
            d[cp] = data.Slice(i + 2, n).ToArray();
            i += 2 + n;
        }
        return d.ToFrozenDictionary();
    }

    private static FrozenDictionary<long, int> BuildCompositions(ReadOnlySpan<int> data)
    {
        var d = new Dictionary<long, int>(data.Length / 3);
        for (var i = 0; i < data.Length; i += 3) d[Key(data[i], data[i + 1])] = data[i + 2];
        return d.ToFrozenDictionary();
    }

    private static FrozenSet<int> BuildSet(ReadOnlySpan<int> data)
    {
        var s = new HashSet<int>(data.Length);
        foreach (var cp in data) s.Add(cp);
        return s.ToFrozenSet();
    }
}
