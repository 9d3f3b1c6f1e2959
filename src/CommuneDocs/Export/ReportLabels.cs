using System.Globalization;
using CommuneDocs.Model;

namespace CommuneDocs.Export;

/// <summary>
/// Every word a person reads in a report (the gaps page, the workbook, the terminal tables of <c>gaps</c> and
/// <c>search</c>), in one place, per <see cref="ReportLanguage"/>. The Vietnamese words are the ones commune offices
/// write in their plans: nhiệm vụ, chỉ tiêu, đơn vị chủ trì / phối hợp, thời hạn, trích yếu; kinds as a kind heading
/// names them (Kế hoạch, Quyết định); dates as dd/MM/yyyy, a month as MM/yyyy, a quarter as "Quý III/2025".
/// </summary>
internal sealed class ReportLabels
{
    /// <summary>The labels of a language.</summary>
    public static ReportLabels For(ReportLanguage language) => language == ReportLanguage.English ? English : Vietnamese;

    // ---- Page ----
    public required string HtmlLang { get; init; }
    public required string PageTitle { get; init; }
    public required Func<int, int, int, int, string> Summary { get; init; }
    public required string GapMeaning { get; init; }
    public required string Has { get; init; }
    public required string Missing { get; init; }
    public required string Partial { get; init; }
    public required string Unshared { get; init; }
    public required string HasMeaning { get; init; }
    public required string MissingMeaning { get; init; }
    public required string PartialMeaning { get; init; }
    public required string UnsharedMeaning { get; init; }
    public required string LegendTitle { get; init; }
    public required string SortFamilies { get; init; }
    public required string FamiliesInOrder { get; init; }
    public required string FamiliesMostMissed { get; init; }
    public required string SortCommunes { get; init; }
    public required string CommunesInOrder { get; init; }
    public required string CommunesByName { get; init; }
    public required Func<int, int, int, string> GroupHeading { get; init; }
    public required string FamilyColumn { get; init; }
    public required Func<int, int, string> MissingIn { get; init; }
    public required string MissingPerPlan { get; init; }
    public required string Close { get; init; }
    public required Func<string, string, string> PlanHas { get; init; }
    public required Func<string, string, string> PlanLacks { get; init; }
    public required string NotAGap { get; init; }
    public required Func<string, string, string> TaskOf { get; init; }
    public required Func<string, string> Similarity { get; init; }
    public required Func<int, int, bool, string> SiblingsHaveIt { get; init; }
    public required string PartialTask { get; init; }
    public required string NotCompared { get; init; }
    public required string File { get; init; }
    public required string Page { get; init; }
    public required Func<int, string> OnPage { get; init; }
    public required string CommitmentsHeading { get; init; }
    public required string CommitmentsMeaning { get; init; }
    public required string NoCommitmentFindings { get; init; }
    public required string WeakerTarget { get; init; }
    public required string LaterDeadline { get; init; }
    public required string SiblingsCommit { get; init; }
    public required string Year { get; init; }

    // ---- Workbook ----
    public required string PlansSheet { get; init; }
    public required string TasksSheet { get; init; }
    public required string TargetsSheet { get; init; }
    public required string UnitsSheet { get; init; }
    public required Func<string, int, string> TableSheet { get; init; }
    public required string Commune { get; init; }
    public required string Kind { get; init; }
    public required string NumberAndSymbol { get; init; }
    public required string IssueDate { get; init; }
    public required string IssueDateAsWritten { get; init; }
    public required string Title { get; init; }
    public required string Issuer { get; init; }
    public required string SignerName { get; init; }
    public required string SignerPosition { get; init; }
    public required string TaskCount { get; init; }
    public required string TargetCount { get; init; }
    public required string Files { get; init; }
    public required string TaskId { get; init; }
    public required string Task { get; init; }
    public required string Items { get; init; }
    public required string Lead { get; init; }
    public required string Support { get; init; }
    public required string Deadline { get; init; }
    public required string DeadlineAsWritten { get; init; }
    public required string Recurring { get; init; }
    public required string Target { get; init; }
    public required string Comparison { get; init; }
    public required string Value { get; init; }
    public required string MeasureUnit { get; init; }
    public required string Unit { get; init; }
    public required string UnitFullName { get; init; }
    public required string Duty { get; init; }
    public required string Group { get; init; }
    public required Func<int, string> GroupLevel { get; init; }
    public required Func<int, string> Column { get; init; }
    public required string PrintFooter { get; init; }

