using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Review;

public sealed class AcceptedOnHolidayEveOnSqlite(SqliteFactory f) : AcceptedOnHolidayEveTests(f), IClassFixture<SqliteFactory>;
public sealed class AcceptedOnHolidayEveOnPostgres(PostgresFactory f) : AcceptedOnHolidayEveTests(f), IClassFixture<PostgresFactory>;

/// <summary>Accepted the Friday before national day 2024: the make-up Sunday counts, the holiday week does not.</summary>
public abstract class AcceptedOnHolidayEveTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public async Task A_case_accepted_on_2024_09_27_with_five_working_days_is_due_on_2024_10_10()
    {
        await using var own = await Factory.WithOwnClockAsync();
        own.MoveTo("2024-09-27");
        var s = new CaseScenario(own.Factory);
        var item = await s.PublishItemAsync(c => c with { StatutoryLimitDays = 5, PromisedLimitDays = 5 });
        var accepted = await s.AcceptedAsync(item);
        Assert.Equal("2024-09-27", accepted.Date("acceptedOn"));
        // 09-28 Sat off, 09-29 Sun make-up (1), 09-30 (2), 10-01..07 off, 10-08 (3), 10-09 (4), 10-10 (5).
        Assert.Equal("2024-10-10", accepted.Date("statutoryDueDate"));
        Assert.Equal("2024-10-10", accepted.Date("promisedDueDate"));
        Assert.Contains(accepted.Explanation(), l => l.Contains("国庆节放假") && l.Contains("09-29 国庆节调休上班"));
        // The first step's due date is counted on the same calendar.
        Assert.Equal("2024-10-10", accepted.GetProperty("steps")[0].GetProperty("dueDate").GetString());
    }
}
