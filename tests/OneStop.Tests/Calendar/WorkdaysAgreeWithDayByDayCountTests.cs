using OneStop.Platform.Calendar;

namespace OneStop.Tests.Calendar;

public sealed class WorkdaysAgreeWithDayByDayCountTests
{
    private static readonly CalendarDay[] Overrides =
    [
        new(new DateOnly(2021, 7, 21), true, "暴雨停工"),
        new(new DateOnly(2023, 3, 11), false, "集中办理日"),
        new(new DateOnly(1949, 10, 3), true, "范围外"),
        new(new DateOnly(2151, 1, 3), false, "范围外"),
    ];

    public static TheoryData<string> Calendars => ["official", "with overrides"];

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Deadlines_match_a_day_by_day_count_for_random_acceptances_2005_to_2028(string which)
    {
        var (calendar, reference) = Build(which);
        var random = new Random(20240204);
        for (var i = 0; i < 20_000; i++)
        {
            var from = RandomDate(random, new DateOnly(2005, 1, 1), new DateOnly(2028, 12, 31));
            var workdays = i % 10 == 0 ? random.Next(0, 1000) : random.Next(0, 61);

            Assert.True(
                reference.AddWorkdays(from, workdays) == calendar.AddWorkdays(from, workdays).Date,
                $"AddWorkdays({from:yyyy-MM-dd}, {workdays})");
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Working_day_counts_match_a_day_by_day_count_for_random_periods(string which)
    {
        var (calendar, reference) = Build(which);
        var random = new Random(20241001);
        for (var i = 0; i < 3_000; i++)
        {
            var from = RandomDate(random, new DateOnly(2005, 1, 1), new DateOnly(2028, 12, 31));
            var to = from.AddDays(random.Next(-10, 400));

            Assert.True(
                reference.WorkdaysBetween(from, to) == calendar.WorkdaysBetween(from, to).Workdays,
                $"WorkdaysBetween({from:yyyy-MM-dd}, {to:yyyy-MM-dd})");
        }
    }

    [Theory]
    [InlineData("1949-09-20", "1950-02-01")]
    [InlineData("1900-01-01", "1952-06-30")]
    [InlineData("2150-11-15", "2151-03-01")]
    [InlineData("2149-01-01", "2200-01-01")]
    [InlineData("1940-01-01", "2160-01-01")]
    public void Counting_across_the_edges_of_the_precomputed_span_stays_exact(string fromText, string toText)
    {
        var (calendar, reference) = Build("with overrides");
        var from = DateOnly.Parse(fromText, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(toText, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(reference.WorkdaysBetween(from, to), calendar.WorkdaysBetween(from, to).Workdays);
        foreach (var workdays in new[] { 1, 10, 60, 500, WorkingCalendar.MaxWorkdaysToAdd })
        {
            Assert.Equal(reference.AddWorkdays(from, workdays), calendar.AddWorkdays(from, workdays).Date);
            Assert.Equal(reference.AddWorkdays(to, workdays), calendar.AddWorkdays(to, workdays).Date);
        }
    }

    private static (WorkingCalendar Calendar, DayByDayCalendar Reference) Build(string which)
    {
        var overrides = which == "official" ? [] : Overrides;
        var calendar = WorkingCalendar.Build(OfficialHolidays.Days, overrides, OfficialHolidays.FirstYear, OfficialHolidays.LastYear);
        return (calendar, new DayByDayCalendar(OfficialHolidays.Days.Concat(overrides)));
    }

    private static DateOnly RandomDate(Random random, DateOnly first, DateOnly last) =>
        DateOnly.FromDayNumber(random.Next(first.DayNumber, last.DayNumber + 1));
}
