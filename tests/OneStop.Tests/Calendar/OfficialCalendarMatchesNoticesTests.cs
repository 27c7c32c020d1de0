using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

public sealed class OfficialCalendarMatchesNoticesTests
{
    [Fact]
    public void Shipped_calendar_lists_exactly_the_days_of_the_State_Council_notices()
    {
        var notices = SharedHolidayNotices.Load(SharedData.RequireRoot());

        var shipped = OfficialHolidays.Days.ToDictionary(day => day.Date);

        Assert.Equal(notices.Count, shipped.Count);
        foreach (var (date, notice) in notices)
        {
            Assert.True(shipped.TryGetValue(date, out var day), $"{date:yyyy-MM-dd} missing from the shipped calendar");
            Assert.Equal(notice, day);
        }
    }

    [Fact]
    public void Every_day_from_2007_to_2026_is_a_working_day_exactly_when_the_notices_say_so()
    {
        var notices = SharedHolidayNotices.Load(SharedData.RequireRoot());
        var calendar = WorkingCalendar.Official;

        var mismatches = new List<string>();
        for (var date = new DateOnly(2007, 1, 1); date <= new DateOnly(2026, 12, 31); date = date.AddDays(1))
        {
            var expected = notices.TryGetValue(date, out var day)
                ? !day.IsOffDay
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (calendar.IsWorkday(date) != expected)
            {
                mismatches.Add($"{date:yyyy-MM-dd} expected {(expected ? "workday" : "day off")}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Shipped_calendar_covers_every_year_with_a_published_notice()
    {
        var (first, last) = SharedHolidayNotices.PublishedYears(SharedData.RequireRoot());

        Assert.Equal((first, last), (OfficialHolidays.FirstYear, OfficialHolidays.LastYear));
        Assert.Equal((first, last), (WorkingCalendar.Official.FirstCoveredYear, WorkingCalendar.Official.LastCoveredYear));
    }

    [Fact]
    public void Shipped_days_are_sorted_by_date()
    {
        var dates = OfficialHolidays.Days.Select(day => day.Date).ToList();

        Assert.Equal(dates.Order(), dates);
    }
}
