namespace CommuneDocs.Dev.Scale;

/// <summary>Commune and person names built from syllable lists, so no generated plan carries a real corpus commune's name.</summary>
internal static class NameMaker
{
    private static readonly string[] Syllables =
    [
        "An", "Bình", "Cát", "Chánh", "Đông", "Đức", "Gia", "Hải", "Hòa", "Hồng", "Hưng", "Hương",
        "Khánh", "Kim", "Lạc", "Lâm", "Lộc", "Long", "Mai", "Minh", "Mỹ", "Nam", "Nghĩa", "Ngọc",
        "Nhân", "Phong", "Phú", "Phúc", "Phước", "Quảng", "Quế", "Sơn", "Tân", "Thái", "Thạnh", "Thành",
        "Thịnh", "Thọ", "Thuận", "Thủy", "Tiến", "Toàn", "Trà", "Trung", "Trường", "Tường", "Văn", "Vinh",
        "Vĩnh", "Xuân", "Yên", "Định", "Điền", "Hiền", "Lương", "Lợi", "Mậu", "Nguyên", "Phương", "Quý",
        "Tú", "Uyên", "Việt", "Vạn",
    ];

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Công"];
    private static readonly string[] Given = ["Anh", "Bảo", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Hương", "Khoa", "Lan", "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"];

    /// <summary>
    /// The commune names of a corpus: every ordered pair of distinct syllables in an order shuffled by the seed, skipping
    /// the corpus's own communes; plan <c>i</c> takes name <c>i</c>, and a third syllable is added once the pairs run out.
    /// </summary>
    public static string[] Communes(int count, int seed, IEnumerable<string> corpusCommunes)
    {
        var taken = new HashSet<string>(corpusCommunes.Select(ScaleText.Fold), StringComparer.Ordinal);
        var pairs = new List<string>();
        foreach (var a in Syllables)
        {
            foreach (var b in Syllables)
            {
                if (a == b) continue;
                var name = a + " " + b;
                if (!taken.Contains(ScaleText.Fold(name))) pairs.Add(name);
            }
        }
        var rng = new Random(seed);
        Shuffle(pairs, rng);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = i < pairs.Count ? pairs[i] : pairs[i % pairs.Count] + " " + Syllables[i / pairs.Count % Syllables.Length];
        }
        return result;
    }

    /// <summary>A person's full name.</summary>
    public static string Person(Random rng) =>
        $"{Pick(Surnames, rng)} {Pick(Middles, rng)} {Pick(Given, rng)}";

    /// <summary>One element, uniformly.</summary>
    public static T Pick<T>(IReadOnlyList<T> list, Random rng) => list[rng.Next(list.Count)];

    /// <summary>Fisher–Yates in place.</summary>
    public static void Shuffle<T>(IList<T> list, Random rng)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
