using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Review;

public sealed class SpecialProcedureIsNotCountedOnSqlite(SqliteFactory f) : SpecialProcedureIsNotCountedTests(f), IClassFixture<SqliteFactory>;
public sealed class SpecialProcedureIsNotCountedOnPostgres(PostgresFactory f) : SpecialProcedureIsNotCountedTests(f), IClassFixture<PostgresFactory>;

/// <summary>特别程序 days (here 专家评审 across national day 2026) are not counted; counting resumes the next day.</summary>
public abstract class SpecialProcedureIsNotCountedTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public async Task An_expert_review_from_2026_09_29_to_10_09_moves_the_statutory_due_date_to_10_16()
    {
        await using var own = await Factory.WithOwnClockAsync();
        own.MoveTo("2026-09-21");
        var s = new CaseScenario(own.Factory);
        var item = await s.PublishItemAsync(c => c with { StatutoryLimitDays = 10, PromisedLimitDays = 10 });
        var accepted = await s.AcceptedAsync(item);
        var id = accepted.GetProperty("id").GetInt64();
        Assert.Equal("2026-10-12", accepted.Date("statutoryDueDate"));

        own.MoveTo("2026-09-29");
        var approver = await s.SignInAsync("approver");
        var unknown = await approver.PostAsJsonAsync($"/api/cases/{id}/special-procedure", new { procedure = "喝茶", reason = "x" }, TestContext.Current.CancellationToken);
        Assert.Equal("case.unknown-procedure", (await CaseScenario.RefusedAsync(unknown, HttpStatusCode.BadRequest)).Code);
        var started = await s.PostAsync(approver, $"/api/cases/{id}/special-procedure", new { procedure = "专家评审", reason = "技术方案需专家论证" });
        Assert.Equal("SpecialProcedure", started.GetProperty("state").GetString());
        // Steps cannot move while the procedure lasts.
        var step = await approver.PostAsJsonAsync($"/api/cases/{id}/steps/complete", new { opinion = "x" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, step.StatusCode);

        own.MoveTo("2026-10-09");
        approver = await s.SignInAsync("approver");
        var ended = await s.PostAsync(approver, $"/api/cases/{id}/special-procedure/end", new { opinion = "专家评审通过" });
        Assert.Equal("InReview", ended.GetProperty("state").GetString());
        // 09-22..24 (3), 09-25..27 中秋节, 09-28 (4); 09-29..10-09 not counted; 10-10 Sat make-up (5), 10-12..16 (10).
        Assert.Equal("2026-10-16", ended.Date("statutoryDueDate"));
        Assert.Contains(ended.Explanation(), l => l.Contains("特别程序（专家评审）") && l.Contains("2026-09-29 至 2026-10-09"));
        Assert.Equal(["Submit", "AcceptWithDeferred", "StartSpecialProcedure", "EndSpecialProcedure"], CaseScenario.Actions(ended));
    }
}
