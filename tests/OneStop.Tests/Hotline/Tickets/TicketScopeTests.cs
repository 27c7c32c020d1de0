using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

public sealed class TicketScopeOnSqlite(SqliteFactory f) : TicketScopeTests(f), IClassFixture<SqliteFactory>;
public sealed class TicketScopeOnPostgres(PostgresFactory f) : TicketScopeTests(f), IClassFixture<PostgresFactory>;

/// <summary>A department handler reaches only its own tickets; citizens and other roles reach none; 保密 hides the requester.</summary>
public abstract class TicketScopeTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_departments_handler_cannot_sign_read_or_reply_to_the_ticket()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.DispatchedAsync();
        var other = await s.People.StaffAsync("t-cgj-handler", HotlineScenario.UrbanManagement, "DepartmentHandler");
        foreach (var (path, body) in new (string, object)[] { ("sign", new { }), ("reply", new { text = "x" }), ("return", new { reason = "x" }) })
        {
            var refused = await CaseScenario.RefusedAsync(await other.PostAsJsonAsync($"/api/hotline/tickets/{id}/{path}", body, Ct), HttpStatusCode.Forbidden);
            Assert.Equal("hotline.out-of-scope", refused.Code);
        }
        Assert.Equal("hotline.out-of-scope", (await CaseScenario.RefusedAsync(await other.GetAsync($"/api/hotline/tickets/{id}", Ct), HttpStatusCode.Forbidden)).Code);
        var list = await CaseScenario.ReadAsync(await other.GetAsync("/api/hotline/tickets?queue=ToSign", Ct));
        Assert.DoesNotContain(list.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal("待签收", (await s.GetAsync(id)).GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task The_handlers_queue_lists_its_own_tickets()
    {
        var s = new HotlineScenario(Factory);
        var id = await s.DispatchedAsync();
        var handler = await s.SignInAsync("handler");
        var list = await CaseScenario.ReadAsync(await handler.GetAsync("/api/hotline/tickets?queue=ToSign", Ct));
        Assert.Contains(list.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task A_co_handling_department_may_read_and_add_its_opinion_but_not_reply()
    {
        var s = new HotlineScenario(Factory);
        var co = await s.DepartmentIdAsync(HotlineScenario.UrbanManagement);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        await s.PostAsync("dispatcher", id, "dispatch", new { departmentId = await s.DepartmentIdAsync(HotlineScenario.Housing), coDepartmentIds = new[] { co } });
        await s.PostAsync("handler", id, "sign");
        var coHandler = await s.People.StaffAsync("t-cgj-handler", HotlineScenario.UrbanManagement, "DepartmentHandler");
        var noted = await CaseScenario.ReadAsync(await coHandler.PostAsJsonAsync($"/api/hotline/tickets/{id}/co-opinion", new { text = "已清理现场占道物品" }, Ct));
        Assert.Equal("已清理现场占道物品", noted.GetProperty("coHandlerNotes")[0].GetProperty("text").GetString());
        var coQueue = await CaseScenario.ReadAsync(await coHandler.GetAsync("/api/hotline/tickets?queue=CoHandling", Ct));
        Assert.Contains(coQueue.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
        var reply = await CaseScenario.RefusedAsync(await coHandler.PostAsJsonAsync($"/api/hotline/tickets/{id}/reply", new { text = "x" }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal("hotline.out-of-scope", reply.Code);
    }

    [Fact]
    public async Task A_confidential_requester_is_hidden_from_the_department_but_not_from_the_centre()
    {
        var s = new HotlineScenario(Factory);
        var phone = HotlineScenario.NewPhone();
        var id = (await s.RegisterAsync(new
        {
            type = "Report", text = "某建筑工地夜间违规施工", requesterName = "举报人王某", phone, confidential = true, regionCode = HotlineScenario.Tianhe,
        })).GetProperty("ticketId").GetInt64();
        await s.PostAsync("dispatcher", id, "dispatch", new { departmentId = await s.DepartmentIdAsync(HotlineScenario.Housing) });
        var handlerView = await s.GetAsync(id, "handler");
        var seen = handlerView.GetProperty("requests")[0];
        Assert.Equal("（保密）", seen.GetProperty("requesterName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("phoneMasked").ValueKind);
        Assert.DoesNotContain(phone, handlerView.GetRawText());
        var centreView = await s.GetAsync(id, "agent");
        Assert.Equal("举报人王某", centreView.GetProperty("requests")[0].GetProperty("requesterName").GetString());
        Assert.Equal(phone[..3] + "****" + phone[7..], centreView.GetProperty("requests")[0].GetProperty("phoneMasked").GetString());
        Assert.DoesNotContain(phone, centreView.GetRawText());
    }

    [Fact]
    public async Task Citizens_and_window_clerks_reach_no_ticket()
    {
        var s = new HotlineScenario(Factory);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/hotline/tickets/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/hotline/tickets", Ct)).StatusCode);
        var clerk = await s.SignInAsync("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/hotline/requests", HotlineScenario.Complaint(), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/api/hotline/tickets/{id}/dispatch", new { departmentId = 1 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task An_agent_cannot_register_for_a_region_outside_the_city()
    {
        var s = new HotlineScenario(Factory);
        var agent = await s.SignInAsync("agent");
        var refused = await CaseScenario.RefusedAsync(await agent.PostAsJsonAsync("/api/hotline/requests", new
        {
            type = "Complaint", text = "深圳某路段噪音扰民", phone = HotlineScenario.NewPhone(), regionCode = "440300",
        }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal("hotline.out-of-scope", refused.Code);
    }

    [Fact]
    public async Task The_dispatcher_cannot_dispatch_to_a_department_outside_the_city()
    {
        var s = new HotlineScenario(Factory);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        var province = await s.DepartmentIdAsync("广东省政务服务和数据管理局");
        var refused = await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", id, "dispatch", new { departmentId = province }), HttpStatusCode.BadRequest);
        Assert.Equal("hotline.department-out-of-scope", refused.Code);
    }
}
