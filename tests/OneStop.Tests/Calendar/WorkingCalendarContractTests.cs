using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Calendar;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Calendar;

/// <summary>Other modules count deadlines through IWorkingCalendar, with the overrides in force, never Platform's tables.</summary>
public sealed class WorkingCalendarContractTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_module_counts_a_deadline_over_the_National_Day_holiday_with_the_injected_calendar()
    {
        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<IWorkingCalendar>().AddWorkdaysAsync(new DateOnly(2024, 9, 30), 1, Ct));
        Assert.Equal(new DateOnly(2024, 10, 8), result.Date);
        var between = await factory.WithScopeAsync(sp => sp.GetRequiredService<IWorkingCalendar>().WorkdaysBetweenAsync(new DateOnly(2024, 9, 30), new DateOnly(2024, 10, 8), Ct));
        Assert.Equal(1, between.Workdays);
    }

    [Fact]
    public async Task Today_is_the_Beijing_date_of_the_platform_clock()
    {
        var today = factory.WithScope(sp => sp.GetRequiredService<IWorkingCalendar>().Today);
        Assert.Equal(DateOnly.FromDateTime(OneStopFactory.Now.ToOffset(TimeSpan.FromHours(8)).DateTime), today);
        Assert.True(await factory.WithScopeAsync(sp => sp.GetRequiredService<IWorkingCalendar>().IsWorkdayAsync(today, Ct))); // a Monday
    }
}
