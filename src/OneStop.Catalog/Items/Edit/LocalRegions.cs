using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Items;

/// <summary>A region a catalog administrator may derive a general item for; <c>Derived</c> when it already has its local item.</summary>
public sealed record LocalRegionOption(string Code, string Name, bool Derived);

/// <summary>
/// Where a general item may be implemented locally by this administrator: the regions below the item's region that
/// are in the administrator's scope. The derive form offers them as a list, and a typed name is resolved against it.
/// </summary>
public static class LocalRegions
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/catalog/items/{id:long}/local-regions", async (long id, CatalogDbContext db, DataScope scope, IRegionDirectory regions,
                CancellationToken ct) => TypedResults.Ok(await ListAsync(id, db, scope, regions, ct)))
            .WithName("ListLocalRegions").WithSummary("可派生本地事项的区划（本人管辖、通用目录事项所在区划的下级）");

    public static async Task<IReadOnlyList<LocalRegionOption>> ListAsync(long generalId, CatalogDbContext db, DataScope scope,
        IRegionDirectory regions, CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        var general = await db.Items.AsNoTracking().Where(i => i.Id == generalId).Select(i => new { i.RegionCode, i.GeneralItemId }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
        if (general.GeneralItemId is not null) return [];
        var derived = (await db.Items.AsNoTracking().Where(i => i.GeneralItemId == generalId).Select(i => i.RegionCode).ToListAsync(ct)).ToHashSet();
        return (await regions.BelowAsync(general.RegionCode, ct)).Where(r => staff.CoversRegion(r.Code))
            .Select(r => new LocalRegionOption(r.Code, r.Name, derived.Contains(r.Code))).ToList();
    }

    /// <summary>
    /// The region code for what was typed: a code as it is, or the name of exactly one region on the list ("天河区").
    /// Anything else is a 400 that asks to choose from the list, never a 403 for a "region" that is not one.
    /// </summary>
    public static async Task<string> ResolveAsync(long generalId, string typed, CatalogDbContext db, DataScope scope, IRegionDirectory regions,
        CancellationToken ct)
    {
        if (RegionCode.TryParse(typed, out _)) return typed;
        var matches = (await ListAsync(generalId, db, scope, regions, ct)).Where(r => r.Name == typed.Trim()).ToList();
        return matches.Count == 1 ? matches[0].Code
            : throw RequestValidationException.For("regionCode", "请从列表中选择实施区划", "catalog.unknown-region");
    }
}
