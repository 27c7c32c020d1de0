using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Dispatch;

public sealed class DispatchCatalogueOnSqlite(SqliteFactory f) : DispatchCatalogueTests(f), IClassFixture<SqliteFactory>;
public sealed class DispatchCatalogueOnPostgres(PostgresFactory f) : DispatchCatalogueTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The dispatcher keeps the 派单目录 and is told which department should take a request: the most specific rule,
/// by category first, then by the nearest region up the tree. Rules here are for 越秀区 and the city, which the
/// demo catalogue (天河区) does not touch, and each test uses its own 一级 category.
/// </summary>
public abstract class DispatchCatalogueTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string YuexiuMarket = "广州市越秀区市场监督管理局";
    private const string CityMarket = "广州市市场监督管理局";
    private const string CityData = "广州市政务服务和数据管理局";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_most_specific_rule_wins_by_category_first_then_by_the_nearest_region()
    {
        var s = new HotlineScenario(Factory);
        var dispatcher = await s.AsAsync("dispatcher");
        var city = await s.DepartmentIdAsync(CityMarket);
        var yuexiu = await s.DepartmentIdAsync(YuexiuMarket);
        var data = await s.DepartmentIdAsync(CityData);
        await CreateAsync(dispatcher, "09", "440100", city);
        await CreateAsync(dispatcher, "0901", "440104", yuexiu, data);

        // 二级 rule of the district beats the city's 一级 rule, and names its co-handler.
        var welfare = await SuggestAsync(dispatcher, "090101", "440104");
        Assert.Equal(YuexiuMarket, welfare.GetProperty("rule").GetProperty("main").GetProperty("name").GetString());
        Assert.Equal([CityData], welfare.GetProperty("rule").GetProperty("coHandlers").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        // Another 二级 of the same 一级: only the city's rule matches; a town inherits it from its district's city.
        Assert.Equal(CityMarket, MainOf(await SuggestAsync(dispatcher, "090201", "440104")));
        Assert.Equal(CityMarket, MainOf(await SuggestAsync(dispatcher, "090101", "440105")));
        Assert.Equal(YuexiuMarket, MainOf(await SuggestAsync(dispatcher, "090101", "440104001")));

        // A district rule of the same depth as the city's is nearer, so it wins.
        await CreateAsync(dispatcher, "09", "440104", yuexiu);
        Assert.Equal(YuexiuMarket, MainOf(await SuggestAsync(dispatcher, "090201", "440104")));
        // A 三级 rule of the whole province beats every shorter category, whatever its region.
        await CreateAsync(await s.AsAsync("admin"), "090201", "440000", data);
        Assert.Equal(CityData, MainOf(await SuggestAsync(dispatcher, "090201", "440104")));
    }

    [Fact]
    public async Task A_request_without_a_rule_gets_no_suggestion_and_says_so()
    {
        var s = new HotlineScenario(Factory);
        var none = await SuggestAsync(await s.AsAsync("agent"), "050101", "440104");
        Assert.False(none.GetProperty("matched").GetBoolean());
        Assert.Equal("未配置派单规则", none.GetProperty("message").GetString());
        var unknown = await (await s.AsAsync("agent")).GetAsync("/api/hotline/dispatch-rules/suggest?category=999999&region=440104", Ct);
        Assert.Equal("dispatch.unknown-category", (await CaseScenario.RefusedAsync(unknown, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_rule_with_unknown_codes_or_departments_off_its_region_is_refused_by_field()
    {
        var s = new HotlineScenario(Factory);
        var dispatcher = await s.AsAsync("dispatcher");
        var yuexiu = await s.DepartmentIdAsync(YuexiuMarket);
        var tianheHousing = await s.DepartmentIdAsync(HotlineScenario.Housing);
        foreach (var (body, field, code) in new (object, string, string)[]
        {
            (Rule("999999", "440104", yuexiu), "categoryCode", "dispatch.unknown-category"),
            (Rule("<script>", "440104", yuexiu), "categoryCode", "dispatch.unknown-category"),
            (Rule("10", "449999", yuexiu), "regionCode", "dispatch.unknown-region"),
            (Rule("10", "440104", 987654321), "mainDepartmentId", "dispatch.unknown-department"),
            (Rule("10", "440104", tianheHousing), "mainDepartmentId", "dispatch.department-out-of-region"),
            (Rule("10", "440104", yuexiu, yuexiu), "coHandlerIds", "dispatch.co-handler-is-main"),
            (new { categoryCode = "10", regionCode = "440104", mainDepartmentId = yuexiu, note = new string('注', 201) }, "note", "validation"),
        })
        {
            var response = await dispatcher.PostAsJsonAsync("/api/hotline/dispatch-rules", body, Ct);
            var problem = await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal(code, problem.Code);
            Assert.True(problem.HasFieldError(field), problem.Body.ToString());
        }
        var list = await dispatcher.GetFromJsonAsync<JsonElement>("/api/hotline/dispatch-rules?category=10", Ct);
        Assert.Equal(0, list.GetArrayLength());
        var handler = await s.AsAsync("handler");
        var byHandler = await handler.PostAsJsonAsync("/api/hotline/dispatch-rules", Rule("10", "440104", yuexiu), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, byHandler.StatusCode);
    }

    [Fact]
    public async Task Two_dispatchers_editing_one_rule_one_wins_and_a_deleted_rule_is_gone()
    {
        var s = new HotlineScenario(Factory);
        var dispatcher = await s.AsAsync("dispatcher");
        var admin = await s.AsAsync("admin");
        var yuexiu = await s.DepartmentIdAsync(YuexiuMarket);
        var city = await s.DepartmentIdAsync(CityMarket);
        var rule = await CreateAsync(dispatcher, "1201", "440104", yuexiu);
        var again = await dispatcher.PostAsJsonAsync("/api/hotline/dispatch-rules", Rule("1201", "440104", city), Ct);
        Assert.Equal("dispatch.rule-exists", (await CaseScenario.RefusedAsync(again, HttpStatusCode.Conflict)).Code);

        var id = rule.GetProperty("id").GetInt64();
        var revision = rule.GetProperty("revision").GetInt32();
        var edits = await Task.WhenAll(new[] { dispatcher, admin }.Select(c =>
            c.PutAsJsonAsync($"/api/hotline/dispatch-rules/{id}", new { mainDepartmentId = city, revision }, Ct)));
        Assert.Single(edits, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal("dispatch.changed",
            (await CaseScenario.RefusedAsync(Assert.Single(edits, r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict)).Code);
        Assert.Equal(CityMarket, MainOf(await SuggestAsync(dispatcher, "120101", "440104")));

        var stale = await dispatcher.DeleteAsync($"/api/hotline/dispatch-rules/{id}?revision={revision}", Ct);
        Assert.Equal("dispatch.changed", (await CaseScenario.RefusedAsync(stale, HttpStatusCode.Conflict)).Code);
        var deleted = await dispatcher.DeleteAsync($"/api/hotline/dispatch-rules/{id}?revision={revision + 1}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dispatcher.GetAsync($"/api/hotline/dispatch-rules/{id}", Ct)).StatusCode);
        Assert.False((await SuggestAsync(dispatcher, "120101", "440104")).GetProperty("matched").GetBoolean());
    }

    private static object Rule(string category, string region, long main, params long[] co) =>
        new { categoryCode = category, regionCode = region, mainDepartmentId = main, coHandlerIds = co };

    private static async Task<JsonElement> CreateAsync(HttpClient client, string category, string region, long main, params long[] co)
    {
        var response = await client.PostAsJsonAsync("/api/hotline/dispatch-rules", Rule(category, region, main, co), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement> SuggestAsync(HttpClient client, string category, string region) =>
        await HotlineScenario.OkAsync(await client.GetAsync($"/api/hotline/dispatch-rules/suggest?category={category}&region={region}", Ct));

    private static string? MainOf(JsonElement suggestion) =>
        suggestion.GetProperty("rule").GetProperty("main").GetProperty("name").GetString();
}
