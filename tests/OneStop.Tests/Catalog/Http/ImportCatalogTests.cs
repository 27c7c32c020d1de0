using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog;
using OneStop.Catalog.Importing;
using OneStop.Catalog.Persistence;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Catalog.Http;

/// <summary>Imports the real Guangdong and Sichuan catalogs into a fresh database, twice.</summary>
public abstract class ImportCatalogTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<CatalogImportReport> ImportAsync(string relative)
    {
        var path = Path.Combine(SharedData.RequireRoot(), "gov-service-items", relative);
        using var scope = Factory.Services.CreateScope();
        var report = await ImportCatalog.RunAsync(path, scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), Factory.Clock, null, Ct);
        Factory.Services.GetRequiredService<CatalogChanges>().Invalidate();
        return report;
    }

    [Fact]
    public async Task The_real_catalogs_import_completely_and_a_second_import_changes_nothing()
    {
        var before = await KindsAsync();
        var guangdong = await ImportAsync("guangdong-gdzwfw/policy.jsonl");
        Assert.Equal((2262, 2262, 0), (guangdong.Read, guangdong.Imported, guangdong.Rejected.Count));
        var sichuan = await ImportAsync("sichuan-guangan-district/guangan_district_items.csv");
        Assert.Equal((1135, 1135), (sichuan.Read, sichuan.Imported));

        var versionsBefore = await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Versions.CountAsync(Ct));
        var again = await ImportAsync("guangdong-gdzwfw/policy.jsonl");
        Assert.Equal((0, 0, 2262), (again.Imported, again.Updated, again.Unchanged));
        Assert.Equal(versionsBefore, await Factory.WithScopeAsync(sp => sp.GetRequiredService<CatalogDbContext>().Versions.CountAsync(Ct)));

        // What the publishing checks would reject is reported, not fixed: e.g. 行政许可 without the five steps.
        Assert.Contains(guangdong.QualityFindings, f => f.Issues.Any(i => i.Code == "catalog.licence-steps-missing"));

        // The demo catalog is in 广东 too, so compare with the figures before the import.
        var after = await KindsAsync();
        int Added(string kind) => after.GetValueOrDefault(kind) - before.GetValueOrDefault(kind);
        Assert.Equal(1586, Added("公共服务"));
        Assert.Equal(510, Added("行政许可"));
        Assert.Equal(77, Added("其他行政权力"));
        Assert.Equal(2262, after.Values.Sum() - before.Values.Sum());
    }

    private async Task<Dictionary<string, int>> KindsAsync()
    {
        var figures = await Factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/catalog/stats?region=440000", Ct);
        return figures.GetProperty("byKind").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("count").GetInt32());
    }
}
