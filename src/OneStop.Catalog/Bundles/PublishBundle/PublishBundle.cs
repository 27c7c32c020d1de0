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

/// <summary>发布一件事.</summary>
public static class PublishBundle
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/bundles/{id:long}/publish", async (long id, CatalogDbContext db, DataScope scope,
                CatalogSnapshot snapshot, TimeProvider time, CancellationToken ct) =>
            {
                var (bundle, guide) = await HandleAsync(id, db, scope, snapshot, time, ct);
                return TypedResults.Ok(BundleView.Of(bundle, guide));
            })
            .WithName("PublishBundle").WithSummary("发布一件事");

    /// <summary>
    /// All or nothing: the merged guide people will see is built before anything is saved, so content that cannot be
    /// merged fails the publish instead of leaving a published bundle whose page breaks.
    /// </summary>
    public static async Task<(Bundle Bundle, BundleGuide Guide)> HandleAsync(long id, CatalogDbContext db, DataScope scope,
        CatalogSnapshot snapshot, TimeProvider time, CancellationToken ct)
    {
        var bundle = await BundlesInScope.LoadAsync(id, db, scope, ct);
        var loaded = await snapshot.GetAsync(ct);
        var members = bundle.ItemIds.Select(i => loaded.Items.FirstOrDefault(x => x.Id == i)?.Content).ToList();
        bundle.Publish(members, time.GetUtcNow().UtcDateTime);
        var guide = await ReadBundles.GuideAsync(bundle, snapshot, ct);
        db.Audit("bundle.publish", $"一件事 {bundle.Name}");
        await db.SaveChangesAsync(ct);
        return (bundle, guide);
    }
}
