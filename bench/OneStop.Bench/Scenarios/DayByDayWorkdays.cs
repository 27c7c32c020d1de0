using OneStop.Platform.Calendar;

namespace OneStop.Bench.Scenarios;

/// <summary>The straightforward implementation a deadline calculator usually starts with: step one day at a time.</summary>
internal sealed class DayByDayWorkdays(IEnumerable<CalendarDay> days)
{
    private readonly HashSet<DateOnly> _offDays = [.. days.Where(day => day.IsOffDay).Select(day => day.Date)];
    private readonly HashSet<DateOnly> _makeUpDays = [.. days.Where(day => !day.IsOffDay).Select(day => day.Date)];

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

    private bool IsWorkday(DateOnly date) =>
        _makeUpDays.Contains(date)
        || (!_offDays.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
}
