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

/// <summary>What the bundle use cases share: loading in scope, and the rules on members and the promised limit.</summary>
public static class BundlesInScope
{
    internal static void CheckMembersAndLimit(Validator v, CreateBundleRequest r)
    {
        if (r.ItemIds is null || r.ItemIds.Count < 2) v.Add("itemIds", "一件事至少包含两个事项", "bundle.too-few-items");
        else if (r.ItemIds.Count > 50) v.Add("itemIds", "一件事最多包含 50 个事项");
        if (r.PromisedLimitDays is null or < 0 or > 3650) v.Add("promisedLimitDays", "承诺时限须在 0 至 3650 个工作日之间");
    }

    /// <summary>Every member must exist and lie in the administrator's own scope: a bundle cannot pull in another region's items.</summary>
    internal static async Task<List<long>> MembersAsync(IReadOnlyList<long> itemIds, CatalogDbContext db, DataScope scope,
        CancellationToken ct)
    {
        var ids = itemIds.Distinct().ToList();
        var regions = await db.Items.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.RegionCode }).ToListAsync(ct);
        if (regions.Count != ids.Count)
            throw RequestValidationException.For("itemIds", "包含不存在的事项", "bundle.unknown-item");
        var staff = scope.Staff(Role.CatalogAdmin);
        var outside = regions.Where(r => !staff.CoversRegion(r.RegionCode)).Select(r => r.Id).ToList();
        if (outside.Count > 0)
            throw new ForbiddenException("bundle.item-out-of-scope", "一件事包含不在您区划范围内的事项",
                "不在范围内的事项编号：" + string.Join("、", outside));
        return ids;
    }

    internal static async Task<Bundle> LoadAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var bundle = await db.Bundles.FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw new NotFoundException("bundle.not-found", "一件事不存在");
        scope.StaffFor(bundle.RegionCode, null, Role.CatalogAdmin);
        return bundle;
    }
}
