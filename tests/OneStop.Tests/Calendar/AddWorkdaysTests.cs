using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

public sealed class AddWorkdaysTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Fact]
    public void Acceptance_before_National_Day_counts_from_the_day_after_the_holiday()
    {
        // Accepted Monday 2024-09-30; 10-01..10-07 are off.
        var result = Calendar.AddWorkdays(new DateOnly(2024, 9, 30), 1);

        Assert.Equal(new DateOnly(2024, 10, 8), result.Date);
        Assert.Empty(result.UncoveredYears);
    }

    [Fact]
    public void Make_up_Saturday_after_National_Day_counts_as_a_working_day()
    {
        // 10-08..10-11, then Saturday 10-12 is a make-up working day.
        Assert.Equal(new DateOnly(2024, 10, 12), Calendar.AddWorkdays(new DateOnly(2024, 9, 30), 5).Date);
    }

    [Fact]
    public void Make_up_Sunday_before_Spring_Festival_counts_as_a_working_day()
    {
        // Accepted Friday 2024-02-02; Sunday 2024-02-04 is 调休上班.
        Assert.Equal(new DateOnly(2024, 2, 4), Calendar.AddWorkdays(new DateOnly(2024, 2, 2), 1).Date);
        Assert.True(Calendar.IsWorkday(new DateOnly(2024, 2, 4)));
    }

    [Fact]
    public void Statutory_twenty_day_limit_skips_the_National_Day_holiday()
    {
        // 行政许可法: decision within 20 working days of acceptance on Friday 2024-09-20.
        Assert.Equal(new DateOnly(2024, 10, 23), Calendar.AddWorkdays(new DateOnly(2024, 9, 20), 20).Date);
    }

    [Fact]
    public void Zero_working_days_is_the_acceptance_date_itself_even_on_a_holiday()
    {
        var nationalDay = new DateOnly(2024, 10, 1);

        var result = Calendar.AddWorkdays(nationalDay, 0);

        Assert.Equal(nationalDay, result.Date);
        Assert.Empty(result.UncoveredYears);
    }

    [Fact]
    public void Emergency_extension_of_Spring_Festival_2020_is_part_of_the_official_calendar()
    {
        // 国办发明电〔2020〕1号 extended the holiday to 2020-02-02.
        Assert.False(Calendar.IsWorkday(new DateOnly(2020, 1, 31)));
        Assert.Equal(new DateOnly(2020, 2, 3), Calendar.AddWorkdays(new DateOnly(2020, 1, 23), 1).Date);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(WorkingCalendar.MaxWorkdaysToAdd + 1)]
    public void Working_day_count_outside_the_supported_range_is_rejected(int workdays)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkdays(new DateOnly(2024, 1, 2), workdays));
    }

    [Fact]
    public void The_largest_supported_count_still_gives_a_date()
    {
        var from = new DateOnly(2024, 1, 2);

        var result = Calendar.AddWorkdays(from, WorkingCalendar.MaxWorkdaysToAdd);

        Assert.Equal(WorkingCalendar.MaxWorkdaysToAdd, Calendar.WorkdaysBetween(from, result.Date).Workdays);
        Assert.True(Calendar.IsWorkday(result.Date));
    }
}
