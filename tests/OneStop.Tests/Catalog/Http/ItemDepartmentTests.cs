using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Departments;
using OneStop.Tests.Catalog.Items;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

public sealed class ItemDepartmentsOnSqlite(SqliteFactory f) : ItemDepartmentTests(f), IClassFixture<SqliteFactory>;
public sealed class ItemDepartmentsOnPostgres(PostgresFactory f) : ItemDepartmentTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 实施主体 → Platform department: resolved by region and name on create, edit and import (through
/// <see cref="IDepartmentDirectory"/>), and what stays unresolved is listed for an administrator to map.
/// </summary>
public abstract class ItemDepartmentTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<long> DepartmentAsync(string region, string name) =>
        Factory.WithDbAsync(db => db.Departments.Where(d => d.RegionCode == region && d.Name == name).Select(d => d.Id).SingleAsync(Ct));

    private async Task<(HttpClient Admin, long Id)> CreateAsync(string departmentName)
    {
        var admin = await Factory.SignedInAsync("catalog");
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = "DEPT" + Guid.NewGuid().ToString("N")[..16], DepartmentName = departmentName };
        var response = await admin.PostAsJsonAsync("/api/catalog/items", content, CatalogJson.Options, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (admin, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64());
    }

    private Task<long?> DepartmentOfAsync(long itemId) => Factory.WithScopeAsync(sp =>
        sp.GetRequiredService<CatalogDbContext>().Items.Where(i => i.Id == itemId).Select(i => i.DepartmentId).SingleAsync(Ct));

    [Theory]
    [InlineData("广州市天河区市场监督管理局")]
    [InlineData(" 区市场监管局 ")]
    public async Task A_new_item_is_linked_to_the_department_of_its_region_by_full_or_short_name(string name)
    {
        var (_, id) = await CreateAsync(name);
        Assert.Equal(await DepartmentAsync("440106", "广州市天河区市场监督管理局"), await DepartmentOfAsync(id));
    }

    [Fact]
    public async Task An_unknown_department_is_listed_and_an_administrator_maps_it_once_for_all_its_items()
    {
        var name = "天河区某未登记局" + Guid.NewGuid().ToString("N")[..4];
        var (admin, first) = await CreateAsync(name);
        var (_, second) = await CreateAsync(name);
        Assert.Null(await DepartmentOfAsync(first));

        var unresolved = await admin.GetFromJsonAsync<JsonElement>("/api/catalog/departments/unresolved", Ct);
        var entry = unresolved.EnumerateArray().Single(u => u.GetProperty("departmentName").GetString() == name);
        Assert.Equal([first, second], entry.GetProperty("itemIds").EnumerateArray().Select(i => i.GetInt64()).ToArray());
        Assert.Contains(entry.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("name").GetString() == "广州市天河区民政局");
        Assert.Contains(name, await admin.GetStringAsync("/admin/catalog/quality", Ct));

        var target = await DepartmentAsync("440106", "广州市天河区民政局");
        var mapped = await admin.PostAsJsonAsync("/api/catalog/departments/map", new { regionCode = "440106", departmentName = name, departmentId = target }, Ct);
        Assert.Equal(2, (await mapped.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("mapped").GetInt32());
        Assert.Equal(target, await DepartmentOfAsync(first));
        Assert.Equal(target, await DepartmentOfAsync(second));
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/catalog/departments/unresolved", Ct);
        Assert.DoesNotContain(after.EnumerateArray(), u => u.GetProperty("departmentName").GetString() == name);
        Assert.DoesNotContain(name, await admin.GetStringAsync("/admin/catalog/quality", Ct));
    }

    [Fact]
    public async Task A_department_of_another_county_cannot_be_mapped_and_another_countys_admin_cannot_map()
    {
        var name = "天河区另一未登记局" + Guid.NewGuid().ToString("N")[..4];
        var (admin, id) = await CreateAsync(name);
        var yuexiuDepartment = await DepartmentAsync("440104", "广州市越秀区市场监督管理局");
        var wrong = await admin.PostAsJsonAsync("/api/catalog/departments/map", new { regionCode = "440106", departmentName = name, departmentId = yuexiuDepartment }, Ct);
        Assert.Equal("catalog.department-out-of-region", (await Problem.ReadAsync(wrong)).Code);

        var yuexiu = await CatalogAdmins.OfRegionAsync(Factory, CatalogAdmins.Yuexiu);
        var outsider = await yuexiu.PostAsJsonAsync("/api/catalog/departments/map",
            new { regionCode = "440106", departmentName = name, departmentId = await DepartmentAsync("440106", "广州市天河区民政局") }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await Problem.ReadAsync(outsider)).Status);
        Assert.Null(await DepartmentOfAsync(id));
    }

    [Fact]
    public async Task The_demo_catalog_is_linked_to_the_demo_departments()
    {
        var demo = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items
            .Where(i => i.Source == "demo").Select(i => i.DepartmentId).ToListAsync(Ct));
        Assert.True(demo.Count > 50);
        Assert.DoesNotContain(null, demo);
    }

    [Fact]
    public async Task After_the_missing_department_is_added_resolving_again_links_the_items()
    {
        var name = "广州市天河区新设局" + Guid.NewGuid().ToString("N")[..4];
        var (admin, id) = await CreateAsync(name);
        Assert.Null(await DepartmentOfAsync(id));
        var created = await (await Factory.SignedInAsync("admin")).PostAsJsonAsync("/api/departments",
            new { name, shortName = "新设局", regionCode = "440106" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var resolved = await admin.PostAsync("/api/catalog/departments/resolve", null, Ct);
        Assert.True((await resolved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("resolved").GetInt32() >= 1);
        Assert.Equal(await DepartmentAsync("440106", name), await DepartmentOfAsync(id));
    }

    [Fact]
    public async Task Renaming_the_department_in_the_draft_resolves_it_again()
    {
        var (admin, id) = await CreateAsync("未登记的局");
        Assert.Null(await DepartmentOfAsync(id));
        var content = SampleItems.FoodBusinessLicence() with { DepartmentName = "区卫健局" };
        var code = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Items.Where(i => i.Id == id).Select(i => i.ImplementationCode).SingleAsync(Ct));
        content = content with { ImplementationCode = code };
        (await admin.PutAsJsonAsync($"/api/catalog/items/{id}/draft", content, CatalogJson.Options, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(await DepartmentAsync("440106", "广州市天河区卫生健康局"), await DepartmentOfAsync(id));
    }

    [Fact]
    public async Task An_import_links_items_to_departments_through_the_directory()
    {
        var code = "IMP" + Guid.NewGuid().ToString("N")[..16];
        var content = SampleItems.FoodBusinessLicence() with { ImplementationCode = code, DepartmentName = "区人社局" };
        var path = Path.Combine(Path.GetTempPath(), $"dept-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, $"{{\"onestopCatalog\":1,\"source\":\"test\",\"content\":{JsonSerializer.Serialize(content, CatalogJson.Options)}}}\n", Ct);
        try
        {
            var report = await Factory.WithScopeAsync(sp => ImportCatalog.RunAsync(path, sp.GetRequiredService<CatalogDbContext>(), Factory.Clock, null, Ct,
                sp.GetRequiredService<IDepartmentDirectory>()));
            Assert.Equal(1, report.Imported);
        }
        finally { File.Delete(path); }
        var department = await Factory.WithScopeAsync(sp =>
            sp.GetRequiredService<CatalogDbContext>().Items.Where(i => i.ImplementationCode == code).Select(i => i.DepartmentId).SingleAsync(Ct));
        Assert.Equal(await DepartmentAsync("440106", "广州市天河区人力资源和社会保障局"), department);
    }
}