    // ---- Terminal ----
    public required Func<string, string, string> NoSibling { get; init; }
    public required Func<string, string, int, int, string> PlanGapsLine { get; init; }
    public required string CoveredInPart { get; init; }
    public required Func<string, string> NoMatch { get; init; }
    public required string Relevance { get; init; }
    public required Func<int, bool, string> InPlaces { get; init; }
    public required Func<int, string> MorePlaces { get; init; }
    public required Func<string, string> ProvincialPlan { get; init; }
    public required string NoCommune { get; init; }
    public required string PageAbbreviation { get; init; }
    public required string AlsoFiles { get; init; }

    // ---- Values ----
    public required Func<DocumentKind, string> KindName { get; init; }
    public required Func<SourceFormat, string> FormatName { get; init; }
    public required Func<string, string> ClauseKindName { get; init; }
    public required Func<Comparator, string> ComparatorWord { get; init; }
    public required Func<int, string> QuarterName { get; init; }
    public required char DecimalSeparator { get; init; }
    public required Func<string, string> ClausePath { get; init; }

    /// <summary>A full date as dd/MM/yyyy; a month as MM/yyyy; a quarter as "Quý III/2025" ("Q3/2025"); a year as yyyy.</summary>
    public string Date(PartialDate date)
    {
        var inv = CultureInfo.InvariantCulture;
        if (date.Quarter is { } q) return QuarterName(q) + "/" + date.Year.ToString("D4", inv);
        if (date.Month is not { } m) return date.Year.ToString("D4", inv);
        return date.Day is { } d ? string.Create(inv, $"{d:D2}/{m:D2}/{date.Year:D4}") : string.Create(inv, $"{m:D2}/{date.Year:D4}");
    }

    /// <summary>A number with the language's decimal separator ("0,93" in Vietnamese).</summary>
    public string Number(double value, string format = "0.00") =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace('.', DecimalSeparator);

