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

/// <summary>修改一件事: the bundle goes back to draft and must be published again.</summary>
public static class EditBundle
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/catalog/bundles/{id:long}", async (long id, CreateBundleRequest r, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
                TypedResults.Ok(BundleView.Of(await HandleAsync(id, r, db, scope, ct), null)))
            .WithName("EditBundle").WithSummary("修改一件事（回到草稿，须重新发布）");

    public static async Task<Bundle> HandleAsync(long id, CreateBundleRequest r, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var bundle = await BundlesInScope.LoadAsync(id, db, scope, ct);
        var v = new Validator();
        var name = v.Text("name", r.Name, 100);
        var description = v.Text("description", r.Description, 1000, required: false);
        BundlesInScope.CheckMembersAndLimit(v, r);
        v.ThrowIfInvalid();
        var ids = await BundlesInScope.MembersAsync(r.ItemIds!, db, scope, ct);
        bundle.Edit(name, description.Length > 0 ? description : null, ids, r.PromisedLimitDays!.Value);
        db.Audit("bundle.edit", $"一件事 {name}", $"{ids.Count} 个事项，承诺 {r.PromisedLimitDays} 个工作日");
        await db.SaveChangesAsync(ct);
        return bundle;
    }
}
