using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Bundles;

/// <summary>一件事 for everyone: the published bundles, and one bundle's merged guide.</summary>
public static class ReadBundles
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/bundles", async (CatalogDbContext db, CancellationToken ct) =>
            {
                var bundles = await db.Bundles.AsNoTracking().Where(b => b.Status == VersionStatus.Published).OrderBy(b => b.Id).ToListAsync(ct);
                return TypedResults.Ok(bundles.Select(b => BundleView.Of(b, null)).ToList());
            })
            .WithName("ListBundles").WithSummary("一件事列表").AllowAnonymous();
        api.MapGet("/catalog/bundles/{id:long}", async (long id, CatalogDbContext db, CatalogSnapshot snapshot, CancellationToken ct) =>
            {
                var bundle = await db.Bundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Status == VersionStatus.Published, ct)
                    ?? throw new NotFoundException("bundle.not-found", "一件事不存在或未发布");
                return TypedResults.Ok(BundleView.Of(bundle, await GuideAsync(bundle, snapshot, ct)));
            })
            .WithName("GetBundle").WithSummary("一件事办事指南（合并材料、表单、收费）").AllowAnonymous();
    }

    public static async Task<BundleGuide> GuideAsync(Bundle bundle, CatalogSnapshot snapshot, CancellationToken ct)
    {
        var loaded = await snapshot.GetAsync(ct);
        var members = bundle.ItemIds.Select(i => loaded.Items.FirstOrDefault(x => x.Id == i)?.Content).OfType<ItemContent>().ToList();
        return BundleGuide.Merge(bundle.Name, bundle.PromisedLimitDays, members);
    }
}