    /// <summary>A target's commitment in words: "tối thiểu 90%", "dưới 8 phút".</summary>
    public string TargetValue(Comparator comparator, decimal value, string unit)
    {
        var number = value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', DecimalSeparator);
        var amount = unit == "%" ? number + "%" : number + " " + unit;
        var word = ComparatorWord(comparator);
        return word.Length == 0 ? amount : word + " " + amount;
    }

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    /// <summary>Vietnamese, the default.</summary>
    public static ReportLabels Vietnamese { get; } = new()
    {
        HtmlLang = "vi",
        PageTitle = "Nhiệm vụ còn thiếu so với kế hoạch của các xã cùng thực hiện",
        Summary = (plans, groups, families, gaps) =>
            $"So sánh {plans} kế hoạch, {groups} nhóm kế hoạch cùng thực hiện một văn bản cấp trên, {families} nhóm nhiệm vụ; {gaps} nhiệm vụ còn thiếu.",
        GapMeaning = "Nhiệm vụ còn thiếu là nhiệm vụ mà kế hoạch của nhiều xã khác trong nhóm có nhưng kế hoạch này chưa có. Chạm vào một ô để xem nội dung.",
        Has = "Có",
        Missing = "Thiếu",
        Partial = "Có một phần",
        Unshared = "Ít xã có",
        HasMeaning = "kế hoạch có nhiệm vụ này (ghi số mục của nhiệm vụ)",
        MissingMeaning = "kế hoạch chưa có nhiệm vụ mà nhiều xã khác có",
        PartialMeaning = "chưa có nhiệm vụ riêng, nhưng một nhiệm vụ rộng hơn của kế hoạch (ghi số mục) có nêu một phần",
        UnsharedMeaning = "kế hoạch không có, nhưng quá ít xã khác có nên không tính là thiếu",
        LegendTitle = "Cách đọc bảng",
        SortFamilies = "Nhiệm vụ",
        FamiliesInOrder = "theo thứ tự",
        FamiliesMostMissed = "thiếu nhiều trước",
        SortCommunes = "Xã",
        CommunesInOrder = "theo thứ tự",
        CommunesByName = "theo tên",
        GroupHeading = (group, plans, families) => $"Nhóm {group}: {plans} kế hoạch, {families} nhóm nhiệm vụ",
        FamilyColumn = "Nhiệm vụ",
        MissingIn = (missing, plans) => $"thiếu ở {missing}/{plans} xã",
        MissingPerPlan = "Số nhiệm vụ thiếu",
        Close = "Đóng",
        PlanHas = (commune, family) => $"{commune} có nhiệm vụ {family}",
        PlanLacks = (commune, family) => $"{commune} thiếu nhiệm vụ {family}",
        NotAGap = "không tính là thiếu",
        TaskOf = (task, file) => $"Nhiệm vụ {task}, tệp {file}",
        Similarity = score => $"mức tương đồng với nhóm {score}",
        SiblingsHaveIt = (have, siblings, few) => few ? $"Chỉ {have} trên {siblings} kế hoạch khác trong nhóm có nhiệm vụ này:" : $"{have} trên {siblings} kế hoạch khác trong nhóm có nhiệm vụ này:",
        PartialTask = "Nhiệm vụ rộng hơn của kế hoạch có nêu một phần:",
        NotCompared = "Không so sánh: không có kế hoạch cùng nhóm",
        File = "Tệp",
        Page = "Trang",
        OnPage = page => $"trang {page}",
        CommitmentsHeading = "Cam kết thấp hơn các xã khác",
        CommitmentsMeaning = "Cùng một chỉ tiêu hoặc cùng một việc, kế hoạch của xã đặt mức thấp hơn hoặc thời hạn muộn hơn phần lớn các xã khác trong nhóm.",
        NoCommitmentFindings = "Không có chỉ tiêu thấp hơn hay thời hạn muộn hơn các xã khác.",
        WeakerTarget = "Chỉ tiêu thấp hơn",
        LaterDeadline = "Thời hạn muộn hơn",
        SiblingsCommit = "Các xã khác:",
        Year = "Năm",
        PlansSheet = "Kế hoạch",
        TasksSheet = "Nhiệm vụ",
        TargetsSheet = "Chỉ tiêu",
        UnitsSheet = "Đơn vị thực hiện",
        TableSheet = (plan, n) => $"{plan} - Bảng {n}",
        Commune = "Xã",
        Kind = "Loại văn bản",
        NumberAndSymbol = "Số, ký hiệu",
        IssueDate = "Ngày ban hành",
        IssueDateAsWritten = "Ngày ban hành (chưa đủ ngày)",
        Title = "Trích yếu",
        Issuer = "Cơ quan ban hành",
        SignerName = "Người ký",
        SignerPosition = "Chức vụ người ký",
        TaskCount = "Số nhiệm vụ",
        TargetCount = "Số chỉ tiêu",
        Files = "Tệp",
        TaskId = "Mục",
        Task = "Nhiệm vụ",
        Items = "Nội dung",
        Lead = "Đơn vị chủ trì",
        Support = "Đơn vị phối hợp",
        Deadline = "Thời hạn",
        DeadlineAsWritten = "Thời hạn (tháng, quý, năm)",
        Recurring = "Thường xuyên",
        Target = "Chỉ tiêu",
        Comparison = "So sánh",
        Value = "Giá trị",
        MeasureUnit = "Đơn vị tính",
        Unit = "Đơn vị",
        UnitFullName = "Tên đầy đủ",
        Duty = "Nhiệm vụ được giao",
        Group = "Nhóm",
        GroupLevel = level => $"Nhóm {level}",
        Column = n => $"Cột {n}",
        PrintFooter = "Trang &P/&N",
        NoSibling = (commune, file) => $"{commune} ({file}): không có kế hoạch cùng nhóm; không so sánh.",
        PlanGapsLine = (commune, file, group, missing) => missing == 0
            ? $"{commune} ({file}), nhóm {group}: không thiếu nhiệm vụ nào"
            : $"{commune} ({file}), nhóm {group}: thiếu {missing} nhiệm vụ",
        CoveredInPart = "có một phần ở",
        NoMatch = text => $"Không có nội dung nào khớp với \"{text}\".",
        Relevance = "mức phù hợp",
        InPlaces = (count, plans) => plans ? $"trong {count} kế hoạch" : $"tại {count} vị trí",
        MorePlaces = count => $"… và {count} vị trí khác",
        ProvincialPlan = province => $"{province} (tỉnh)",
        NoCommune = "(không rõ xã)",
        PageAbbreviation = "tr.",
        AlsoFiles = "cùng",
        KindName = kind => kind switch
        {
            DocumentKind.Plan => "Kế hoạch",
            DocumentKind.Decision => "Quyết định",
            DocumentKind.Report => "Báo cáo",
            DocumentKind.Letter => "Công văn",
            _ => "Khác",
        },
        FormatName = format => format switch
        {
            SourceFormat.Docx => "Word",
            SourceFormat.Pdf => "PDF",
            SourceFormat.Markdown => "Markdown",
            SourceFormat.Html => "HTML",
            _ => "Văn bản",
        },
        ClauseKindName = kind => kind switch
        {
            "task" => "nhiệm vụ",
            "item" => "nội dung nhiệm vụ",
            "target" => "chỉ tiêu",
            "duty" => "nhiệm vụ của đơn vị",
            "row" => "dòng bảng",
            _ => "mục",
        },
        ComparatorWord = c => c switch
        {
            Comparator.Less => "dưới",
            Comparator.AtMost => "tối đa",
            Comparator.AtLeast => "tối thiểu",
            Comparator.Greater => "trên",
            _ => "",
        },
        QuarterName = q => "Quý " + Roman(q),
        DecimalSeparator = ',',
        ClausePath = path => path.Replace("target ", "chỉ tiêu ", StringComparison.Ordinal)
            .Replace("table ", "bảng ", StringComparison.Ordinal).Replace(" row ", " dòng ", StringComparison.Ordinal),
    };

