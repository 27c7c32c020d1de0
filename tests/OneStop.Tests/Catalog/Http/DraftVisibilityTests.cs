using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Catalog.Items;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class DraftVisibilityOnSqlite(SqliteFactory f) : DraftVisibilityTests(f), IClassFixture<SqliteFactory>;
public sealed class DraftVisibilityOnPostgres(PostgresFactory f) : DraftVisibilityTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// An unpublished draft is seen by the catalog administrators whose scope covers the item, and by nobody else, on
/// every path: the API, the admin pages, the public pages, lists, search and exports.
/// </summary>
public abstract class DraftVisibilityTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An item (天河区) in force as version 1 with a draft version 2 whose name and limit are secret.</summary>
    private async Task<(HttpClient Owner, long Id, string SecretName)> PublishedWithDraftAsync()
    {
        var owner = await Factory.SignedInAsync("catalog");
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "DRAFT" + Guid.NewGuid().ToString("N")[..16] };
        var created = await owner.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        (await owner.PostAsJsonAsync($"/api/catalog/items/{id}/publish", new { }, Ct)).EnsureSuccessStatusCode();
        (await owner.PostAsync($"/api/catalog/items/{id}/draft", null, Ct)).EnsureSuccessStatusCode();
        var secret = "未公布草稿" + Guid.NewGuid().ToString("N")[..8];
        (await owner.PutAsJsonAsync($"/api/catalog/items/{id}/draft", content with { SubItemName = secret, PromisedLimitDays = 2 },
            CatalogJson.Options, Ct)).EnsureSuccessStatusCode();
        return (owner, id, secret);
    }

    [Fact]
    public async Task An_anonymous_visitor_cannot_read_a_draft_through_the_version_diff()
    {
        var (_, id, _) = await PublishedWithDraftAsync();
        var response = await Factory.Anonymous().GetAsync($"/api/catalog/items/{id}/diff?from=1&to=2", Ct);
        Assert.Equal("catalog.version-not-found", (await Problem.ReadAsync(response)).Code);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Staff_who_are_not_catalog_administrators_in_scope_cannot_read_the_draft_diff()
    {
        var (owner, id, secret) = await PublishedWithDraftAsync();
        var others = new[] { await Factory.SignedInAsync("clerk"), await Factory.SignedInAsync("admin"),
            await CatalogAdmins.OfRegionAsync(Factory, CatalogAdmins.Yuexiu) };
        foreach (var other in others)
        {
            var response = await other.GetAsync($"/api/catalog/items/{id}/diff?from=1&to=2", Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var own = await owner.GetStringAsync($"/api/catalog/items/{id}/diff?from=1&to=2", Ct);
        Assert.Contains(secret, own);
    }

    [Fact]
    public async Task A_catalog_administrator_of_another_region_cannot_open_the_admin_diff_page()
    {
        var (owner, id, secret) = await PublishedWithDraftAsync();
        var yuexiu = await CatalogAdmins.OfRegionAsync(Factory, CatalogAdmins.Yuexiu);
        var response = await yuexiu.GetAsync($"/admin/catalog/{id}/diff?from=1&to=2", Ct);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync(Ct));
        var item = await yuexiu.GetAsync($"/admin/catalog/{id}", Ct);
        Assert.NotEqual(HttpStatusCode.OK, item.StatusCode);
        Assert.Contains(secret, await owner.GetStringAsync($"/admin/catalog/{id}/diff?from=1&to=2", Ct));
    }

    [Fact]
    public async Task The_public_item_shows_the_version_in_force_and_not_that_a_draft_exists()
    {
        var (_, id, secret) = await PublishedWithDraftAsync();
        var detail = await Factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/catalog/items/{id}", Ct);
        var version = Assert.Single(detail.GetProperty("versions").EnumerateArray());
        Assert.Equal("Published", version.GetProperty("status").GetString());
        Assert.DoesNotContain(secret, detail.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/api/catalog/items/{id}/versions/2", Ct)).StatusCode);
    }

    [Fact]
    public async Task No_public_page_list_search_or_export_shows_a_draft()
    {
        var (_, _, secret) = await PublishedWithDraftAsync();
        // Searched by the secret's tail: the search page echoes the query, which is no leak.
        var pages = await PublicCatalogPages.FetchAllAsync(Factory, Ct, secret[5..], "未公布草稿");
        Assert.True(pages.Count > 40, $"only {pages.Count} pages");
        var leaks = pages.Where(p => p.Body.Contains(secret)).Select(p => p.Path).ToList();
        Assert.True(leaks.Count == 0, "draft shown on: " + string.Join(", ", leaks));
    }

    [Fact]
    public async Task A_draft_only_item_has_no_public_guide_or_notice()
    {
        var owner = await Factory.SignedInAsync("catalog");
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "NEW" + Guid.NewGuid().ToString("N")[..16] };
        var created = await owner.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var anonymous = Factory.Anonymous();
        foreach (var path in new[] { $"/api/catalog/items/{id}", $"/services/items/{id}", $"/services/items/{id}/notice",
                     $"/api/catalog/items/{id}/versions/1", $"/api/catalog/items/{id}/diff?from=1&to=1" })
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path, Ct)).StatusCode);
    }
}
