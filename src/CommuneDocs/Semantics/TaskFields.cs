using System.Text.RegularExpressions;

namespace CommuneDocs.Semantics;

/// <summary>What a labelled field of a task says.</summary>
internal enum TaskFieldKind
{
    /// <summary>"Chủ trì:", "Đơn vị chủ trì:", "Cơ quan chủ trì thực hiện:".</summary>
    Lead,
    /// <summary>"Phối hợp:", "Đơn vị phối hợp:".</summary>
    Support,
    /// <summary>"Cơ quan thực hiện:", "Trách nhiệm thực hiện:": who does it, the lead first, or a heading for Chủ trì/Phối hợp.</summary>
    Performers,
    /// <summary>"Thời gian thực hiện:", "Thời gian hoàn thành:", "Thời hạn:", "Tiến độ:".</summary>
    Time,
    /// <summary>"Kết quả:", "Sản phẩm:", "Kết quả dự kiến:".</summary>
    Product,
    /// <summary>"Nhiệm vụ:", "Nội dung:", "Mục tiêu:": the task's own text, under a label.</summary>
    Content,
}

/// <summary>One labelled field: its kind and its value as written (empty when the value is in the items under it).</summary>
internal readonly record struct TaskField(TaskFieldKind Kind, string Value);

/// <summary>
/// The field labels real plans put inside a task ("a) Nhiệm vụ: ... b) Cơ quan thực hiện: - Đơn vị chủ trì: ...
/// - Đơn vị phối hợp: ... c) Thời gian thực hiện: ...", "- Thời gian hoàn thành: ...; - Kết quả: ..."), on a line of
/// their own or several in one clause ("(Chủ trì: Văn phòng; thời gian: Quý III/2025)"). A field is part of its task,
/// never a task of its own.
/// </summary>
internal static partial class TaskFields
{
    private const string Label =
        @"(?:(?:đơn\s+vị|cơ\s+quan|bộ\s+phận|người)\s+)?chủ\s+trì(?:\s+thực\s+hiện)?(?<lead>)"
        + @"|(?:(?:đơn\s+vị|cơ\s+quan|bộ\s+phận|người)\s+)?phối\s+hợp(?:\s+thực\s+hiện)?(?<support>)"
        + @"|(?:(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+thực\s+hiện|trách\s+nhiệm(?:\s+thực\s+hiện)?|phân\s+công(?:\s+thực\s+hiện)?)(?<performers>)"
        + @"|(?:thời\s+gian(?:\s+(?:thực\s+hiện|hoàn\s+thành|tổ\s+chức|triển\s+khai))?|thời\s+hạn(?:\s+hoàn\s+thành)?|tiến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|hạn\s+hoàn\s+thành)(?:\s+dự\s+kiến)?(?<time>)"
        + @"|(?:kết\s+quả|sản\s+phẩm)(?:\s*(?:/|và|,)\s*(?:kết\s+quả|sản\s+phẩm))?(?:\s+(?:dự\s+kiến|đầu\s+ra|đạt\s+được|cần\s+đạt))?(?<product>)"
        + @"|(?:nhiệm\s+vụ|nội\s+dung(?:\s+thực\s+hiện)?|mục\s+tiêu)(?<content>)";

    /// <summary>A label at the start of an entry, after its bullet or letter: "- Đơn vị chủ trì: ...".</summary>
    [GeneratedRegex(@"^\s*(?:[-–+*•]\s*|\(?[a-zđ0-9]{1,2}[.)]\s*)?(?:" + Label + @")\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelAtStart();

    /// <summary>A label inside a clause: at its start, or after "(", ";", "." or a dash.</summary>
    [GeneratedRegex(@"(?:^|[(;.]|\s[-–]|\n)\s*(?:" + Label + @")\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelInside();

    /// <summary>The field an entry of a task is, when it starts with a field label; its value runs to the next label.</summary>
    public static TaskField? AtStart(string text)
    {
        var m = LabelAtStart().Match(text);
        if (!m.Success) return null;
        var next = LabelInside().Match(text, m.Index + m.Length);
        var end = next.Success ? next.Index : text.Length;
        return new TaskField(KindOf(m), Clean(text[(m.Index + m.Length)..end]));
    }

    /// <summary>Every labelled field in a clause, each value up to the next label ("Chủ trì: X; phối hợp: Y").</summary>
    public static IEnumerable<TaskField> All(string text)
    {
        var matches = LabelInside().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            yield return new TaskField(KindOf(matches[i]), Clean(text[start..Math.Max(start, end)]));
        }
    }

    private static TaskFieldKind KindOf(Match m) =>
        m.Groups["lead"].Success ? TaskFieldKind.Lead
        : m.Groups["support"].Success ? TaskFieldKind.Support
        : m.Groups["performers"].Success ? TaskFieldKind.Performers
        : m.Groups["time"].Success ? TaskFieldKind.Time
        : m.Groups["product"].Success ? TaskFieldKind.Product
        : TaskFieldKind.Content;

    /// <summary>The value without the punctuation that closes its clause or the bracket around the fields.</summary>
    private static string Clean(string value) => Text.VietnameseText.CollapseSpaces(value.Replace('\n', ' ')).Trim().TrimEnd(';', ',', ')', ' ').TrimEnd('.').Trim();
}
