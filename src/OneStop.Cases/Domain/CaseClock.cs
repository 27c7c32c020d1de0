using System.Globalization;
using OneStop.Platform.Calendar;

namespace OneStop.Cases.Domain;

/// <summary>
/// Time limits counted on the official working-day calendar, recomputed from the case's own record (acceptance
/// date, pauses, approved extensions) so every due date can be explained line by line (ADR 0016):
/// counting starts the working day after acceptance; days from a pause's start through its end are not counted;
/// an approved extension adds working days to the statutory limit; a pause still running is assumed to end today.
/// </summary>
public static class CaseClock
{
    public sealed record Due(DateOnly Date, IReadOnlyList<string> Explanation);

    /// <summary>The <paramref name="workdays"/>-th counted working day after <paramref name="start"/>.</summary>
    public static Due DueDate(WorkingCalendar calendar, DateOnly start, int workdays, IReadOnlyList<ClockPause> pauses,
        DateOnly today, string startLabel)
    {
        var lines = new List<string> { $"{startLabel} {Iso(start)}，自次日起计算 {workdays} 个工作日" };
        if (workdays == 0) return new Due(start, [.. lines, $"即办：当日办结，到期日 {Iso(start)}"]);
        var position = start;
        var left = workdays;
        foreach (var pause in pauses.OrderBy(p => p.StartedOn))
        {
            var end = pause.EndedOn ?? (today < pause.StartedOn ? pause.StartedOn : today);
            if (end <= position) continue;
            if (pause.StartedOn > position)
            {
                var before = pause.StartedOn.AddDays(-1);
                var available = calendar.WorkdaysBetween(position, before).Workdays;
                if (left <= available) break;
                if (available > 0) lines.Add(Segment(calendar, position, before, available));
                left -= available;
            }
            lines.Add(pause.EndedOn is null
                ? $"{pause.Label}：{Iso(pause.StartedOn)} 起暂停计时，尚未结束（按今日 {Iso(end)} 结束估算）"
                : $"{pause.Label}：{Iso(pause.StartedOn)} 至 {Iso(end)} 不计入时限，次日恢复计时");
            position = end;
        }
        var due = calendar.AddWorkdays(position, left).Date;
        lines.Add(Segment(calendar, position, due, left));
        lines.Add($"到期日：{Iso(due)}");
        return new Due(due, lines);
    }

    /// <summary>"2024-09-28 至 2024-10-10 计 5 个工作日（10-01 至 10-07 国庆节放假；09-29 国庆节调休上班）".</summary>
    private static string Segment(WorkingCalendar calendar, DateOnly after, DateOnly through, int counted)
    {
        var notes = new List<string>();
        var off = new List<(DateOnly Day, string Name)>();
        var makeUp = new List<(DateOnly Day, string Name)>();
        for (var d = after.AddDays(1); d <= through; d = d.AddDays(1))
        {
            if (calendar.Find(d) is not { } special) continue;
            if (special.IsOffDay) off.Add((d, special.Name)); else makeUp.Add((d, special.Name));
        }
        foreach (var group in off.GroupBy(o => o.Name))
            notes.Add($"{Short(group.First().Day)} 至 {Short(group.Last().Day)} {group.Key}放假");
        foreach (var m in makeUp) notes.Add($"{Short(m.Day)} {m.Name}调休上班");
        var text = $"{Iso(after.AddDays(1))} 至 {Iso(through)} 计 {counted} 个工作日";
        return notes.Count == 0 ? text : $"{text}（{string.Join("；", notes)}）";
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Short(DateOnly d) => d.ToString("MM-dd", CultureInfo.InvariantCulture);
}
