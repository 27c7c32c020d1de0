using System.Globalization;
using OneStop.Platform.Errors;

namespace OneStop.Platform.Calendar;

/// <summary>Parses calendar query input strictly, so 2024-02-30 or "abc" get a 400 with a field error.</summary>
internal static class CalendarInput
{
    public const int MaxWorkdays = 10_000;

    public static DateOnly Date(Validator v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) { v.Add(field, "请提供日期（YYYY-MM-DD）", "calendar.invalid-date"); return default; }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            v.Add(field, $"“{Clip(text)}”不是有效日期，格式应为 YYYY-MM-DD", "calendar.invalid-date");
            return default;
        }
        if (date.Year is < 1900 or > 2200) v.Add(field, "日期须在 1900 至 2200 年之间", "calendar.invalid-date");
        return date;
    }

    public static int WorkdayCount(Validator v, string field, string? text)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            v.Add(field, "工作日数须为整数", "calendar.invalid-count");
            return 0;
        }
        if (n is < 0 or > MaxWorkdays) v.Add(field, $"工作日数须在 0 至 {MaxWorkdays} 之间", "calendar.invalid-count");
        return n;
    }

    public static IReadOnlyList<string> Warnings(IReadOnlyList<int> uncoveredYears) =>
        uncoveredYears.Select(y => $"{y} 年不在官方节假日数据范围内（{OfficialHolidays.FirstYear}–{OfficialHolidays.LastYear}），仅按周末计算").ToList();

    private static string Clip(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
