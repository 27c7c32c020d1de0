using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

public sealed class ParallelActionsOnOneCaseOnSqlite(SqliteFactory f) : ParallelActionsOnOneCaseTests(f), IClassFixture<SqliteFactory>;
public sealed class ParallelActionsOnOneCaseOnPostgres(PostgresFactory f) : ParallelActionsOnOneCaseTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Two staff acting on one case at the same moment, with real parallel requests: exactly one succeeds, the other is
/// told the case changed (or, when it came second, that the case is no longer where it was), nothing is applied
/// twice, and the audit chain still verifies.
/// </summary>
public abstract class ParallelActionsOnOneCaseTests(OneStopFactory factory) : ApiTests(factory)
{
    private const int Rounds = 4;
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_clerks_accepting_the_same_case_at_once_accept_it_exactly_once()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var clerks = new[] { await s.SignInAsync("clerk"), await s.StaffAsync("t-clerk2", "广州市天河区政务服务和数据管理局", "WindowClerk"), await s.SignInAsync("clerk") };
        for (var round = 0; round < Rounds; round++)
        {
            var id = (await s.SubmittedAsync(item)).GetProperty("id").GetInt64();
            var responses = await Task.WhenAll(clerks.Select(c => c.PostAsJsonAsync($"/api/cases/{id}/accept", new { note = "受理" }, Ct)));
            await AssertOneWonAsync(responses, "case.not-in-pre-review");
            var view = await s.GetAsync(clerks[0], id);
            Assert.Single(CaseScenario.Actions(view), a => a.StartsWith("Accept", StringComparison.Ordinal));
            Assert.Equal(2, view.GetProperty("history").GetArrayLength());
        }
        Assert.True((await s.AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Two_approvers_deciding_the_same_case_at_once_decide_it_exactly_once()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var approvers = new[] { await s.SignInAsync("approver"), await s.StaffAsync("t-scjg-approver3", CaseScenario.MarketRegulation) };
        for (var round = 0; round < Rounds; round++)
        {
            var id = (await s.AcceptedAsync(item)).GetProperty("id").GetInt64();
            await s.ReviewedAsync(approvers[0], id);
            var decisions = new[] { new { decision = "Granted", reason = (string?)null }, new { decision = "Denied", reason = (string?)"不符合条件" } };
            var responses = await Task.WhenAll(approvers.Select((a, i) => a.PostAsJsonAsync($"/api/cases/{id}/decide", decisions[i], Ct)));
            var winner = await AssertOneWonAsync(responses, "case.not-in-review");
            var view = await s.GetAsync(approvers[0], id);
            Assert.Single(CaseScenario.Actions(view), a => a == "Decide");
            Assert.Equal(winner.GetProperty("decision").GetString(), view.GetProperty("decision").GetString());
        }
        Assert.True((await s.AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task The_same_clerk_pressing_accept_twice_at_once_accepts_once()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var clerk = await s.SignInAsync("clerk");
        for (var round = 0; round < Rounds; round++)
        {
            var id = (await s.SubmittedAsync(item)).GetProperty("id").GetInt64();
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => clerk.PostAsJsonAsync($"/api/cases/{id}/accept", new { }, Ct)));
            await AssertOneWonAsync(responses, "case.not-in-pre-review");
        }
    }

    [Fact]
    public async Task Parallel_submissions_get_distinct_case_numbers()
    {
        var s = new CaseScenario(Factory);
        var item = await s.PublishItemAsync();
        var citizens = new[] { await s.SignInAsync(CaseScenario.Citizen), await s.SignInAsync(CaseScenario.OtherCitizen) };
        var drafts = new List<(HttpClient Client, long Id)>();
        for (var i = 0; i < 12; i++)
        {
            var client = citizens[i % 2];
            var id = (await s.StartAsync(client, item)).GetProperty("id").GetInt64();
            await s.FillAsync(client, id);
            Assert.True((await s.UploadAsync(client, id, 0, CaseScenario.Pdf($"draft {i}"))).IsSuccessStatusCode);
            drafts.Add((client, id));
        }
        var responses = await Task.WhenAll(drafts.Select(d => d.Client.PostAsJsonAsync($"/api/cases/{d.Id}/submit", new { }, Ct)));
        var numbers = new List<string>();
        foreach (var response in responses) numbers.Add((await CaseScenario.ReadAsync(response)).GetProperty("number").GetString()!);
        Assert.Equal(drafts.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^440106-20261123-\d{6}$", n));
        Assert.True((await s.AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    /// <summary>Exactly one 200; every other answer a 409 saying the case changed or is past that state.</summary>
    private static async Task<JsonElement> AssertOneWonAsync(HttpResponseMessage[] responses, string secondCode)
    {
        var won = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var texts = await Task.WhenAll(responses.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}"));
        Assert.True(won.Count == 1, string.Join("\n", texts));
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await CaseScenario.RefusedAsync(lost, HttpStatusCode.Conflict);
            Assert.Contains(problem.Code, new[] { "case.changed", secondCode });
        }
        return await CaseScenario.ReadAsync(won[0]);
    }
}
