using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Duplicates;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Duplicates;

public sealed class DuplicateCheckOnSqlite(SqliteFactory f) : DuplicateCheckTests(f), IClassFixture<SqliteFactory>;
public sealed class DuplicateCheckOnPostgres(PostgresFactory f) : DuplicateCheckTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// POST /api/hotline/duplicates/check as the agent console calls it: the proposals of the index the ticket feed keeps,
/// for staff of the hotline only, and every bad input refused with a stable code.
/// </summary>
public abstract class DuplicateCheckTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private DuplicateIndex Index => Factory.Services.GetRequiredService<DuplicateIndex>();

    /// <summary>An open ticket registered by the agent, as the console does: the feed puts it in the index at once.</summary>
    private async Task<(long Id, string Number)> RegisteredAsync(string text, string region, string category)
    {
        var s = new OneStop.Tests.Hotline.Tickets.HotlineScenario(Factory);
        var r = await s.RegisterAsync(new
        {
            type = "Complaint", text, phone = OneStop.Tests.Hotline.Tickets.HotlineScenario.NewPhone(), regionCode = region, categoryCode = category,
        });
        return (r.GetProperty("ticketId").GetInt64(), r.GetProperty("ticketNumber").GetString()!);
    }

    [Fact]
    public async Task The_agent_registering_an_outage_is_proposed_the_open_burst_main_with_its_score_and_reasons()
    {
        var burst = await RegisteredAsync("赤岗路赤岗花园门口的地下水管爆了，水从井盖里往外涌，整条路都是水。", "440105", "010216");
        await RegisteredAsync("赤岗花园门口的人行道被施工挖开后一直没有恢复，老人走路差点摔倒。", "440105", "010204");
        var agent = await Factory.SignedInAsync("agent");

        var response = await agent.PostAsJsonAsync("/api/hotline/duplicates/check",
            new { text = "赤岗花园从昨天下午开始没有水，听说是门口的主水管爆裂在抢修。", regionCode = "440105", categoryCode = "010216" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var proposals = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("proposals");
        Assert.True(proposals.GetArrayLength() >= 1);
        var best = proposals[0];
        Assert.Equal(burst.Id, best.GetProperty("ticketId").GetInt64());
        Assert.Equal(burst.Number, best.GetProperty("number").GetString());
        Assert.Equal("待派单", best.GetProperty("stateName").GetString());
        Assert.True(best.GetProperty("sameMatter").GetBoolean());
        Assert.InRange(best.GetProperty("score").GetDouble(), SameMatterRule.Threshold, 1);
        Assert.Contains(best.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("赤岗花园"));
    }

    [Fact]
    public async Task A_ticket_closed_since_the_index_heard_of_it_is_not_proposed()
    {
        var (id, _) = await RegisteredAsync("冼村路 12 号路灯整排不亮，晚上漆黑一片。", "440106", "010204");
        var stale = Index.Count;
        await Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OneStop.Hotline.Persistence.HotlineDbContext>();
            // Closed behind this host's back (another host), so the index still holds it until the next pass.
            await db.Set<OneStop.Hotline.Tickets.Domain.Ticket>().Where(t => t.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.State, OneStop.Hotline.Tickets.Domain.TicketState.Closed), Ct);
            return 0;
        });
        Assert.True(Index.Count >= stale);
        var agent = await Factory.SignedInAsync("agent");
        var response = await agent.PostAsJsonAsync("/api/hotline/duplicates/check", new { text = "冼村路 12 号一排路灯都不亮了", regionCode = "440106", categoryCode = "010204" }, Ct);
        var proposals = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("proposals");
        Assert.DoesNotContain(proposals.EnumerateArray(), p => p.GetProperty("ticketId").GetInt64() == id);
    }

    [Fact]
    public async Task The_dispatcher_and_the_administrator_may_check_but_a_department_handler_and_a_citizen_may_not()
    {
        var body = new { text = "猎德涌的水又黑又臭，夏天臭味很大。", regionCode = "440106" };
        foreach (var user in new[] { "dispatcher", "admin" })
        {
            var client = await Factory.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/hotline/duplicates/check", body, Ct)).StatusCode);
        }
        foreach (var user in new[] { "handler", "440106199003071231" })
        {
            var client = await Factory.SignedInAsync(user);
            var problem = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/hotline/duplicates/check", body, Ct));
            Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
            Assert.Equal("auth.role-required", problem.Code);
        }
    }

    [Theory]
    [InlineData("", "440106", null, "text")]
    [InlineData("<script>alert(1)</script>", "440106", null, "text")]
    [InlineData("路灯不亮", "4401", null, "regionCode")]
    [InlineData("路灯不亮", "440000", null, "regionCode")]
    [InlineData("路灯不亮", "440106", "999999", "categoryCode")]
    [InlineData("路灯不亮", "440106", "0102", "categoryCode")]
    public async Task Bad_input_is_refused_with_a_stable_code_naming_the_field(string text, string region, string? category, string field)
    {
        var agent = await Factory.SignedInAsync("agent");
        var problem = await Problem.ReadAsync(await agent.PostAsJsonAsync("/api/hotline/duplicates/check",
            new { text, regionCode = region, categoryCode = category }, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.StartsWith("duplicate.", problem.Code);
        Assert.True(problem.Body.GetProperty("errors").TryGetProperty(field, out _), problem.Body.ToString());
    }

    [Fact]
    public async Task Over_long_texts_half_given_coordinates_and_too_many_proposals_are_refused()
    {
        var agent = await Factory.SignedInAsync("agent");
        foreach (var (body, field) in new (object, string)[]
        {
            (new { text = new string('水', DuplicateEndpoints.MaxText + 1), regionCode = "440106" }, "text"),
            (new { text = "路灯不亮", regionCode = "440106", latitude = 23.1 }, "latitude"),
            (new { text = "路灯不亮", regionCode = "440106", latitude = 123.1, longitude = 113.3 }, "latitude"),
            (new { text = "路灯不亮", regionCode = "440106", max = 500 }, "max"),
        })
        {
            var problem = await Problem.ReadAsync(await agent.PostAsJsonAsync("/api/hotline/duplicates/check", body, Ct));
            Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
            Assert.True(problem.Body.GetProperty("errors").TryGetProperty(field, out _), problem.Body.ToString());
        }
    }

    [Fact]
    public async Task A_region_outside_the_agents_city_is_refused()
    {
        var agent = await Factory.SignedInAsync("agent");
        var problem = await Problem.ReadAsync(await agent.PostAsJsonAsync("/api/hotline/duplicates/check",
            new { text = "路灯不亮", regionCode = "440306" }, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("auth.out-of-scope", problem.Code);
    }
}
