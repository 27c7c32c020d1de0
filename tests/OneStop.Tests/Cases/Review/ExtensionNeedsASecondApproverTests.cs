using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using OneStop.Platform.Calendar;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.Review;

public sealed class ExtensionNeedsASecondApproverOnSqlite(SqliteFactory f) : ExtensionNeedsASecondApproverTests(f), IClassFixture<SqliteFactory>;
public sealed class ExtensionNeedsASecondApproverOnPostgres(PostgresFactory f) : ExtensionNeedsASecondApproverTests(f), IClassFixture<PostgresFactory>;

/// <summary>延期: one approver asks, a second approver of the same department approves; the statutory due date moves.</summary>
public abstract class ExtensionNeedsASecondApproverTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_requester_cannot_approve_their_own_extension_a_colleague_can_and_the_due_date_moves()
    {
        var s = new CaseScenario(Factory);
        var accepted = await s.AcceptedAsync(await s.PublishItemAsync());
        var id = accepted.GetProperty("id").GetInt64();
        var before = DateOnly.Parse(accepted.GetProperty("statutoryDueDate").GetString()!, CultureInfo.InvariantCulture);
        var approver = await s.SignInAsync("approver");
        var tooLong = await approver.PostAsJsonAsync($"/api/cases/{id}/extension", new { days = 11, reason = "情况复杂" }, Ct);
        Assert.Equal("case.invalid-extension", (await CaseScenario.RefusedAsync(tooLong, HttpStatusCode.BadRequest)).Code);
        var requested = await s.PostAsync(approver, $"/api/cases/{id}/extension", new { days = 5, reason = "需现场核查多处经营场所" });
        Assert.Equal("Pending", requested.GetProperty("extensions")[0].GetProperty("status").GetString());
        Assert.Equal(before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), requested.GetProperty("statutoryDueDate").GetString());

        var self = await approver.PostAsJsonAsync($"/api/cases/{id}/extension/approve", new { opinion = "同意" }, Ct);
        Assert.Equal("case.extension-self-approval", (await CaseScenario.RefusedAsync(self, HttpStatusCode.Conflict)).Code);
        var otherDepartment = await (await s.SignInAsync("yx-approver")).PostAsJsonAsync($"/api/cases/{id}/extension/approve", new { opinion = "同意" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, otherDepartment.StatusCode);
        Assert.Equal("Pending", (await s.GetAsync(approver, id)).GetProperty("extensions")[0].GetProperty("status").GetString());

        var colleague = await s.StaffAsync("t-scjg-approver2", CaseScenario.MarketRegulation);
        var approved = await s.PostAsync(colleague, $"/api/cases/{id}/extension/approve", new { opinion = "同意延期" });
        Assert.Equal("Approved", approved.GetProperty("extensions")[0].GetProperty("status").GetString());
        Assert.Equal("ApproveExtension", CaseScenario.Actions(approved).Last());
        var expected = WorkingCalendar.Official.AddWorkdays(before, 5).Date;
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), approved.GetProperty("statutoryDueDate").GetString());
        Assert.Contains(approved.Explanation(), l => l.Contains("已批准延期 5 个工作日"));
        // The promised limit is the centre's own commitment; an extension of the statutory one does not change it.
        Assert.Equal(accepted.GetProperty("promisedDueDate").GetString(), approved.GetProperty("promisedDueDate").GetString());

        var twice = await colleague.PostAsJsonAsync($"/api/cases/{id}/extension/approve", new { opinion = "再次同意" }, Ct);
        Assert.Equal("case.no-extension-pending", (await CaseScenario.RefusedAsync(twice, HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task A_limit_is_extended_once_and_not_after_it_has_run_out()
    {
        await using var own = await Factory.WithOwnClockAsync(); // moves time: not the clock the class shares
        var s = new CaseScenario(own.Factory);
        var item = await s.PublishItemAsync();
        var id = (await s.AcceptedAsync(item)).GetProperty("id").GetInt64();
        var approver = await s.SignInAsync("approver");
        var colleague = await s.StaffAsync("t-scjg-approver3", CaseScenario.MarketRegulation);

        // A refused request may be asked again; an approved one is the last.
        await s.PostAsync(approver, $"/api/cases/{id}/extension", new { days = 10, reason = "需现场核查" });
        await s.PostAsync(colleague, $"/api/cases/{id}/extension/reject", new { opinion = "理由不足" });
        await s.PostAsync(approver, $"/api/cases/{id}/extension", new { days = 5, reason = "需现场核查多处经营场所" });
        var approved = await s.PostAsync(colleague, $"/api/cases/{id}/extension/approve", new { opinion = "同意" });
        var again = await approver.PostAsJsonAsync($"/api/cases/{id}/extension", new { days = 5, reason = "仍未核查完毕" }, Ct);
        Assert.Equal("case.extension-once", (await CaseScenario.RefusedAsync(again, HttpStatusCode.Conflict)).Code);
        var after = await s.GetAsync(approver, id);
        Assert.Equal(2, after.GetProperty("extensions").GetArrayLength());
        Assert.Equal(approved.GetProperty("statutoryDueDate").GetString(), after.GetProperty("statutoryDueDate").GetString());

        var late = (await s.AcceptedAsync(item)).GetProperty("id").GetInt64();
        own.Clock.Advance(TimeSpan.FromDays(60));
        var signedInAgain = await s.SignInAsync("approver");
        var expired = await signedInAgain.PostAsJsonAsync($"/api/cases/{late}/extension", new { days = 10, reason = "补办延期" }, Ct);
        Assert.Equal("case.extension-too-late", (await CaseScenario.RefusedAsync(expired, HttpStatusCode.Conflict)).Code);
        Assert.Equal(0, (await s.GetAsync(signedInAgain, late)).GetProperty("extensions").GetArrayLength());
    }
}
