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

/// <summary>新建一件事: a catalog administrator composes a draft bundle from items in their scope.</summary>
public static class CreateBundle
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/bundles", async (CreateBundleRequest r, CatalogDbContext db, DataScope scope,
                IRegionDirectory regions, CancellationToken ct) =>
            {
                var bundle = await HandleAsync(r, db, scope, regions, ct);
                return TypedResults.Created($"/api/catalog/bundles/{bundle.Id}", BundleView.Of(bundle, null));
            })
            .WithName("CreateBundle").WithSummary("新建一件事（草稿）");

    public static async Task<Bundle> HandleAsync(CreateBundleRequest r, CatalogDbContext db, DataScope scope,
        IRegionDirectory regions, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var v = new Validator();
        var code = v.Text("code", r.Code, 64);
        var name = v.Text("name", r.Name, 100);
        var region = v.Text("regionCode", r.RegionCode, 12);
        var description = v.Text("description", r.Description, 1000, required: false);
        BundlesInScope.CheckMembersAndLimit(v, r);
        v.ThrowIfInvalid();
        if (!await regions.ExistsAsync(region, ct)) throw RequestValidationException.For("regionCode", "未知的行政区划代码", "region.unknown");
        scope.StaffFor(region, null, Role.CatalogAdmin);
        var ids = await BundlesInScope.MembersAsync(r.ItemIds!, db, scope, ct);
        if (await db.Bundles.AnyAsync(b => b.RegionCode == region && b.Code == code, ct))
            throw new BusinessRuleException("bundle.code-taken", "该区划下已有相同编码的一件事");
        var bundle = new Bundle { Code = code, Name = name, RegionCode = region, Description = description.Length > 0 ? description : null, PromisedLimitDays = r.PromisedLimitDays!.Value };
        bundle.SetItems(ids);
        db.Bundles.Add(bundle);
        db.Audit("bundle.create", $"一件事 {name}", $"{ids.Count} 个事项");
        await db.SaveChangesAsync(ct);
        return bundle;
    }
}
