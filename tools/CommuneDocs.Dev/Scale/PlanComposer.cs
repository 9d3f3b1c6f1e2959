using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CommuneDocs.Dev.Scale;

/// <summary>How a line of a generated plan is laid out.</summary>
internal enum LineStyle
{
    /// <summary>A body paragraph.</summary>
    Body,
    /// <summary>A bold heading (part headings, the kind word, the signature block).</summary>
    Heading,
    /// <summary>A bold, centred line (quốc hiệu, tiêu ngữ, the kind heading and title).</summary>
    Centered,
}

/// <summary>One paragraph of a generated plan.</summary>
internal sealed record PlanLine(string Text, LineStyle Style);

/// <summary>Where a family's task is in a generated plan.</summary>
/// <param name="Family">The family id.</param>
/// <param name="TaskId">The task's id in the plan ("II.3"), or null when the task was removed.</param>
/// <param name="Source">The source plan the task's text was taken from, or null when removed.</param>
/// <param name="Title">The title as written in the plan (after paraphrase), or null when removed.</param>
internal sealed record FamilySlot(string Family, string? TaskId, string? Source, string? Title);

/// <summary>A generated plan: its paragraphs and its answer-key entry.</summary>
internal sealed record GeneratedPlan(string Stem, string Commune, ImmutableArray<PlanLine> Lines, ImmutableArray<FamilySlot> Slots);

/// <summary>
/// Composes one plan from the pool: a header after Nghị định 30/2020/NĐ-CP (Phụ lục I: tên cơ quan, số và ký hiệu,
/// quốc hiệu và tiêu ngữ, địa danh và ngày), the objectives with targets, each family's task from a random source plan
/// (some removed), the implementation part with units and duties, recipients and signature.
/// Everything random comes from one <see cref="Random"/> seeded by (corpus seed, plan index), so a plan does not
/// depend on how many others are generated.
/// </summary>
internal static class PlanComposer
{
    /// <summary>A plan keeps at least this many tasks, whatever the removal rate draws.</summary>
    public const int MinTasks = 2;

    private static readonly string[] ItemLabels = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    /// <summary>The seed of plan <paramref name="index"/>'s random source.</summary>
    public static int PlanSeed(int seed, int index) => unchecked((seed * 1_000_003) ^ (index * 7_919 + 17));

    public static GeneratedPlan Compose(ScalePool pool, int seed, int index, string commune, double removeRate)
    {
        var rng = new Random(PlanSeed(seed, index));
        var stem = "plan-" + (index + 1).ToString("D4", CultureInfo.InvariantCulture);
        Span<int> directions = stackalloc int[ScaleText.SynonymCount];
        for (var i = 0; i < directions.Length; i++) directions[i] = rng.Next(3) - 1;
        var dirs = directions.ToArray();
        string Adapt(string text, string sourceFile)
        {
            var plan = pool.Sources.First(s => s.File == sourceFile).Plan;
            if (plan.Commune is { } old) text = Regex.Replace(text, "(?<![\\p{L}])" + Regex.Escape(old) + "(?![\\p{L}])", commune);
            return ScaleText.Paraphrase(text, dirs);
        }

        var lines = new List<PlanLine>();
        void Add(string text, LineStyle style = LineStyle.Body) => lines.Add(new PlanLine(text, style));

        // Header (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 1-4).
        var number = rng.Next(1, 400);
        var day = rng.Next(1, 29);
        var month = rng.Next(8, 13);
        Add("ỦY BAN NHÂN DÂN", LineStyle.Centered);
        Add("XÃ " + commune.ToUpperInvariant(), LineStyle.Centered);
        Add(string.Create(CultureInfo.InvariantCulture, $"Số: {number}/KH-UBND"), LineStyle.Centered);
        Add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LineStyle.Centered);
        Add("Độc lập - Tự do - Hạnh phúc", LineStyle.Centered);
        Add(string.Create(CultureInfo.InvariantCulture, $"{commune}, ngày {day} tháng {month} năm 2025"));
        Add("KẾ HOẠCH", LineStyle.Centered);
        var titleSource = NameMaker.Pick(pool.Sources, rng);
        var title = titleSource.Plan.Title ?? "Nâng cao chất lượng cung cấp dịch vụ công trực tuyến";
        Add(Adapt(title, titleSource.File), LineStyle.Centered);

