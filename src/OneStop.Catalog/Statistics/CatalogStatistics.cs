using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Catalog.Items;
using OneStop.Platform.Errors;

namespace OneStop.Catalog.Statistics;

public sealed record CountRow(string Name, int Count);

/// <summary>目录统计: the figures reform plans report on.</summary>
public sealed record CatalogFigures(
    int Items,
    IReadOnlyList<CountRow> ByKind,
    IReadOnlyList<CountRow> ByDepartment,
    double OnlineShare,
    double ImmediateShare,
    double ZeroVisitShare,
    double? AveragePromisedToStatutoryRatio,
    double AverageMaterials)
{
    public static CatalogFigures Of(IReadOnlyList<ItemContent> items)
    {
        double Share(Func<ItemContent, bool> predicate) => items.Count == 0 ? 0 : Math.Round((double)items.Count(predicate) / items.Count, 4);
        var ratios = items.Where(i => i.StatutoryLimitDays > 0 && i.PromisedLimitDays is not null)
            .Select(i => (double)i.PromisedLimitDays!.Value / i.StatutoryLimitDays!.Value).ToList();
        return new CatalogFigures(
            items.Count,
            items.GroupBy(i => i.Kind.Chinese()).Select(g => new CountRow(g.Key, g.Count())).OrderByDescending(r => r.Count).ToList(),
            items.GroupBy(i => i.DepartmentName).Select(g => new CountRow(g.Key, g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Ordinal).ToList(),
            Share(i => i.IsOnline),
            Share(i => i.CaseType == CaseType.Immediate),
            Share(i => i.RequiredVisits == 0),
            ratios.Count == 0 ? null : Math.Round(ratios.Average(), 4),
            items.Count == 0 ? 0 : Math.Round(items.Average(i => i.Materials.Count), 2));
    }
}

public static class CatalogStatistics
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/catalog/stats", async (string? region, CatalogSnapshot snapshot, CancellationToken ct) =>
            {
                var items = await InRegionAsync(snapshot, region, ct);
                return TypedResults.Ok(CatalogFigures.Of(items));
            })
            .WithName("CatalogStatistics").WithSummary("目录统计：按类型、部门，网上可办率、即办件比例、零跑动比例、承诺时限压缩比、平均材料数").AllowAnonymous();

    public static async Task<IReadOnlyList<ItemContent>> InRegionAsync(CatalogSnapshot snapshot, string? region, CancellationToken ct)
    {
        var loaded = await snapshot.GetAsync(ct);
        var code = region?.Trim();
        if (string.IsNullOrEmpty(code)) return loaded.Items.Select(i => i.Content).ToList();
        if (code.Length > 12 || !code.All(char.IsAsciiDigit))
            throw RequestValidationException.For("region", "行政区划代码应为数字", "region.invalid");
        var prefix = Platform.Security.RegionPrefix.Of(code);
        return loaded.Items.Select(i => i.Content).Where(c => c.RegionCode.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }
}
