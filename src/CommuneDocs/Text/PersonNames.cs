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
}
