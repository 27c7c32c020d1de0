using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Items;

/// <summary>Public reading of the catalog: an item in force, any of its versions (cases stay bound to retired ones), and a diff.</summary>
public static class ReadItems
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/items/{id:long}", async (long id, CatalogDbContext db, TimeProvider time, CancellationToken ct) =>
            {
                var item = await LoadAsync(id, db, ct);
                var today = ChinaTime.Today(time);
                ItemContent? effective = null;
                if (item.GeneralItemId is { } g)
                {
                    var general = await LoadAsync(g, db, ct);
                    effective = EffectiveCatalog.Resolve(item, new Dictionary<long, ServiceItem> { [g] = general }, today)?.Content;
                }
                var detail = ItemDetail.Of(item, today, effective, includeDrafts: false);
                // A local item is in force only as its published variation over a general item in force (EffectiveCatalog).
                if (detail.EffectiveVersion is null || (item.GeneralItemId is not null && effective is null))
                    throw new NotFoundException("catalog.item-not-in-force", "该事项当前未实施");
                return TypedResults.Ok(detail);
            })
            .WithName("GetServiceItem").WithSummary("事项详情（当前生效版本）").AllowAnonymous();
        api.MapGet("/catalog/items/{id:long}/versions/{number:int}", async (long id, int number, CatalogDbContext db, CancellationToken ct) =>
            {
                var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ItemId == id && v.Number == number, ct);
                if (version is null || version.Status == VersionStatus.Draft)
                    throw new NotFoundException("catalog.version-not-found", "该版本不存在或尚未发布");
                return TypedResults.Ok(new { version.Number, Status = version.Status.ToString(), version.ValidFrom, version.ValidTo, version.Content });
            })
            .WithName("GetServiceItemVersion").WithSummary("事项的某一版本（含已废止版本）").AllowAnonymous();
        api.MapGet("/catalog/items/{id:long}/diff", async (long id, int? from, int? to, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
            {
                if (from is null || to is null) throw RequestValidationException.For("from", "请提供要比较的两个版本号 from 和 to");
                var versions = await db.Versions.AsNoTracking().Where(v => v.ItemId == id && (v.Number == from || v.Number == to)).ToListAsync(ct);
                var a = versions.FirstOrDefault(v => v.Number == from);
                var b = versions.FirstOrDefault(v => v.Number == to);
                if (a is null || b is null) throw new NotFoundException("catalog.version-not-found", "版本不存在");
                if (a.Status == VersionStatus.Draft || b.Status == VersionStatus.Draft)
                {
                    var region = await db.Items.Where(i => i.Id == id).Select(i => i.RegionCode).FirstAsync(ct);
                    if (!scope.MaySeeDrafts(region)) throw new NotFoundException("catalog.version-not-found", "版本不存在");
                }
                return TypedResults.Ok(VersionDiff.Between(a.Content, b.Content));
            })
            .WithName("DiffServiceItemVersions").WithSummary("两个版本之间的变化").AllowAnonymous();
    }

    private static async Task<ServiceItem> LoadAsync(long id, CatalogDbContext db, CancellationToken ct) =>
        await db.Items.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct)
        ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
}
