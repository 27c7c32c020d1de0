using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Privacy;

namespace OneStop.Cases.Export;

/// <summary>The export as a table: Chinese headers, one row per case (a bundle's parts each their own row).</summary>
public sealed record CaseExportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// 办件信息 for the national case upload (全国一体化政务服务平台办件信息): every case submitted in a range of Beijing dates,
/// with the item's codes, the applicant (a person's resident ID masked; an organisation's credit code is public
/// registration data and stays), where it is handled, its dates (ISO, Beijing) and its result. The CLI and the API
/// write the same rows; they only choose the file format.
/// </summary>
public static class CaseExport
{
    /// <summary>The most days one export may span: a year of a province's cases is already a very large file.</summary>
    public const int MaxDays = 366;

    public static readonly IReadOnlyList<string> Columns =
    [
        "办件编号", "事项名称", "实施编码", "基本编码", "事项版本", "办件类型", "主件编号", "申请人类型", "申请人名称", "证件号码",
        "受理部门", "区划代码", "申请方式", "提交时间", "受理日期", "承诺办结日期", "法定办结日期", "办结时间", "办理结果",
        "特别程序", "延期", "状态",
    ];

    /// <summary>The range as typed (YYYY-MM-DD, both days included), or a 400 that says in Chinese what is wrong.</summary>
    public static (DateOnly From, DateOnly To) ParseRange(string? from, string? to)
    {
        var v = new Validator();
        var start = ParseDay(v, "from", from, "开始日期");
        var end = ParseDay(v, "to", to, "结束日期");
        if (start is { } a && end is { } b)
        {
            if (b < a) v.Add("to", "结束日期不能早于开始日期", "case.export-invalid-range");
            else if (b.DayNumber - a.DayNumber + 1 > MaxDays) v.Add("to", $"一次最多导出 {MaxDays} 天的办件", "case.export-invalid-range");
        }
        v.ThrowIfInvalid("case.export-invalid-range");
        return (start!.Value, end!.Value);
    }

    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2099, 12, 31);

    private static DateOnly? ParseDay(Validator v, string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            v.Add(field, $"请填写{label}（格式 YYYY-MM-DD）", "case.export-invalid-range");
            return null;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            v.Add(field, $"{label}不是有效日期（格式 YYYY-MM-DD，如 2026-11-01）", "case.export-invalid-range");
        // Beyond these, the day's start in UTC (or the day after) does not exist: no case was ever submitted there.
        else if (day < Earliest || day > Latest)
            v.Add(field, $"{label}应在 {Earliest:yyyy-MM-dd} 至 {Latest:yyyy-MM-dd} 之间", "case.export-invalid-range");
        else return day;
        return null;
    }

    /// <param name="regionPrefix">Only cases received in this region and below (the caller's scope); null for all (the CLI).</param>
    public static async Task<CaseExportTable> BuildAsync(CasesDbContext db, DateOnly from, DateOnly to, string? regionPrefix,
        CancellationToken ct)
    {
        var start = ChinaTime.StartOfDayUtc(from);
        var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
        var query = db.Cases.AsNoTracking().Where(c => c.SubmittedAt >= start && c.SubmittedAt < end);
        if (!string.IsNullOrEmpty(regionPrefix)) query = query.Where(c => c.RegionCode.StartsWith(regionPrefix));
        var cases = await query.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Number).ToListAsync(ct);
        var byId = cases.ToDictionary(c => c.Id);
        // A main case is received by the window, not a department: it names the departments of its parts.
        var partDepartments = cases.Where(c => c.ParentId is not null).GroupBy(c => c.ParentId!.Value)
            .ToDictionary(g => g.Key, g => string.Join("、", g.Select(p => p.DepartmentName).Distinct()));
        var rows = cases
            .OrderBy(c => c.ParentId is { } p && byId.TryGetValue(p, out var main) ? main.Number : c.Number, StringComparer.Ordinal)
            .ThenBy(c => c.Number, StringComparer.Ordinal)
            .Select(c => Row(c, c.ParentId is { } p && byId.TryGetValue(p, out var main) ? main.Number : null,
                partDepartments.GetValueOrDefault(c.Id)))
            .ToList();
        return new CaseExportTable(Columns, rows);
    }

    internal static IReadOnlyList<string> Row(Case c, string? mainNumber, string? partDepartments) =>
    [
        c.Number ?? "",
        c.ItemName,
        c.ItemCode,
        c.Item?.BasicCode ?? "",
        c.Item is { } item ? item.VersionNumber.ToString(CultureInfo.InvariantCulture) : "",
        c.Kind switch { CaseKind.Single => "单事项", CaseKind.Bundle => "一件事主件", _ => "子件" },
        c.Kind == CaseKind.BundlePart ? mainNumber ?? MainNumberOf(c.Number) : "",
        c.Applicant.Type.Chinese(),
        c.Applicant.Name,
        c.Applicant.Type == ApplicantType.Citizen ? PersonalData.MaskResidentId(c.Applicant.IdNumber) ?? "" : c.Applicant.IdNumber,
        c.Kind == CaseKind.Bundle ? partDepartments ?? "" : c.DepartmentName,
        c.RegionCode,
        c.Channel.Chinese(),
        Time(c.SubmittedAt),
        Date(c.AcceptedOn),
        Date(c.PromisedDueDate),
        Date(c.StatutoryDueDate),
        Time(c.DecidedAt),
        Result(c),
        string.Join("；", c.Pauses.Where(p => p.Kind == PauseKind.SpecialProcedure)
            .Select(p => $"{p.Name} {Date(p.StartedOn)} 至 {(p.EndedOn is { } e ? Date(e) : "进行中")}")),
        c.Extensions.Where(e => e.Status == ExtensionStatus.Approved).Sum(e => e.Days) is var days and > 0
            ? days.ToString(CultureInfo.InvariantCulture) : "",
        c.State.Chinese(),
    ];

    /// <summary>办理结果 in the upload's words: the decision once decided, else how the case ended, else 办理中.</summary>
    internal static string Result(Case c) => c.State switch
    {
        CaseState.Decided => c.Decision?.Chinese() ?? "",
        CaseState.Refused => "不予受理",
        CaseState.Withdrawn => "撤回",
        _ => "办理中",
    };

    /// <summary>A part's number is its main case's number with "-n" appended (when the main case is outside the range).</summary>
    private static string MainNumberOf(string? number) =>
        number is { } n && n.LastIndexOf('-') is var i and > 0 ? n[..i] : "";

    private static string Date(DateOnly? d) => d is { } v ? CaseClock.Iso(v) : "";

    private static string Time(DateTime? utc) =>
        utc is { } u ? ChinaTime.ToBeijing(u).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : "";
}
