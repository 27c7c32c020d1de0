using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

public sealed class UncoveredYearsTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;

    [Fact]
    public void Deadline_in_a_year_without_a_notice_is_counted_with_weekends_only_and_flagged()
    {
        var result = Calendar.AddWorkdays(new DateOnly(2030, 1, 4), 5); // Friday; no notice for 2030

        Assert.Equal(new DateOnly(2030, 1, 11), result.Date);
        Assert.Equal([2030], result.UncoveredYears);
    }

    [Fact]
    public void Deadline_crossing_into_next_year_flags_only_the_year_without_a_notice()
    {
        var result = Calendar.AddWorkdays(new DateOnly(2026, 12, 20), 20);

        Assert.Equal(2027, result.Date.Year);
        Assert.Equal([2027], result.UncoveredYears);
    }

    [Fact]
    public void Acceptance_on_the_last_day_of_a_covered_year_flags_the_next_year_only_when_counting_reaches_it()
    {
        Assert.Empty(Calendar.AddWorkdays(new DateOnly(2026, 12, 30), 1).UncoveredYears);
        Assert.Equal([2027], Calendar.AddWorkdays(new DateOnly(2026, 12, 31), 1).UncoveredYears);
    }

    [Fact]
    public void Counting_across_several_years_without_notices_lists_each_of_them()
    {
        var result = Calendar.WorkdaysBetween(new DateOnly(2025, 6, 1), new DateOnly(2030, 3, 1));

        Assert.Equal([2027, 2028, 2029, 2030], result.UncoveredYears);
    }

    [Fact]
    public void Years_before_the_first_notice_are_flagged_too()
    {
        Assert.Equal([2005, 2006], Calendar.WorkdaysBetween(new DateOnly(2005, 1, 1), new DateOnly(2007, 2, 1)).UncoveredYears);
    }
}
