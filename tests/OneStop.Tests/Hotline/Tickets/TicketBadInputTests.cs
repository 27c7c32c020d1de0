using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Tickets;

public sealed class TicketBadInputOnSqlite(SqliteFactory f) : TicketBadInputTests(f), IClassFixture<SqliteFactory>;
public sealed class TicketBadInputOnPostgres(PostgresFactory f) : TicketBadInputTests(f), IClassFixture<PostgresFactory>;

/// <summary>Bad intake and bad actions: a clear 4xx with a stable code, nothing stored.</summary>
public abstract class TicketBadInputTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> CountAsync() => await Factory.WithScopeAsync(sp =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OneStop.Hotline.Persistence.HotlineDbContext>(sp)
                .Set<OneStop.Hotline.Tickets.Domain.HotlineRequest>(), TestContext.Current.CancellationToken));

    public static TheoryData<string, string> BadIntakes() => new()
    {
        { """{"type":"Complaint","text":"","phone":"13800138000","regionCode":"440106"}""", "hotline.invalid-request" },
        { """{"text":"没有类型","phone":"13800138000","regionCode":"440106"}""", "hotline.type-required" },
        { """{"type":"Complaint","text":"电话不对","phone":"1380013","regionCode":"440106"}""", "hotline.phone-invalid" },
        { """{"type":"Complaint","text":"没留电话","regionCode":"440106"}""", "hotline.phone-required" },
        { """{"type":"Complaint","text":"分类不存在","phone":"13800138000","regionCode":"440106","categoryCode":"999999"}""", "hotline.category-unknown" },
        { """{"type":"Complaint","text":"区划不存在","phone":"13800138000","regionCode":"449999"}""", "hotline.region-unknown" },
        { """{"type":"Complaint","text":"坐标不对","phone":"13800138000","regionCode":"440106","latitude":91,"longitude":113}""", "hotline.coordinates-invalid" },
        { """{"type":"Complaint","text":"控制字符\u0007","phone":"13800138000","regionCode":"440106"}""", "input.control-character" },
        { """{"type":"Nonsense","text":"类型不对","phone":"13800138000","regionCode":"440106"}""", "" },
    };

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public async Task A_bad_intake_is_refused_with_a_code_and_nothing_is_stored(string body, string code)
    {
        var agent = await Factory.SignedInAsync("agent");
        var before = await CountAsync();
        var response = await agent.PostAsync("/api/hotline/requests", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
        if (code.Length > 0) Assert.Equal(code, problem.Code);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_over_long_text_is_refused()
    {
        var agent = await Factory.SignedInAsync("agent");
        var response = await agent.PostAsJsonAsync("/api/hotline/requests", HotlineScenario.Complaint(text: new string('水', 4001)), Ct);
        var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("4000", problem.Body.GetRawText());
    }

    [Fact]
    public async Task Script_tags_are_kept_as_text_and_come_back_as_text()
    {
        var s = new HotlineScenario(Factory);
        var id = (await s.RegisterAsync(HotlineScenario.Complaint(text: "<script>alert(1)</script> 路灯不亮"))).GetProperty("ticketId").GetInt64();
        var view = await s.GetAsync(id);
        Assert.Equal("<script>alert(1)</script> 路灯不亮", view.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Acting_on_an_unknown_ticket_is_404_and_skipping_a_state_is_409()
    {
        var s = new HotlineScenario(Factory);
        Assert.Equal("hotline.ticket-not-found", (await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", 987654321, "dispatch", new { departmentId = 1 }), HttpStatusCode.NotFound)).Code);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        Assert.Equal("hotline.not-in-replied", (await CaseScenario.RefusedAsync(await s.TryAsync("agent", id, "callback", new { requestId = 1, result = "Satisfied" }), HttpStatusCode.Conflict)).Code);
        var dispatched = await s.DispatchedAsync();
        Assert.Equal("hotline.not-in-handling", (await CaseScenario.RefusedAsync(await s.TryAsync("handler", dispatched, "reply", new { text = "未签收就答复" }), HttpStatusCode.Conflict)).Code);
        Assert.Equal("待签收", (await s.GetAsync(dispatched)).GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task A_dispatch_without_a_department_or_to_an_unknown_one_is_refused()
    {
        var s = new HotlineScenario(Factory);
        var id = (await s.RegisterAsync()).GetProperty("ticketId").GetInt64();
        Assert.Equal("hotline.department-required", (await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", id, "dispatch", new { }), HttpStatusCode.BadRequest)).Code);
        Assert.Equal("hotline.department-unknown", (await CaseScenario.RefusedAsync(await s.TryAsync("dispatcher", id, "dispatch", new { departmentId = 987654 }), HttpStatusCode.BadRequest)).Code);
        Assert.Equal("待派单", (await s.GetAsync(id)).GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task The_public_lookup_gives_the_same_answer_for_a_wrong_phone_and_an_unknown_number()
    {
        var s = new HotlineScenario(Factory);
        var phone = HotlineScenario.NewPhone();
        var number = (await s.RegisterAsync(HotlineScenario.Complaint(phone))).GetProperty("requestNumber").GetString();
        var wrongPhone = await CaseScenario.RefusedAsync(await Factory.Anonymous().GetAsync($"/api/hotline/lookup?number={number}&phone=13000000000", Ct), HttpStatusCode.NotFound);
        var unknown = await CaseScenario.RefusedAsync(await Factory.Anonymous().GetAsync($"/api/hotline/lookup?number=12345-20990101-000001&phone={phone}", Ct), HttpStatusCode.NotFound);
        Assert.Equal(wrongPhone.Code, unknown.Code);
        Assert.Equal(wrongPhone.Title, unknown.Title);
    }
}
