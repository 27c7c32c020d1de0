using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

/// <summary>The obvious, slow reading of the rules, used as the oracle for the precomputed calendar.</summary>
internal sealed class DayByDayCalendar(IEnumerable<CalendarDay> days)
{
    private readonly Dictionary<DateOnly, bool> offDays = days
        .GroupBy(day => day.Date)
        .ToDictionary(group => group.Key, group => group.Last().IsOffDay);

    public bool IsWorkday(DateOnly date) =>
        offDays.TryGetValue(date, out var off) ? !off : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkdays(DateOnly from, int workdays)
    {
        var date = from;
        while (workdays > 0)
        {
            date = date.AddDays(1);
            if (IsWorkday(date))
            {
                workdays--;
            }
        }
        return date;
    }

    public int WorkdaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkday(date) ? 1 : 0;
        }
        return count;
    }
}
