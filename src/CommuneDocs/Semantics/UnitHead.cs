namespace CommuneDocs.Semantics;

/// <summary>
/// The head of a target's unit: Vietnamese nouns are mostly one or two syllables, so the unit is the first noun
/// after the number ("25 dịch vụ công" → "dịch vụ", "08 phút" → "phút", "01 kênh tương tác" → "kênh"), and a
/// measure word keeps the noun it measures ("82 nhóm thủ tục hành chính" → "nhóm thủ tục").
/// </summary>
internal static class UnitHead
{
    // Two-syllable nouns that plans count with; any other noun is taken as one syllable.
    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        "dịch vụ", "hồ sơ", "thủ tục", "tài khoản", "cán bộ", "công chức", "viên chức", "doanh nghiệp", "người dân", "đơn vị",
        "cơ quan", "văn bản", "sản phẩm", "hệ thống", "cơ sở", "tiêu chí", "chỉ tiêu", "nhiệm vụ", "trường học", "giao dịch",
        "hộ gia", "gia đình", "học sinh", "đảng viên", "đoàn viên", "hội viên", "thành viên", "cấp độ", "lượt truy", "máy tính",
        "thiết bị", "điểm truy", "cuộc họp", "hội nghị", "lớp tập", "lớp bồi", "tổ chức", "phản ánh", "kiến nghị", "kết quả",
        "tin bài", "bài viết", "chương trình", "đề án", "mô hình", "sáng kiến", "camera", "phòng họp",
    };

    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal) { "nhóm", "loại", "bộ", "danh", "lĩnh" };

    public static string Of(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return "";
        if (MeasureWords.Contains(words[0]) && words.Count > 1) return words[0] + " " + Of(words.Skip(1).ToList());
        if (words.Count > 1 && Compounds.Contains(words[0] + " " + words[1])) return words[0] + " " + words[1];
        return words[0];
    }
}
