namespace CommuneDocs.Cli;

/// <summary>What a mistyped command or option name was most likely meant to be, for "Did you mean ...?".</summary>
internal static class NearestName
{
    /// <summary>
    /// The candidate closest to <paramref name="typed"/> (case and leading dashes aside) when it is near enough to be a
    /// slip: one edit (a letter added, dropped, changed or two swapped) for names of up to four letters, two for longer
    /// ones; else the only candidate that starts with it. Null when none is.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var word = Bare(typed);
        if (word.Length == 0) return null;
        var list = candidates.Distinct(StringComparer.Ordinal).ToList();
        var allowed = word.Length <= 4 ? 1 : 2;
        var best = list.Select(c => (Name: c, Distance: Distance(word, Bare(c)))).Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name.Length).FirstOrDefault();
        if (best.Name is not null) return best.Name;
        var prefixed = list.Where(c => Bare(c).StartsWith(word, StringComparison.Ordinal)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    private static string Bare(string name) => name.TrimStart('-').ToLowerInvariant();

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
