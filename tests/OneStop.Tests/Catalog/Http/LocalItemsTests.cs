using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

/// <summary>N ± X over HTTP: 天河区 adopts a 广州市 item with a shorter promise.</summary>
public abstract class LocalItemsTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(long Id, string Code)> CityItemAsync(int skip) => Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
        .Where(i => i.RegionCode == "440100").OrderBy(i => i.Id).Skip(skip).Select(i => new ValueTuple<long, string>(i.Id, i.ImplementationCode)).FirstAsync(Ct));

    [Fact]
    public async Task A_county_adopts_a_city_item_with_a_shorter_promise_and_everything_else_inherited()
    {
        var (id, _) = await CityItemAsync(0);
        var admin = await Factory.SignedInAsync("catalog");
        var general = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        var promised = general.GetProperty("content").GetProperty("promisedLimitDays").GetInt32();

        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local", new
        {
            regionCode = "440106", implementationCode = "TH-LOCAL-" + id,
            variation = new { promisedLimitDays = Math.Max(1, promised - 1), handlingLocation = "天河区政务服务中心" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var localId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct)).StatusCode);

        var local = (await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{localId}", Ct)).GetProperty("content");
        Assert.Equal("440106", local.GetProperty("regionCode").GetString());
        Assert.Equal(Math.Max(1, promised - 1), local.GetProperty("promisedLimitDays").GetInt32());
        Assert.Equal("天河区政务服务中心", local.GetProperty("handlingLocation").GetString());
        Assert.Equal(general.GetProperty("content").GetProperty("mainItemName").GetString(), local.GetProperty("mainItemName").GetString());

        var again = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local", new { regionCode = "440106", implementationCode = "X" + id, variation = new { } }, Ct);
        Assert.Equal("catalog.already-local", (await Problem.ReadAsync(again)).Code);
    }

    [Fact]
    public async Task A_local_promise_beyond_the_statutory_limit_is_refused_and_nothing_is_stored()
    {
        var (id, _) = await CityItemAsync(1);
        var before = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.CountAsync(Ct));
        var admin = await Factory.SignedInAsync("catalog");
        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = "440106", implementationCode = "TH-BAD-" + id, variation = new { promisedLimitDays = 999 } }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("catalog.publish-rejected", problem.Code);
        Assert.Equal(before, await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_local_item_must_be_below_the_general_items_region()
    {
        var (id, _) = await CityItemAsync(2);
        var admin = await Factory.SignedInAsync("catalog");
        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = "440100", implementationCode = "SAME-" + id, variation = new { } }, Ct);
        Assert.Equal("catalog.not-below-general", (await Problem.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task A_county_marks_a_general_item_as_not_offered()
    {
        var (id, _) = await CityItemAsync(3);
        var admin = await Factory.SignedInAsync("catalog");
        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = "440106", implementationCode = "TH-NO-" + id, variation = new { notOffered = true } }, Ct);
        var localId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/api/catalog/items/{localId}", Ct)).StatusCode);
    }
}
