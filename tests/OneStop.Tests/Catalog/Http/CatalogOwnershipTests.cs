using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class CatalogOwnershipOnSqlite(SqliteFactory f) : CatalogOwnershipTests(f), IClassFixture<SqliteFactory>;
public sealed class CatalogOwnershipOnPostgres(PostgresFactory f) : CatalogOwnershipTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Who owns what in the catalog (ADR 0003): the platform-wide synonym list belongs to province and city catalog
/// administrators; a bundle holds only items in its administrator's scope.
/// </summary>
public abstract class CatalogOwnershipTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Synonyms = "办证 = 许可\n开饭店 = 食品经营许可";

    private Task<string?> StoredSynonymsAsync() => Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>()
        .Settings.Where(s => s.Key == "synonyms").Select(s => s.Value).FirstOrDefaultAsync(Ct));

    [Theory]
    [InlineData(CatalogAdmins.Yuexiu)]
    [InlineData(CatalogAdmins.Tianhe)]
    public async Task A_county_catalog_administrator_cannot_replace_the_platform_synonym_list(string county)
    {
        var before = await StoredSynonymsAsync();
        var admin = await CatalogAdmins.OfRegionAsync(Factory, county);
        var response = await admin.PutAsJsonAsync("/api/catalog/synonyms", new { text = "办证 = 随便" }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal((HttpStatusCode.Forbidden, "catalog.synonyms-owner-only"), (problem.Status, problem.Code));
        Assert.Equal(before, await StoredSynonymsAsync());
    }

    [Fact]
    public async Task The_city_catalog_administrator_edits_the_synonym_list()
    {
        var response = await (await Factory.SignedInAsync("catalog")).PutAsJsonAsync("/api/catalog/synonyms", new { text = Synonyms }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Synonyms, await StoredSynonymsAsync());
    }

    [Fact]
    public async Task A_bundle_with_items_of_another_county_is_refused()
    {
        var tianheItems = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.RegionCode == CatalogAdmins.Tianhe).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToListAsync(Ct));
        Assert.Equal(2, tianheItems.Count);
        var code = "YX-" + Guid.NewGuid().ToString("N")[..6];
        var yuexiu = await CatalogAdmins.OfRegionAsync(Factory, CatalogAdmins.Yuexiu);
        var response = await yuexiu.PostAsJsonAsync("/api/catalog/bundles",
            new { code, name = "越秀一件事", regionCode = CatalogAdmins.Yuexiu, itemIds = tianheItems, promisedLimitDays = 1 }, Ct);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal((HttpStatusCode.Forbidden, "bundle.item-out-of-scope"), (problem.Status, problem.Code));
        Assert.False(await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Bundles.AnyAsync(b => b.Code == code, Ct)));
    }

    [Fact]
    public async Task A_county_bundle_cannot_pull_in_an_item_of_the_city_above()
    {
        var (tianheItem, cityItem) = await Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CatalogDbContext>();
            return (await db.Items.Where(i => i.RegionCode == CatalogAdmins.Tianhe).Select(i => i.Id).FirstAsync(Ct),
                await db.Items.Where(i => i.RegionCode == "440100").Select(i => i.Id).FirstAsync(Ct));
        });
        var tianhe = await CatalogAdmins.OfRegionAsync(Factory, CatalogAdmins.Tianhe);
        var response = await tianhe.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "TH-" + Guid.NewGuid().ToString("N")[..6], name = "天河一件事", regionCode = CatalogAdmins.Tianhe,
            itemIds = new[] { tianheItem, cityItem }, promisedLimitDays = 1,
        }, Ct);
        Assert.Equal("bundle.item-out-of-scope", (await Problem.ReadAsync(response)).Code);
    }
}
