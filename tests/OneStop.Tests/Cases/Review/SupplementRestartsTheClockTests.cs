using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Review;

public sealed class SupplementRestartsTheClockOnSqlite(SqliteFactory f) : SupplementRestartsTheClockTests(f), IClassFixture<SqliteFactory>;
public sealed class SupplementRestartsTheClockOnPostgres(PostgresFactory f) : SupplementRestartsTheClockTests(f), IClassFixture<PostgresFactory>;

/// <summary>补正 during review stops the clock; the answer restarts it the next day (dates as in CaseClockTests).</summary>
public abstract class SupplementRestartsTheClockTests(OneStopFactory factory) : ApiTests(factory)
{
    [Fact]
    public async Task A_review_supplement_from_2025_01_24_answered_on_2025_02_05_moves_the_due_date_past_spring_festival()
    {
        await using var own = await Factory.WithOwnClockAsync();
        own.MoveTo("2025-01-20");
        var s = new CaseScenario(own.Factory);
        var item = await s.PublishItemAsync(c => c with { StatutoryLimitDays = 10, PromisedLimitDays = 5 });
        var accepted = await s.AcceptedAsync(item);
        var id = accepted.GetProperty("id").GetInt64();
        Assert.Equal("2025-01-20", accepted.Date("acceptedOn"));
        // Without a pause: 01-21..24 (4), 01-26 Sun make-up (5), 01-27 (6), 02-05 (7), 02-06 (8), 02-07 (9), 02-08 Sat make-up (10).
        Assert.Equal("2025-02-08", accepted.Date("statutoryDueDate"));

        own.MoveTo("2025-01-24");
        var approver = await s.SignInAsync("approver");
        var paused = await s.PostAsync(approver, $"/api/cases/{id}/review-supplement", new
        {
            items = new[] { new { material = "设备设施布局和操作流程文件", problem = "布局图缺少排水设施" } }, note = "请补正布局图",
        });
        Assert.Equal("ReviewSupplement", paused.GetProperty("state").GetString());
        Assert.True(paused.GetProperty("clock").GetProperty("paused").GetBoolean());

        own.MoveTo("2025-02-05");
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        Assert.True((await s.UploadAsync(citizen, id, 2, CaseScenario.Pdf("layout with drainage"))).IsSuccessStatusCode);
        var answered = await s.PostAsync(citizen, $"/api/cases/{id}/supplement-answer", new { note = "已补正" });
        Assert.Equal("InReview", answered.GetProperty("state").GetString());
        // 01-21, 22, 23 (3); 01-24..02-05 not counted; 02-06 (4), 02-07 (5), 02-08 Sat make-up (6), 02-10..13 (10).
        Assert.Equal("2025-02-13", answered.Date("statutoryDueDate"));
        // Promised 5: 01-21, 22, 23 (3); 02-06 (4), 02-07 (5).
        Assert.Equal("2025-02-07", answered.Date("promisedDueDate"));
        var pause = Assert.Single(answered.GetProperty("pauses").EnumerateArray());
        Assert.Equal("2025-01-24", pause.Date("startedOn"));
        Assert.Equal("2025-02-05", pause.Date("endedOn"));

        // The case page's explanation says why, line by line, to whoever reads the case.
        var seen = await s.GetAsync(await s.SignInAsync("clerk"), id);
        var lines = seen.Explanation();
        Assert.Contains(lines, l => l.Contains("补正") && l.Contains("2025-01-24 至 2025-02-05 不计入时限"));
        Assert.Contains(lines, l => l.Contains("春节"));
        Assert.Equal("到期日：2025-02-13", lines[^1]);
    }
}