        // Preamble: the decision every sibling implements.
        Add(string.Create(CultureInfo.InvariantCulture,
            $"Căn cứ Quyết định số {ScalePool.Decision} ngày 18/7/2025 của Thủ tướng Chính phủ; Ủy ban nhân dân xã {commune} ban hành Kế hoạch thực hiện trên địa bàn xã như sau:"));

        // I. Objectives and targets.
        Add("I. MỤC ĐÍCH, YÊU CẦU", LineStyle.Heading);
        Add("1. Mục đích");
        Add(Adapt($"Triển khai đồng bộ các nhiệm vụ, giải pháp trên địa bàn xã {commune}, bảo đảm hiệu quả, thiết thực.", titleSource.File));
        Add("2. Chỉ tiêu");
        var targetCount = Math.Min(pool.Targets.Length, rng.Next(4, 9));
        var targetPicks = Enumerable.Range(0, pool.Targets.Length).ToList();
        NameMaker.Shuffle(targetPicks, rng);
        foreach (var t in targetPicks.Take(targetCount).Order()) Add("- " + ScaleText.Paraphrase(pool.Targets[t], dirs));

        // II. Tasks: each family's task from a random source, some removed, the rest numbered in family order.
        Add("II. NHIỆM VỤ, GIẢI PHÁP", LineStyle.Heading);
        var removed = pool.Families.Select(_ => rng.NextDouble() < removeRate).ToArray();
        for (var i = 0; removed.Count(r => !r) < Math.Min(MinTasks, removed.Length); i++) removed[i] = false;
        var slots = ImmutableArray.CreateBuilder<FamilySlot>();
        var taskNumber = 0;
        for (var f = 0; f < pool.Families.Length; f++)
        {
            var family = pool.Families[f];
            var variant = NameMaker.Pick(family.Variants, rng);
            if (removed[f])
            {
                slots.Add(new FamilySlot(family.Id, null, null, null));
                continue;
            }
            taskNumber++;
            var taskTitle = Adapt(variant.Task.Title, variant.Source);
            Add(string.Create(CultureInfo.InvariantCulture, $"{taskNumber}. {taskTitle}"));
            var items = variant.Task.Items.ToList();
            NameMaker.Shuffle(items, rng);
            var lettered = rng.Next(2) == 0 && items.Count <= ItemLabels.Length;
            for (var k = 0; k < items.Count; k++) Add((lettered ? ItemLabels[k] + ") " : "- ") + Adapt(items[k], variant.Source));
            slots.Add(new FamilySlot(family.Id, "II." + taskNumber.ToString(CultureInfo.InvariantCulture), variant.Source, taskTitle));
        }

        // III. Implementation: units and their duties.
        Add("III. TỔ CHỨC THỰC HIỆN", LineStyle.Heading);
        var unitPicks = Enumerable.Range(0, pool.Units.Length).ToList();
        NameMaker.Shuffle(unitPicks, rng);
        var unitNumber = 0;
        foreach (var u in unitPicks.Take(Math.Min(pool.Units.Length, rng.Next(3, 7))).Order())
        {
            var (source, unit) = NameMaker.Pick(pool.Units[u].Variants, rng);
            Add(string.Create(CultureInfo.InvariantCulture, $"{++unitNumber}. {Adapt(unit.Name, source)}"));
            foreach (var duty in unit.Duties) Add("- " + Adapt(duty, source));
        }
        Add(Adapt("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Ủy ban nhân dân xã để xem xét, giải quyết.", titleSource.File));

        // Recipients and signature (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 7 and 9).
        Add("Nơi nhận:", LineStyle.Heading);
        var recipientSource = NameMaker.Pick(pool.Sources, rng);
        var recipients = recipientSource.Plan.Recipients.IsDefaultOrEmpty ? ["Như trên", "Lưu: VT"] : recipientSource.Plan.Recipients;
        for (var r = 0; r < recipients.Length; r++) Add("- " + Adapt(recipients[r], recipientSource.File) + (r == recipients.Length - 1 ? "." : ";"));
        Add("TM. ỦY BAN NHÂN DÂN", LineStyle.Heading);
        Add("CHỦ TỊCH", LineStyle.Heading);
        Add(NameMaker.Person(rng), LineStyle.Heading);
        return new GeneratedPlan(stem, commune, [.. lines], slots.ToImmutable());
    }
}
