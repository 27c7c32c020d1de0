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
}
