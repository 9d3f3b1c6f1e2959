namespace CommuneDocs.Text;

/// <summary>Tells a person's name (họ tên người ký, Nghị định 30/2020/NĐ-CP, Điều 8, khoản 7, điểm d) from other short lines.</summary>
internal static class PersonNames
{
    /// <summary>
    /// A personal name: two to six capitalised words without digits or punctuation, written as the decree has it (Phụ
    /// lục I: "in chữ thường", capitals for initials only), so a title in capitals wrapped onto its own line ("NHÂN DÂN"
    /// of "TM. ỦY BAN / NHÂN DÂN") is not one.
    /// </summary>
    public static bool LooksLikeName(string text)
    {
        var t = text.Trim();
        if (VietnameseText.IsUpperCase(t)) return false;
        if (t.Length is < 5 or > 50 || t.Any(c => char.IsDigit(c) || c is ':' or ';' or ',' or '(' or '/')) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && char.IsUpper(words[0][0]) && char.IsUpper(words[1][0]) && words.All(w => w.All(char.IsLetter));
    }

    /// <summary>
    /// A name that starts a line and runs into words in capitals: the signer's name and, beside it in the line a
    /// layout merged, a title ("Nguyễn Văn Hoàn TRƯỞNG BAN XÂY DỰNG ĐẢNG"); null when the line starts with no name.
    /// </summary>
    public static string? NameAtStart(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        while (n < words.Length && !(words[n].Length > 1 && VietnameseText.IsUpperCase(words[n]))) n++;
        if (n < 2 || n == words.Length) return null;
        var name = string.Join(' ', words.Take(n));
        return LooksLikeName(name) ? name : null;
    }
}
