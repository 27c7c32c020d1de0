using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

/// <summary>The public search API over the seeded demo catalog.</summary>
public abstract class SearchCatalogTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> SearchAsync(string query) =>
        await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/catalog/items?" + query, Ct);

    [Theory]
    [InlineData("开饭店", "食品经营许可")]
    [InlineData("办营业执照", "登记")]
    [InlineData("结婚", "结婚登记")]
    [InlineData("身份证", "居民身份证")]
    public async Task Citizens_words_find_the_demo_items(string q, string expected)
    {
        var body = await SearchAsync("q=" + Uri.EscapeDataString(q));
        var first = body.GetProperty("items")[0];
        Assert.Contains(expected, first.GetProperty("name").GetString());
        foreach (var field in new[] { "code", "name", "department", "region", "kind" })
            Assert.False(string.IsNullOrEmpty(first.GetProperty(field).GetString()), field);
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Without_a_query_the_catalog_is_listed_and_filtered_by_kind()
    {
        var all = await SearchAsync("");
        var licences = await SearchAsync("kind=" + Uri.EscapeDataString("行政许可"));
        Assert.True(all.GetProperty("total").GetInt32() > licences.GetProperty("total").GetInt32());
        Assert.All(licences.GetProperty("items").EnumerateArray(), i => Assert.Equal("行政许可", i.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_catalog_administrator_edits_the_synonym_list_and_search_follows()
    {
        Assert.Equal(0, (await SearchAsync("q=" + Uri.EscapeDataString("嘬蚬子"))).GetProperty("total").GetInt32());
        var admin = await Factory.SignedInAsync("catalog");
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/catalog/synonyms", Ct);
        var text = current.GetProperty("text").GetString() + "\n嘬蚬子 = 食品经营许可\n";
        (await admin.PutAsJsonAsync("/api/catalog/synonyms", new { text }, Ct)).EnsureSuccessStatusCode();
        var after = await SearchAsync("q=" + Uri.EscapeDataString("嘬蚬子"));
        Assert.Contains("食品经营许可", after.GetProperty("items")[0].GetProperty("name").GetString());

        var clerk = await Factory.SignedInAsync("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PutAsJsonAsync("/api/catalog/synonyms", new { text }, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_public_search_page_shows_results_linked_to_guides()
    {
        var html = await Factory.Anonymous().GetStringAsync("/services?q=" + Uri.EscapeDataString("开饭店"), Ct);
        Assert.Contains("食品经营许可", html);
        Assert.Contains("/services/items/", html);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_explains_how_to_search_instead_of_an_empty_table()
    {
        // A word no test of this class teaches the synonym list (the class shares one installation).
        var html = await Factory.Anonymous().GetStringAsync("/services?q=" + Uri.EscapeDataString("喵喵喵喵"), Ct);
        Assert.Contains("data-test=\"search-help\"", html);
        Assert.Contains("没有找到相关事项", html);
        Assert.Contains("12345", html);
    }

    [Fact]
    public async Task A_question_with_extra_words_still_finds_the_item()
    {
        // Before: documents holding under half the query's character pairs were dropped, so this found nothing.
        var body = await SearchAsync("q=" + Uri.EscapeDataString("我家楼下的小店要办食品经营许可"));
        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.Contains(body.GetProperty("items").EnumerateArray().Take(5), i => i.GetProperty("name").GetString()!.Contains("食品经营许可"));
    }

    [Fact]
    public async Task A_bundle_that_answers_the_search_is_shown_above_the_items()
    {
        var html = await Factory.Anonymous().GetStringAsync("/services?q=" + Uri.EscapeDataString("企业开办"), Ct);
        Assert.Contains("data-test=\"bundle-results\"", html);
        Assert.Contains("一件事：企业开办", html);
    }

    [Fact]
    public async Task The_public_chooses_a_region_on_the_search_page()
    {
        var html = await Factory.Anonymous().GetStringAsync("/services?q=" + Uri.EscapeDataString("营业执照"), Ct);
        Assert.Contains("data-test=\"region-chooser\"", html);
        Assert.Contains("天河区", html);
    }

    [Fact]
    public async Task A_handling_items_guide_shows_its_three_levels_and_the_other_handling_items_of_its_sub_item()
    {
        var owner = await Factory.SignedInAsync("catalog");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var ids = new List<long>();
        foreach (var handling in new[] { "退役军人持军队驾驶证申请机动车驾驶证" + suffix, "持武警驾驶证申请机动车驾驶证" + suffix })
        {
            var content = OneStop.Tests.Catalog.Items.SampleItems.FoodBusinessLicence() with
            {
                ImplementationCode = "LEVELS" + Guid.NewGuid().ToString("N")[..16],
                MainItemName = "机动车驾驶证核发、审验",
                SubItemName = "机动车驾驶证持军警驾驶证申领" + suffix,
                HandlingItemName = handling,
            };
            var created = await owner.PostAsJsonAsync("/api/catalog/items", content, OneStop.Catalog.Items.CatalogJson.Options, Ct);
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
            (await owner.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        var guide = await Factory.Anonymous().GetStringAsync($"/services/items/{ids[0]}", Ct);
        Assert.Contains("业务办理项：退役军人持军队驾驶证申请机动车驾驶证" + suffix, guide);
        Assert.Contains("子项：机动车驾驶证持军警驾驶证申领" + suffix, guide);
        Assert.Contains($"/services/items/{ids[1]}", guide);
        // Two handling items are two answers, not one collapsed entry.
        var found = await SearchAsync("q=" + Uri.EscapeDataString("驾驶证申请机动车驾驶证" + suffix));
        var names = found.GetProperty("items").EnumerateArray().Take(2).Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Contains("持武警驾驶证申请机动车驾驶证" + suffix, names);
        Assert.Contains("退役军人持军队驾驶证申请机动车驾驶证" + suffix, names);
    }

    [Fact]
    public async Task Searches_people_make_become_popular_suggestions_but_searches_that_find_nothing_do_not()
    {
        var visitor = Factory.Anonymous();
        for (var n = 0; n < 3; n++)
        {
            await visitor.GetStringAsync("/services?q=" + Uri.EscapeDataString("结婚登记"), Ct);
            await visitor.GetStringAsync("/services?q=" + Uri.EscapeDataString("呜呜呜呜"), Ct);
        }
        // The counts reach the database at the next flush (once a minute in a running host; ADR 0007).
        await Factory.WithScopeAsync(sp => sp.GetRequiredService<SearchCountFlush>().FlushAsync(sp.GetRequiredService<CatalogDbContext>(), Ct));
        var html = await visitor.GetStringAsync("/services?q=" + Uri.EscapeDataString("喵喵喵喵"), Ct);
        Assert.Contains("data-test=\"popular-searches\"", html);
        Assert.Contains(">结婚登记</a>", html);
        Assert.DoesNotContain(">呜呜呜呜</a>", html);
    }
}
