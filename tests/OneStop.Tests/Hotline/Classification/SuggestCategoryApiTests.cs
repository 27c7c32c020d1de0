using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Hotline.Taxonomy;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Classification;

/// <summary>
/// The agent's category suggestion and the taxonomy drop-downs over HTTP. Nothing is stored, so SQLite alone: the
/// database provider plays no part.
/// </summary>
public sealed class SuggestCategoryApiTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const string WaterOutage = "我们小区从昨天早上开始停水，到现在已经一天多了，自来水公司电话打不通，老人孩子生活很不方便，请尽快恢复供水。";

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_gets_a_taxonomy_category_with_its_confidence_and_three_alternatives()
    {
        var agent = await factory.SignedInAsync("agent");
        var response = await agent.PostAsJsonAsync("/api/hotline/categories/suggest", new { text = WaterOutage }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        var first = body.GetProperty("first");
        Assert.Equal("城乡建设", first.GetProperty("name").GetString());
        Assert.Equal(AppealTaxonomy.FindFirstLevel("城乡建设")!.Code, first.GetProperty("code").GetString());
        Assert.Equal("自来水供应", body.GetProperty("third").GetProperty("name").GetString());
        Assert.Equal("城乡建设 / 城市建设和市政管理 / 自来水供应", body.GetProperty("third").GetProperty("path").GetString());
        Assert.InRange(body.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.Equal(3, body.GetProperty("alternatives").GetArrayLength());
        Assert.Equal("模型", body.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_dispatcher_may_ask_for_a_suggestion_but_a_department_handler_may_not()
    {
        var dispatcher = await factory.SignedInAsync("dispatcher");
        Assert.Equal(HttpStatusCode.OK, (await dispatcher.PostAsJsonAsync("/api/hotline/categories/suggest", new { text = WaterOutage }, Ct)).StatusCode);

        var handler = await factory.SignedInAsync("handler");
        var refused = await Problem.ReadAsync(await handler.PostAsJsonAsync("/api/hotline/categories/suggest", new { text = WaterOutage }, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("auth.role-required", refused.Code);
    }

    [Theory]
    [InlineData("", "hotline.suggest-text-required")]
    [InlineData("   ", "hotline.suggest-text-required")]
    [InlineData(null, "hotline.suggest-text-required")]
    [InlineData("TOO_LONG", "hotline.suggest-text-too-long")]
    [InlineData("停水\u0000了", "input.control-character")]
    public async Task An_empty_over_long_or_control_character_text_is_refused_with_its_code(string? text, string code)
    {
        if (text == "TOO_LONG") text = new string('水', 4001);
        var agent = await factory.SignedInAsync("agent");
        var problem = await Problem.ReadAsync(await agent.PostAsJsonAsync("/api/hotline/categories/suggest", new { text }, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(code, problem.Code);
    }

    [Fact]
    public async Task A_text_of_exactly_the_limit_is_still_classified()
    {
        var agent = await factory.SignedInAsync("agent");
        var response = await agent.PostAsJsonAsync("/api/hotline/categories/suggest", new { text = new string('水', 4000) }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Staff_get_the_whole_taxonomy_tree_for_their_drop_downs_and_anonymous_callers_do_not()
    {
        var handler = await factory.SignedInAsync("handler");
        var tree = await handler.GetFromJsonAsync<JsonElement>("/api/hotline/categories", Ct);
        Assert.Equal(15, tree.GetArrayLength());
        var building = tree.EnumerateArray().Single(n => n.GetProperty("name").GetString() == "城乡建设");
        Assert.Equal(1, building.GetProperty("level").GetInt32());
        var seconds = building.GetProperty("children");
        Assert.Equal(AppealTaxonomy.ChildrenOf(building.GetProperty("code").GetString()!).Count(), seconds.GetArrayLength());
        var leaf = seconds[0].GetProperty("children")[0];
        Assert.Equal(3, leaf.GetProperty("level").GetInt32());
        Assert.Equal(6, leaf.GetProperty("code").GetString()!.Length);
        Assert.Equal(517, tree.EnumerateArray().SelectMany(f => f.GetProperty("children").EnumerateArray())
            .Sum(s => s.GetProperty("children").GetArrayLength()));

        var anonymous = await factory.Anonymous().GetAsync("/api/hotline/categories", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_API_reference_declares_the_refusals_of_the_suggestion()
    {
        var doc = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var responses = doc.GetProperty("paths").GetProperty("/api/hotline/categories/suggest").GetProperty("post").GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        Assert.True(responses.TryGetProperty("403", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/hotline/categories", out _));
    }
}
