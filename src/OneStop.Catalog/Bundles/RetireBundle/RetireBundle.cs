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

/// <summary>停止实施一件事.</summary>
public static class RetireBundle
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/bundles/{id:long}/retire", async (long id, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
                TypedResults.Ok(BundleView.Of(await HandleAsync(id, db, scope, ct), null)))
            .WithName("RetireBundle").WithSummary("停止实施一件事");

    public static async Task<Bundle> HandleAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var bundle = await BundlesInScope.LoadAsync(id, db, scope, ct);
        bundle.Retire();
        db.Audit("bundle.retire", $"一件事 {bundle.Name}");
        await db.SaveChangesAsync(ct);
        return bundle;
    }
}
