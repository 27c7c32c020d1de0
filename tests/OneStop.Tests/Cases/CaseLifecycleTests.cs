using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class CaseLifecycleOnSqlite(SqliteFactory f) : CaseLifecycleTests(f), IClassFixture<SqliteFactory>;
public sealed class CaseLifecycleOnPostgres(PostgresFactory f) : CaseLifecycleTests(f), IClassFixture<PostgresFactory>;

/// <summary>The whole way of one application: apply online, 容缺 acceptance, two review steps, decision.</summary>
public abstract class CaseLifecycleTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_citizen_applies_the_clerk_accepts_with_deferred_materials_and_the_approver_grants()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var submitted = await s.SubmittedAsync(item);
        var id = submitted.GetProperty("id").GetInt64();
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Matches(@"^440106-\d{8}-\d{6}$", submitted.GetProperty("number").GetString());
        Assert.Equal("440106********1231", submitted.GetProperty("applicant").GetProperty("idNumber").GetString());

        var clerk = await s.SignInAsync("clerk");
        var queue = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review");
        Assert.Contains(queue, c => c.GetProperty("id").GetInt64() == id);
        var accepted = await s.PostAsync(clerk, $"/api/cases/{id}/accept", new { note = "材料齐全，容缺受理" });
        Assert.Equal("InReview", accepted.GetProperty("state").GetString());
        Assert.Equal("AcceptWithDeferred", accepted.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.NotNull(accepted.GetProperty("statutoryDueDate").GetString());
        Assert.NotNull(accepted.GetProperty("deferredDueDate").GetString());

        var approver = await s.SignInAsync("approver");
        var tasks = await CaseScenario.ListAllAsync(approver, "/api/cases/tasks?list=mine");
        Assert.Contains(tasks, c => c.GetProperty("id").GetInt64() == id);
        await s.PostAsync(approver, $"/api/cases/{id}/steps/complete", new { opinion = "经审核，材料符合要求" });
        var decided = await s.PostAsync(approver, $"/api/cases/{id}/decide", new { decision = "Granted" });
        Assert.Equal("Decided", decided.GetProperty("state").GetString());
        Assert.Equal("Granted", decided.GetProperty("decision").GetString());
        Assert.NotNull(decided.GetProperty("decidedAt").GetString());
        var actions = decided.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Submit", "AcceptWithDeferred", "CompleteStep", "Decide"], actions);

        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var mine = await citizen.GetFromJsonAsync<JsonElement>("/api/me/cases", Ct);
        Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id && c.GetProperty("stateLabel").GetString() == "已办结");
        var progress = await Factory.Anonymous().GetFromJsonAsync<JsonElement>(
            $"/api/cases/progress?number={submitted.GetProperty("number").GetString()}&idTail=071231", Ct);
        Assert.Equal("已办结", progress.GetProperty("stateLabel").GetString());
        Assert.Equal("张*", progress.GetProperty("applicantName").GetString());
    }

    [Fact]
    public async Task Another_applicant_cannot_see_or_touch_a_case()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var submitted = await s.SubmittedAsync(item);
        var id = submitted.GetProperty("id").GetInt64();
        var other = await s.SignInAsync(CaseScenario.OtherCitizen);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}", Ct)).StatusCode);
        var withdraw = await other.PostAsJsonAsync($"/api/cases/{id}/withdraw", new { }, Ct);
        Assert.Equal("case.not-found", (await Problem.ReadAsync(withdraw)).Code);
        var wrongTail = await Factory.Anonymous().GetAsync($"/api/cases/progress?number={submitted.GetProperty("number").GetString()}&idTail=124569", Ct);
        Assert.Equal(HttpStatusCode.NotFound, wrongTail.StatusCode);
    }
}
