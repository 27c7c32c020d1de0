using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

public sealed class CalendarOverrideTests
{
    private static WorkingCalendar WithOverrides(params CalendarDay[] overrides) =>
        WorkingCalendar.Build(OfficialHolidays.Days, overrides, OfficialHolidays.FirstYear, OfficialHolidays.LastYear);

    [Fact]
    public void Emergency_day_off_on_a_weekday_moves_the_deadline_by_one_working_day()
    {
        var accepted = new DateOnly(2025, 2, 28); // Friday
        var closedMonday = new CalendarDay(new DateOnly(2025, 3, 3), true, "台风停工");

        var before = WorkingCalendar.Official.AddWorkdays(accepted, 5).Date;
        var after = WithOverrides(closedMonday).AddWorkdays(accepted, 5).Date;

        Assert.Equal(new DateOnly(2025, 3, 7), before);
        Assert.Equal(new DateOnly(2025, 3, 10), after);
    }

    [Fact]
    public void Weekend_declared_a_working_day_brings_the_deadline_forward()
    {
        var accepted = new DateOnly(2025, 3, 7); // Friday
        var workingSaturday = new CalendarDay(new DateOnly(2025, 3, 8), false, "集中攻坚");

        Assert.Equal(new DateOnly(2025, 3, 8), WithOverrides(workingSaturday).AddWorkdays(accepted, 1).Date);
    }

    [Fact]
    public void Override_replaces_the_official_entry_for_its_date()
    {
        var calendar = WithOverrides(new CalendarDay(new DateOnly(2024, 10, 7), false, "国庆节"));

        Assert.True(calendar.IsWorkday(new DateOnly(2024, 10, 7)));
        Assert.Equal(new DateOnly(2024, 10, 7), calendar.AddWorkdays(new DateOnly(2024, 9, 30), 1).Date);
        Assert.False(calendar.Find(new DateOnly(2024, 10, 7))!.IsOffDay);
        Assert.False(WorkingCalendar.Official.IsWorkday(new DateOnly(2024, 10, 7)));
    }

    [Fact]
    public void Days_entered_by_an_admin_for_a_year_without_notice_make_that_year_covered()
    {
        var newYear2027 = new CalendarDay(new DateOnly(2027, 1, 1), true, "元旦");
        var calendar = WithOverrides(newYear2027);

        var result = calendar.AddWorkdays(new DateOnly(2026, 12, 31), 1);

        Assert.Equal(new DateOnly(2027, 1, 4), result.Date); // Friday off, then the weekend
        Assert.Empty(result.UncoveredYears);
    }

    [Fact]
    public void Overrides_far_outside_the_precomputed_span_are_still_honoured()
    {
        var closed = new CalendarDay(new DateOnly(2200, 3, 3), true, "停工"); // Monday
        var calendar = WithOverrides(closed);

        Assert.Equal(new DateOnly(2200, 3, 4), calendar.AddWorkdays(new DateOnly(2200, 2, 28), 1).Date);
        Assert.Equal(3, calendar.WorkdaysBetween(new DateOnly(2200, 2, 28), new DateOnly(2200, 3, 6)).Workdays);
    }
}
