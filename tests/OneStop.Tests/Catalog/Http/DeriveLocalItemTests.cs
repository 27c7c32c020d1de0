using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class DeriveLocalItemOnSqlite(SqliteFactory f) : DeriveLocalItemTests(f), IClassFixture<SqliteFactory>;
public sealed class DeriveLocalItemOnPostgres(PostgresFactory f) : DeriveLocalItemTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// N ± X as a county's administrator lives it: a derived item has the general item's name and its own versions, is
/// public only once published, can be retired, its variation is changed through a new draft, and its region is
/// chosen from a list (a typed name works too).
/// </summary>
public abstract class DeriveLocalItemTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(long Id, string Name)> CityItemAsync(int skip) => Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
        .Where(i => i.RegionCode == "440100" && i.GeneralItemId == null).OrderBy(i => i.Id).Skip(skip)
        .Select(i => new ValueTuple<long, string>(i.Id, i.Versions.OrderByDescending(v => v.Number).First().Name)).FirstAsync(Ct));

    private async Task<(HttpClient Admin, long LocalId, string Name)> DeriveAsync(int skip, object? variation = null, string region = "440106")
    {
        var (id, name) = await CityItemAsync(skip);
        var admin = await Factory.SignedInAsync("catalog");
        var response = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = region, implementationCode = $"TH-{skip}-{id}", variation = variation ?? new { handlingLocation = "天河区政务服务中心" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (admin, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64(), name);
    }

    private async Task<JsonElement> AdminDetailOkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<bool> FoundBySearchAsync(long id, string name)
    {
        var found = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items?q={Uri.EscapeDataString(name)}&region=440106", Ct);
        return found.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task A_published_derived_item_offers_no_new_draft_because_its_variation_is_edited_instead()
    {
        var (general, _) = await CityItemAsync(6);
        var (admin, localId, _) = await DeriveAsync(6, region: "440104");
        await AdminDetailOkAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct));

        var local = await admin.GetStringAsync($"/admin/catalog/{localId}", Ct);
        Assert.Contains("data-test=\"variation\"", local);
        Assert.DoesNotContain("data-test=\"new-draft\"", local);
        Assert.DoesNotContain("请先“新建草稿”", local);
        Assert.Contains("data-test=\"new-draft\"", await admin.GetStringAsync($"/admin/catalog/{general}", Ct));
    }

    [Fact]
    public async Task A_derived_item_is_a_named_draft_and_goes_public_only_when_published()
    {
        var (id, name) = await CityItemAsync(0);
        var admin = await Factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = "440106", implementationCode = "TH-PUB-" + id, variation = new { handlingLocation = "天河区政务服务中心" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var localId = body.GetProperty("id").GetInt64();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("content").GetProperty("mainItemName").GetString()));
        var versions = body.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal("Draft", Assert.Single(versions).GetProperty("status").GetString());
        Assert.Equal(name, versions[0].GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/api/catalog/items/{localId}", Ct)).StatusCode);
        Assert.False(await FoundBySearchAsync(localId, name));

        var published = await AdminDetailOkAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct));
        Assert.Equal(1, published.GetProperty("effectiveVersion").GetInt32());
        var detail = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{localId}", Ct);
        Assert.Equal("天河区政务服务中心", detail.GetProperty("content").GetProperty("handlingLocation").GetString());
        Assert.Equal("440106", detail.GetProperty("content").GetProperty("regionCode").GetString());
        Assert.True(await FoundBySearchAsync(localId, name));
    }

    [Fact]
    public async Task A_published_derived_item_can_be_retired()
    {
        var (admin, localId, _) = await DeriveAsync(1);
        await AdminDetailOkAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct));

        var retired = await AdminDetailOkAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/retire", new { }, Ct));
        Assert.Equal(1, retired.GetProperty("endedVersion").GetInt32());
        Assert.Equal("2026-11-23", retired.GetProperty("item").GetProperty("versions")[0].GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task Changing_a_published_variation_makes_a_draft_that_is_published_as_the_next_version()
    {
        var (admin, localId, _) = await DeriveAsync(2, new { consultPhone = "020-11111111" });
        await AdminDetailOkAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct));

        var changed = await AdminDetailOkAsync(await admin.PutAsJsonAsync($"/api/catalog/items/{localId}/variation",
            new { consultPhone = "020-22222222" }, Ct));
        var draft = changed.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("status").GetString() == "Draft");
        Assert.Equal(2, draft.GetProperty("number").GetInt32());
        var before = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{localId}", Ct);
        Assert.Equal("020-11111111", before.GetProperty("content").GetProperty("consultPhone").GetString());

        var second = await AdminDetailOkAsync(await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { validFrom = "2026-11-24" }, Ct));
        Assert.Equal("2026-11-23", second.GetProperty("versions")[0].GetProperty("validTo").GetString());
        var v2 = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{localId}/versions/2", Ct);
        Assert.Equal("020-22222222", v2.GetProperty("content").GetProperty("consultPhone").GetString());
        Assert.Equal("2026-11-24", v2.GetProperty("validFrom").GetString());
    }

    [Fact]
    public async Task A_region_typed_by_name_is_the_region_and_an_unknown_name_asks_to_choose()
    {
        var (id, _) = await CityItemAsync(3);
        var admin = await Factory.SignedInAsync("catalog");
        var unknown = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = "不存在区", implementationCode = "TH-NAME-X" + id, variation = new { } }, Ct);
        var problem = await Problem.ReadAsync(unknown);
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("catalog.unknown-region", problem.Code);

        var byName = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/local",
            new { regionCode = "天河区", implementationCode = "TH-NAME-" + id, variation = new { } }, Ct);
        Assert.Equal(HttpStatusCode.Created, byName.StatusCode);
        Assert.Equal("440106", (await byName.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task The_derive_form_offers_the_districts_below_the_city_and_marks_those_already_derived()
    {
        var (admin, _, _) = await DeriveAsync(4);
        var (id, _) = await CityItemAsync(4);
        var response = await admin.GetAsync($"/api/catalog/items/{id}/local-regions", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var regions = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        var tianhe = Assert.Single(regions, r => r.GetProperty("code").GetString() == "440106");
        Assert.Equal("天河区", tianhe.GetProperty("name").GetString());
        Assert.True(tianhe.GetProperty("derived").GetBoolean());
        Assert.Contains(regions, r => r.GetProperty("code").GetString() == "440104" && !r.GetProperty("derived").GetBoolean());
        Assert.DoesNotContain(regions, r => r.GetProperty("code").GetString() == "440100");
        Assert.DoesNotContain(regions, r => !r.GetProperty("code").GetString()!.StartsWith("4401"));
    }

    [Fact]
    public async Task Of_six_parallel_publishes_of_a_derived_item_exactly_one_wins()
    {
        var (_, localId, _) = await DeriveAsync(5);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 6; i++) clients.Add(await Factory.SignedInAsync("catalog"));
        using var start = new SemaphoreSlim(0);
        var tasks = clients.Select(async c => { await start.WaitAsync(Ct); return await c.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct); }).ToList();
        start.Release(clients.Count);
        var responses = await Task.WhenAll(tasks);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await Problem.ReadAsync(loser);
            Assert.Equal(HttpStatusCode.Conflict, problem.Status);
            Assert.Contains(problem.Code, new[] { "catalog.changed", "catalog.no-draft" });
        }
        var published = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Versions
            .CountAsync(v => v.ItemId == localId && v.Status == OneStop.Catalog.Items.VersionStatus.Published, Ct));
        Assert.Equal(1, published);
    }
}