    /// <summary>English, with <c>--lang en</c>.</summary>
    public static ReportLabels English { get; } = new()
    {
        HtmlLang = "en",
        PageTitle = "Tasks missing against the plans of sibling communes",
        Summary = (plans, groups, families, gaps) =>
            $"{plans} plans compared, {groups} groups of plans that implement one upper-level document, {families} task families; {gaps} missing tasks.",
        GapMeaning = "A missing task is one that several other plans of the group have and this plan lacks. Tap a cell to read it.",
        Has = "Has",
        Missing = "Missing",
        Partial = "Partly",
        Unshared = "Few have it",
        HasMeaning = "the plan has a task of this family (its item number is shown)",
        MissingMeaning = "the plan lacks a task that several other communes have",
        PartialMeaning = "no task of its own, but a broader task of the plan (number shown) states part of it",
        UnsharedMeaning = "the plan lacks it, but too few other communes have it for it to count as missing",
        LegendTitle = "How to read the table",
        SortFamilies = "Tasks",
        FamiliesInOrder = "in order",
        FamiliesMostMissed = "most missed first",
        SortCommunes = "Communes",
        CommunesInOrder = "in order",
        CommunesByName = "by name",
        GroupHeading = (group, plans, families) => $"Group {group}: {plans} plans, {families} task families",
        FamilyColumn = "Task",
        MissingIn = (missing, plans) => $"missing in {missing}/{plans} communes",
        MissingPerPlan = "Missing tasks",
        Close = "Close",
        PlanHas = (commune, family) => $"{commune} has task {family}",
        PlanLacks = (commune, family) => $"{commune} lacks task {family}",
        NotAGap = "not counted as missing",
        TaskOf = (task, file) => $"Task {task}, file {file}",
        Similarity = score => $"similarity to the family {score}",
        SiblingsHaveIt = (have, siblings, few) => few ? $"Only {have} of the {siblings} other plans of the group have it:" : $"{have} of the {siblings} other plans of the group have it:",
        PartialTask = "A broader task of the plan states part of it:",
        NotCompared = "Not compared: no sibling plan",
        File = "File",
        Page = "Page",
        OnPage = page => $"page {page}",
        CommitmentsHeading = "Commitments below the other communes'",
        CommitmentsMeaning = "For the same target or the same work, the commune's plan sets a lower level or a later deadline than most other communes of the group.",
        NoCommitmentFindings = "No target lower and no deadline later than the other communes'.",
        WeakerTarget = "Lower target",
        LaterDeadline = "Later deadline",
        SiblingsCommit = "Other communes:",
        Year = "Year",
        PlansSheet = "Plans",
        TasksSheet = "Tasks",
        TargetsSheet = "Targets",
        UnitsSheet = "Units",
        TableSheet = (plan, n) => $"{plan} - Table {n}",
        Commune = "Commune",
        Kind = "Kind",
        NumberAndSymbol = "Number",
        IssueDate = "Date of issue",
        IssueDateAsWritten = "Date of issue (not to the day)",
        Title = "Title",
        Issuer = "Issuer",
        SignerName = "Signed by",
        SignerPosition = "Signer's position",
        TaskCount = "Tasks",
        TargetCount = "Targets",
        Files = "Files",
        TaskId = "Item",
        Task = "Task",
        Items = "Content",
        Lead = "Lead unit",
        Support = "Supporting units",
        Deadline = "Deadline",
        DeadlineAsWritten = "Deadline (month, quarter, year)",
        Recurring = "Ongoing",
        Target = "Target",
        Comparison = "Comparison",
        Value = "Value",
        MeasureUnit = "Unit of measure",
        Unit = "Unit",
        UnitFullName = "Full name",
        Duty = "Duty",
        Group = "Group",
        GroupLevel = level => $"Group {level}",
        Column = n => $"Column {n}",
        PrintFooter = "Page &P of &N",
        NoSibling = (commune, file) => $"{commune} ({file}): no sibling plan; not compared.",
        PlanGapsLine = (commune, file, group, missing) => missing == 0
            ? $"{commune} ({file}), group {group}: nothing missing"
            : $"{commune} ({file}), group {group}: {missing} missing",
        CoveredInPart = "partly in",
        NoMatch = text => $"No clause matches \"{text}\".",
        Relevance = "relevance",
        InPlaces = (count, plans) => plans ? (count == 1 ? "in 1 plan" : $"in {count} plans") : $"in {count} places",
        MorePlaces = count => $"… and {count} more",
        ProvincialPlan = province => $"{province} (province)",
        NoCommune = "(no commune)",
        PageAbbreviation = "p.",
        AlsoFiles = "also",
        KindName = kind => kind switch
        {
            DocumentKind.Plan => "Plan",
            DocumentKind.Decision => "Decision",
            DocumentKind.Report => "Report",
            DocumentKind.Letter => "Letter",
            _ => "Other",
        },
        FormatName = format => format switch
        {
            SourceFormat.Docx => "Word",
            SourceFormat.Pdf => "PDF",
            SourceFormat.Markdown => "Markdown",
            SourceFormat.Html => "HTML",
            _ => "Text",
        },
        ClauseKindName = kind => kind,
        ComparatorWord = c => c switch
        {
            Comparator.Less => "under",
            Comparator.AtMost => "at most",
            Comparator.AtLeast => "at least",
            Comparator.Greater => "over",
            _ => "",
        },
        QuarterName = q => "Q" + q.ToString(CultureInfo.InvariantCulture),
        DecimalSeparator = '.',
        ClausePath = path => path,
    };
}
