using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Hotline.HotlineScenario;

namespace OneStop.Tests.Hotline.Knowledge;

public sealed class KnowledgeSearchOnSqlite(SqliteFactory f) : KnowledgeSearchTests(f), IClassFixture<SqliteFactory>;
public sealed class KnowledgeSearchOnPostgres(PostgresFactory f) : KnowledgeSearchTests(f), IClassFixture<PostgresFactory>;

/// <summary>The agent's search beside the form: the department's answers and the catalog's guides in one list.</summary>
public abstract class KnowledgeSearchTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_asking_about_the_social_security_card_finds_the_answer_and_the_catalog_guide()
    {
        var s = new HotlineScenario(Factory);
        var article = await s.PublishedAsync(Article("社会保障卡补办和挂失", s.Today.AddDays(60), category: "150101",
            answer: "社会保障卡遗失的，可先通过粤省事挂失，再到区政务服务中心人社窗口补办，当场制卡。",
            questions: ["社保卡丢了怎么办", "社保卡补办要多久"]));
        var hits = await KnowledgeLifecycleTests.SearchAsync(await s.AsAsync("agent"), "社保卡丢了怎么补办");
        var knowledge = hits.First(h => h.GetProperty("kind").GetString() == "knowledge" && h.GetProperty("id").GetInt64() == Id(article));
        Assert.Equal("知识", knowledge.GetProperty("kindName").GetString());
        Assert.Equal($"/workbench/hotline/knowledge/{Id(article)}", knowledge.GetProperty("link").GetString());
        Assert.False(knowledge.GetProperty("expired").GetBoolean());

        var guides = await KnowledgeLifecycleTests.SearchAsync(await s.AsAsync("agent"), "社会保障卡");
        var guide = guides.First(h => h.GetProperty("kind").GetString() == "guide");
        Assert.Equal("办事指南", guide.GetProperty("kindName").GetString());
        Assert.StartsWith("/services/items/", guide.GetProperty("link").GetString());
        Assert.Contains(guides, h => h.GetProperty("kind").GetString() == "knowledge" && h.GetProperty("id").GetInt64() == Id(article));
    }

    [Fact]
    public async Task The_title_weighs_more_than_the_answer_and_an_unrelated_article_is_not_found()
    {
        var s = new HotlineScenario(Factory);
        var inTitle = await s.PublishedAsync(Article("夜间施工噪音扰民投诉渠道", s.Today.AddDays(60), answer: "由区住建局受理。"));
        var inAnswer = await s.PublishedAsync(Article("建筑工地管理规定摘要", s.Today.AddDays(60), answer: "工地夜间施工须办理夜间施工许可，噪音扰民可投诉。"));
        var unrelated = await s.PublishedAsync(Article("公共租赁住房申请条件", s.Today.AddDays(60), answer: "申请人须具有本市户籍。"));
        var ids = (await KnowledgeLifecycleTests.SearchAsync(await s.AsAsync("agent"), "夜间施工噪音"))
            .Where(h => h.GetProperty("kind").GetString() == "knowledge").Select(h => h.GetProperty("id").GetInt64()).ToList();
        Assert.True(ids.IndexOf(Id(inTitle)) >= 0 && ids.IndexOf(Id(inTitle)) < ids.IndexOf(Id(inAnswer)), string.Join(",", ids));
        Assert.DoesNotContain(Id(unrelated), ids);
    }

    [Fact]
    public async Task An_answer_for_one_street_is_found_for_a_caller_there_and_not_for_a_caller_of_another_district()
    {
        var s = new HotlineScenario(Factory);
        var title = "石牌街道老旧小区加装电梯补贴";
        var article = await s.PublishedAsync(Article(title, s.Today.AddDays(60), regions: ["440106006"]));
        var agent = await s.AsAsync("agent");
        Assert.Contains(await KnowledgeLifecycleTests.SearchAsync(agent, title, "440106006"), h => h.GetProperty("id").GetInt64() == Id(article));
        Assert.DoesNotContain(await KnowledgeLifecycleTests.SearchAsync(agent, title, "440106001"),
            h => h.GetProperty("kind").GetString() == "knowledge" && h.GetProperty("id").GetInt64() == Id(article));
        Assert.DoesNotContain(await KnowledgeLifecycleTests.SearchAsync(agent, title, "440104"),
            h => h.GetProperty("kind").GetString() == "knowledge" && h.GetProperty("id").GetInt64() == Id(article));
    }

    [Theory]
    [InlineData("", "knowledge.invalid-query")]
    [InlineData("x", null)]
    public async Task A_search_needs_a_text_of_reasonable_length(string q, string? code)
    {
        var agent = await new HotlineScenario(Factory).AsAsync("agent");
        var response = await agent.GetAsync($"/api/hotline/knowledge/search?q={q}", Ct);
        if (code is null) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else Assert.Equal(code, (await CaseScenario.RefusedAsync(response, HttpStatusCode.BadRequest)).Code);
        var tooLong = await agent.GetAsync($"/api/hotline/knowledge/search?q={new string('问', 101)}", Ct);
        Assert.True((await CaseScenario.RefusedAsync(tooLong, HttpStatusCode.BadRequest)).HasFieldError("q"));
        var badRegion = await agent.GetAsync("/api/hotline/knowledge/search?q=社保&region=abc", Ct);
        Assert.Equal("knowledge.unknown-region", (await CaseScenario.RefusedAsync(badRegion, HttpStatusCode.BadRequest)).Code);
        var citizen = await Factory.SignedInAsync(CaseScenario.Citizen);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/hotline/knowledge/search?q=社保", Ct)).StatusCode);
    }
}
