using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

public sealed class ParallelActionsOnOneTicketOnSqlite(SqliteFactory f) : ParallelActionsOnOneTicketTests(f), IClassFixture<SqliteFactory>;
public sealed class ParallelActionsOnOneTicketOnPostgres(PostgresFactory f) : ParallelActionsOnOneTicketTests(f), IClassFixture<PostgresFactory>;

/// <summary>Two people acting on one ticket at the same moment, with real parallel requests: exactly one wins.</summary>
public abstract class ParallelActionsOnOneTicketTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_dispatchers_dispatching_one_ticket_at_once_dispatch_it_once()
    {
        var s = new HotlineScenario(Factory);
        var dispatchers = new[] { await s.SignInAsync("dispatcher"), await s.People.StaffAsync("t-dispatcher2", "广州市政务服务和数据管理局", "HotlineDispatcher") };
        var housing = await s.DepartmentIdAsync(HotlineScenario.Housing);
        var urban = await s.DepartmentIdAsync(HotlineScenario.UrbanManagement);
        for (var round = 0; round < 4; round++)
        {
            var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
            var responses = await Task.WhenAll(dispatchers.Select((d, i) =>
                d.PostAsJsonAsync($"/api/hotline/tickets/{id}/dispatch", new { departmentId = i == 0 ? housing : urban }, Ct)));
            Assert.Single(responses, r => r.IsSuccessStatusCode);
            var loser = responses.Single(r => !r.IsSuccessStatusCode);
            var problem = await CaseScenario.RefusedAsync(loser, HttpStatusCode.Conflict);
            Assert.Contains(problem.Code, new[] { "hotline.changed", "hotline.not-in-registered" });
            var view = await s.GetAsync(id);
            Assert.Single(HotlineScenario.Actions(view), a => a == "Dispatch");
        }
        Assert.True((await s.People.AuditVerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Two_agents_merging_callers_into_one_ticket_at_once_keep_both_requests()
    {
        var s = new HotlineScenario(Factory);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        var agents = new[] { await s.SignInAsync("agent"), await s.People.StaffAsync("t-agent2", "广州市政务服务和数据管理局", "HotlineAgent") };
        var responses = await Task.WhenAll(agents.Select(a => a.PostAsJsonAsync("/api/hotline/requests", HotlineScenario.Complaint(mergeInto: id), Ct)));
        var won = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            Assert.Equal("hotline.changed", (await CaseScenario.RefusedAsync(lost, HttpStatusCode.Conflict)).Code);
        var view = await s.GetAsync(id);
        Assert.Equal(1 + won, view.GetProperty("requests").GetArrayLength());
        Assert.Equal(won, HotlineScenario.Actions(view).Count(a => a == "AttachRequest"));
    }
}
