using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

/// <summary>A catalog administrator composes, publishes, edits and retires a 一件事; the public sees the merged guide.</summary>
public abstract class BundleApiTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bundle_goes_from_draft_to_published_to_edited_to_retired()
    {
        var ids = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.RegionCode == "440106").OrderBy(i => i.Id).Select(i => i.Id).Take(3).ToListAsync(Ct));
        var admin = await Factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "TEST-" + Guid.NewGuid().ToString("N")[..6], name = "测试一件事", regionCode = "440106",
            itemIds = ids.Take(2), promisedLimitDays = 1,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/api/catalog/bundles/{id}", Ct)).StatusCode);

        (await admin.PostAsync($"/api/catalog/bundles/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        var guide = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/bundles/{id}", Ct);
        Assert.Equal(2, guide.GetProperty("guide").GetProperty("items").GetArrayLength());

        (await admin.PutAsJsonAsync($"/api/catalog/bundles/{id}", new { name = "测试一件事（三项）", itemIds = ids, promisedLimitDays = 1 }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/api/catalog/bundles/{id}", Ct)).StatusCode);
        (await admin.PostAsync($"/api/catalog/bundles/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        var edited = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/bundles/{id}", Ct);
        Assert.Equal(3, edited.GetProperty("guide").GetProperty("items").GetArrayLength());

        (await admin.PostAsync($"/api/catalog/bundles/{id}/retire", null, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/api/catalog/bundles/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Only_catalog_administrators_compose_bundles()
    {
        var clerk = await Factory.SignedInAsync("clerk");
        var response = await clerk.PostAsJsonAsync("/api/catalog/bundles", new { code = "X", name = "X", regionCode = "440106", itemIds = new[] { 1, 2 }, promisedLimitDays = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
