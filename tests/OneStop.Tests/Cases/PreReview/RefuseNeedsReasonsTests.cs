using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases.PreReview;

public sealed class RefuseNeedsReasonsOnSqlite(SqliteFactory f) : RefuseNeedsReasonsTests(f), IClassFixture<SqliteFactory>;
public sealed class RefuseNeedsReasonsOnPostgres(PostgresFactory f) : RefuseNeedsReasonsTests(f), IClassFixture<PostgresFactory>;

/// <summary>不予受理 and 不予许可 both need reasons; without one nothing changes.</summary>
public abstract class RefuseNeedsReasonsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_clerk_cannot_refuse_without_reasons_and_a_refusal_with_reasons_is_final()
    {
        var s = new CaseScenario(Factory);
        var submitted = await s.SubmittedAsync(await s.PublishItemAsync());
        var id = submitted.GetProperty("id").GetInt64();
        var clerk = await s.SignInAsync("clerk");
        foreach (var body in new object[] { new { }, new { reason = "   " } })
        {
            var bare = await clerk.PostAsJsonAsync($"/api/cases/{id}/refuse", body, Ct);
            var problem = await CaseScenario.RefusedAsync(bare, HttpStatusCode.BadRequest);
            Assert.Equal("case.reason-required", problem.Code);
            Assert.True(problem.HasFieldError("reason"), problem.Body.ToString());
        }
        Assert.Equal("Submitted", (await s.GetAsync(clerk, id)).GetProperty("state").GetString());

        var refused = await s.PostAsync(clerk, $"/api/cases/{id}/refuse", new { reason = "申请事项不属于本机关职权范围" });
        Assert.Equal("Refused", refused.GetProperty("state").GetString());
        Assert.Equal("申请事项不属于本机关职权范围", refused.GetProperty("refusalReason").GetString());
        Assert.Equal(["Submit", "Refuse"], CaseScenario.Actions(refused));
        var accept = await clerk.PostAsJsonAsync($"/api/cases/{id}/accept", new { }, Ct);
        Assert.Equal("case.not-in-pre-review", (await CaseScenario.RefusedAsync(accept, HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_approver_cannot_deny_without_reasons_and_a_denial_keeps_them()
    {
        var s = new CaseScenario(Factory);
        var accepted = await s.AcceptedAsync(await s.PublishItemAsync());
        var id = accepted.GetProperty("id").GetInt64();
        var approver = await s.SignInAsync("approver");
        await s.ReviewedAsync(approver, id);
        var bare = await approver.PostAsJsonAsync($"/api/cases/{id}/decide", new { decision = "Denied" }, Ct);
        Assert.Equal("case.reason-required", (await CaseScenario.RefusedAsync(bare, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("InReview", (await s.GetAsync(approver, id)).GetProperty("state").GetString());

        var denied = await s.PostAsync(approver, $"/api/cases/{id}/decide", new { decision = "不予", reason = "经营场所不符合食品安全要求" });
        Assert.Equal("Denied", denied.GetProperty("decision").GetString());
        Assert.Equal("不予", denied.GetProperty("decisionLabel").GetString());
        Assert.Equal("经营场所不符合食品安全要求", denied.GetProperty("decisionReason").GetString());
    }
}
