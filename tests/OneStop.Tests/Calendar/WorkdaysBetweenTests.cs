using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

public sealed class WorkdaysBetweenTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Fact]
    public void National_Day_week_adds_only_one_working_day()
    {
        var result = Calendar.WorkdaysBetween(new DateOnly(2024, 9, 30), new DateOnly(2024, 10, 8));

        Assert.Equal(1, result.Workdays);
        Assert.Empty(result.UncoveredYears);
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    public void A_year_has_the_published_number_of_working_days(int year, int workdays)
    {
        var result = Calendar.WorkdaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

        Assert.Equal(workdays, result.Workdays);
    }

    [Fact]
    public void Same_day_counts_no_working_days()
    {
        var day = new DateOnly(2024, 3, 5);

        Assert.Equal(0, Calendar.WorkdaysBetween(day, day).Workdays);
    }

    [Fact]
    public void End_before_start_counts_no_working_days()
    {
        var result = Calendar.WorkdaysBetween(new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 1));

        Assert.Equal(0, result.Workdays);
        Assert.Empty(result.UncoveredYears);
    }

    [Fact]
    public void Counting_back_the_working_days_added_gives_the_same_number()
    {
        var from = new DateOnly(2023, 12, 29);
        foreach (var workdays in new[] { 1, 5, 20, 45, 250, 1000 })
        {
            var deadline = Calendar.AddWorkdays(from, workdays).Date;

            Assert.Equal(workdays, Calendar.WorkdaysBetween(from, deadline).Workdays);
        }
    }
}
