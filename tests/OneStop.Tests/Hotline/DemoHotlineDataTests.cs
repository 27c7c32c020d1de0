using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Hotline.Demo;
using OneStop.Hotline.Taxonomy;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline;

public sealed class DemoHotlineDataOnSqlite(SqliteFactory f) : DemoHotlineDataTests(f), IClassFixture<SqliteFactory>;
public sealed class DemoHotlineDataOnPostgres(PostgresFactory f) : DemoHotlineDataTests(f), IClassFixture<PostgresFactory>;

/// <summary>On first start the demo shows a working knowledge base and dispatch catalogue to every hotline role.</summary>
public abstract class DemoHotlineDataTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_department_sees_its_expired_answers_and_the_dispatcher_a_review_queue()
    {
        var s = new HotlineScenario(Factory);
        var list = await (await s.AsAsync("handler")).GetFromJsonAsync<JsonElement>("/api/hotline/knowledge", Ct);
        Assert.True(list.GetProperty("expiredCount").GetInt32() >= 1, list.ToString());
        Assert.Contains(list.GetProperty("articles").EnumerateArray(), a => a.GetProperty("statusName").GetString() == "编写中");
        var queue = await (await s.AsAsync("dispatcher")).GetFromJsonAsync<JsonElement>("/api/hotline/knowledge/review-queue", Ct);
        Assert.True(queue.GetArrayLength() >= 3, queue.ToString());
        var hits = await Knowledge.KnowledgeLifecycleTests.SearchAsync(await s.AsAsync("agent"), "公积金提取");
        Assert.Contains(hits, h => h.GetProperty("title").GetString() == "住房公积金提取条件");
    }

    [Fact]
    public async Task Every_first_level_category_the_classifier_uses_has_a_department_in_tianhe()
    {
        var dispatcher = await new HotlineScenario(Factory).AsAsync("dispatcher");
        foreach (var name in new[] { "劳动和社会保障", "城乡建设", "教育文体", "卫生计生", "交通运输", "商贸旅游", "环境保护" })
        {
            var leaf = AppealTaxonomy.Leaves.First(c => c.First == name);
            var suggestion = await dispatcher.GetFromJsonAsync<JsonElement>(
                $"/api/hotline/dispatch-rules/suggest?category={leaf.Code}&region=440106006", Ct);
            Assert.True(suggestion.GetProperty("matched").GetBoolean(), $"{name}: {suggestion}");
        }
        var water = await dispatcher.GetFromJsonAsync<JsonElement>("/api/hotline/dispatch-rules/suggest?category=010216&region=440106", Ct);
        Assert.Equal("广州市水务局", water.GetProperty("rule").GetProperty("main").GetProperty("name").GetString());
        var rules = await dispatcher.GetFromJsonAsync<JsonElement>("/api/hotline/dispatch-rules", Ct);
        Assert.Equal(DispatchDemoSeed.Rules.Length, rules.EnumerateArray().Count(r => r.GetProperty("regionCode").GetString() == "440106"));
    }

    [Fact]
    public void The_demo_articles_and_rules_use_categories_of_the_taxonomy()
    {
        var unknown = KnowledgeDemoArticles.All.Where(a => a.Category is { } c && AppealTaxonomy.Find(c) is null).Select(a => a.Title)
            .Concat(DispatchDemoSeed.Rules.Where(r => AppealTaxonomy.Find(r.Category) is null).Select(r => r.Category)).ToList();
        Assert.Empty(unknown);
        Assert.InRange(KnowledgeDemoArticles.All.Length, 25, 40);
    }
}
