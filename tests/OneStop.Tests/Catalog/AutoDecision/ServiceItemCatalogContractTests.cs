using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Contracts;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.AutoDecision;

public sealed class ServiceItemCatalogContractOnSqlite(SqliteFactory f) : ServiceItemCatalogContractTests(f), IClassFixture<SqliteFactory>;
public sealed class ServiceItemCatalogContractOnPostgres(PostgresFactory f) : ServiceItemCatalogContractTests(f), IClassFixture<PostgresFactory>;

/// <summary>What the Cases module reads through <see cref="IServiceItemCatalog"/>, resolved from the host's services.</summary>
public abstract class ServiceItemCatalogContractTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => ChinaTime.Today(Factory.Clock);

    private Task<T> CatalogAsync<T>(Func<IServiceItemCatalog, Task<T>> read) =>
        Factory.WithScopeAsync(sp => read(sp.GetRequiredService<IServiceItemCatalog>()));

    private Task<long> ItemIdAsync(string region, int skip) => Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
        .Where(i => i.RegionCode == region && i.Source == "demo").OrderBy(i => i.Id).Skip(skip).Select(i => i.Id).FirstAsync(Ct));

    [Fact]
    public async Task A_local_item_is_read_with_its_variation_applied_and_its_own_version()
    {
        var generalId = await ItemIdAsync("440100", 0);
        var admin = await Factory.SignedInAsync("catalog");
        var general = await CatalogAsync(c => c.FindInForceAsync(generalId, Today, Ct));
        Assert.NotNull(general);
        var promised = Math.Max(1, (general.PromisedLimitDays ?? 2) - 1);
        var derived = await admin.PostAsJsonAsync($"/api/catalog/items/{generalId}/local", new
        {
            regionCode = "440106", implementationCode = "TH-CONTRACT-" + generalId,
            variation = new { promisedLimitDays = promised, handlingLocation = "天河区政务服务中心" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, derived.StatusCode);
        var localId = (await derived.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        (await admin.PostAsJsonAsync($"/api/catalog/items/{localId}/publish", new { }, Ct)).EnsureSuccessStatusCode();

        var local = await CatalogAsync(c => c.FindInForceAsync(localId, Today, Ct));
        Assert.NotNull(local);
        var ownVersion = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.AsNoTracking()
            .Include(i => i.Versions).Where(i => i.Id == localId).Select(i => i.Versions.Single().Id).SingleAsync(Ct));
        Assert.Equal(localId, local.ItemId);
        Assert.Equal(ownVersion, local.VersionId);
        Assert.NotEqual(general.VersionId, local.VersionId);
        Assert.Equal("440106", local.RegionCode);
        Assert.Equal(promised, local.PromisedLimitDays);
        Assert.Equal("TH-CONTRACT-" + generalId, local.ImplementationCode);
        Assert.Equal(general.Name, local.Name);
        Assert.Equal(general.Materials.Select(m => m.Name), local.Materials.Select(m => m.Name));
    }

    [Fact]
    public async Task A_retired_item_is_not_in_force_after_its_last_day_but_still_exists()
    {
        var id = await ItemIdAsync("440106", 3);
        var admin = await Factory.SignedInAsync("catalog");
        var lastDay = Today.ToString("yyyy-MM-dd");
        var retired = await admin.PostAsJsonAsync($"/api/catalog/items/{id}/retire", new { lastDay }, Ct);
        Assert.True(retired.IsSuccessStatusCode, await retired.Content.ReadAsStringAsync(Ct));

        Assert.NotNull(await CatalogAsync(c => c.FindInForceAsync(id, Today, Ct)));
        Assert.Null(await CatalogAsync(c => c.FindInForceAsync(id, Today.AddDays(1), Ct)));
        Assert.True(await CatalogAsync(c => c.ExistsAsync(id, Ct)));
        Assert.False(await CatalogAsync(c => c.ExistsAsync(-1, Ct)));
    }

    [Fact]
    public async Task An_unpublished_bundle_is_not_offered_and_a_published_one_carries_each_member()
    {
        var ids = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.RegionCode == "440106" && i.Source == "demo").OrderBy(i => i.Id).Skip(10).Select(i => i.Id).Take(2).ToListAsync(Ct));
        var admin = await Factory.SignedInAsync("catalog");
        var created = await admin.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "TEST-" + Guid.NewGuid().ToString("N")[..6], name = "测试一件事", regionCode = "440106", itemIds = ids, promisedLimitDays = 1,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draftId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        Assert.Null(await CatalogAsync(c => c.FindBundleAsync(draftId, Today, Ct)));

        var demoId = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Bundles
            .Where(b => b.Code == "TH-YJS-007").Select(b => b.Id).SingleAsync(Ct));
        var demo = await CatalogAsync(c => c.FindBundleAsync(demoId, Today, Ct));
        Assert.NotNull(demo);
        Assert.Equal("美容美发店开办", demo.Name);
        Assert.Equal(2, demo.Members.Count);
        Assert.All(demo.Members, m => Assert.NotEqual(0, m.VersionId));
        Assert.Equal(2, demo.Members.Select(m => m.DepartmentName).Distinct().Count());
    }

    [Fact]
    public async Task The_demo_item_decided_at_once_hands_the_rule_and_its_form_fields_to_the_case_engine()
    {
        var id = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.ImplementationCode == "11440106TH0005002108046001").Select(i => i.Id).SingleAsync(Ct));
        var item = await CatalogAsync(c => c.FindInForceAsync(id, Today, Ct));
        Assert.NotNull(item);
        Assert.NotNull(item.AutoDecision);
        Assert.Contains(item.FormFields, f => f.Key == "applyType");
        Assert.True(item.IsOnline);
        Assert.Contains(item.Materials, m => m.Deferrable);
    }
}
