using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class AutoDecisionOnSqlite(SqliteFactory f) : AutoDecisionTests(f), IClassFixture<SqliteFactory>;
public sealed class AutoDecisionOnPostgres(PostgresFactory f) : AutoDecisionTests(f), IClassFixture<PostgresFactory>;

/// <summary>秒批: when the item's rule holds the case is decided at submission and names the rule; otherwise a person takes it.</summary>
public abstract class AutoDecisionTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string RuleName = "小型门店秒批";
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ItemContent WithRule(ItemContent c) => c with
    {
        AutoDecision = new AutoDecisionRule(RuleName, [new RuleCondition("area", RuleTest.Between, 10, 200, Label: "经营面积")]),
    };

    private async Task<JsonElement> SubmitWithAreaAsync(CaseScenario s, string area)
    {
        var item = await s.PublishItemAsync(WithRule);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id, new { shopName = "天河小店", shopAddress = "天河路 2 号", area });
        Assert.True((await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf())).IsSuccessStatusCode);
        return await s.PostAsync(citizen, $"/api/cases/{id}/submit");
    }

    [Fact]
    public async Task An_application_that_meets_the_rule_is_decided_at_submission_and_the_history_names_the_rule()
    {
        var s = new CaseScenario(Factory);
        var decided = await SubmitWithAreaAsync(s, "50");
        Assert.Equal("Decided", decided.GetProperty("state").GetString());
        Assert.Equal("Granted", decided.GetProperty("decision").GetString());
        Assert.Equal(RuleName, decided.GetProperty("decidedByRule").GetString());
        Assert.Equal("2026-11-23", decided.GetProperty("acceptedOn").GetString());
        Assert.NotEqual(JsonValueKind.Null, decided.GetProperty("number").ValueKind);
        var auto = decided.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("action").GetString() == "AutoDecide");
        Assert.Contains(RuleName, auto.GetProperty("detail").GetString());
        Assert.Equal("系统", auto.GetProperty("actorRole").GetString());
        var clerk = await s.SignInAsync("clerk");
        var queue = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review");
        Assert.DoesNotContain(queue, c => c.GetProperty("id").GetInt64() == decided.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task An_application_that_fails_the_rule_goes_to_pre_review_with_the_failed_condition_in_the_history()
    {
        var s = new CaseScenario(Factory);
        var submitted = await SubmitWithAreaAsync(s, "500");
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, submitted.GetProperty("decidedByRule").ValueKind);
        Assert.Contains(submitted.GetProperty("history").EnumerateArray(), h =>
            h.GetProperty("detail").GetString() is { } d && d.Contains(RuleName) && d.Contains("经营面积为 500，不在 10–200 之间"));
        var clerk = await s.SignInAsync("clerk");
        var queue = await CaseScenario.ListAllAsync(clerk, "/api/cases/pre-review");
        Assert.Contains(queue, c => c.GetProperty("id").GetInt64() == submitted.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task An_unfilled_rule_field_fails_the_rule_and_says_so()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync(WithRule);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, item)).GetProperty("id").GetInt64();
        await s.FillAsync(citizen, id);
        await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf());
        var submitted = await s.PostAsync(citizen, $"/api/cases/{id}/submit");
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        Assert.Contains(submitted.GetProperty("history").EnumerateArray(), h => h.GetProperty("detail").GetString()?.Contains("经营面积未填写") == true);
    }
}
