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

public sealed record CreateBundleRequest(string? Code, string? Name, string? RegionCode, string? Description,
    IReadOnlyList<long>? ItemIds, int? PromisedLimitDays);

public sealed record BundleView(long Id, string Code, string Name, string RegionCode, string? Description, string Status,
    IReadOnlyList<long> ItemIds, BundleGuide? Guide);

/// <summary>一件事一次办: catalog administrators compose bundles; everyone reads the merged guide.</summary>
public static class BundleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/bundles", async (CatalogDbContext db, CancellationToken ct) =>
            {
                var bundles = await db.Bundles.AsNoTracking().Where(b => b.Status == VersionStatus.Published).OrderBy(b => b.Id).ToListAsync(ct);
                return TypedResults.Ok(bundles.Select(b => View(b, null)).ToList());
            })
            .WithName("ListBundles").WithSummary("一件事列表").AllowAnonymous();
        api.MapGet("/catalog/bundles/{id:long}", async (long id, CatalogDbContext db, CatalogSnapshot snapshot, CancellationToken ct) =>
            {
                var bundle = await db.Bundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Status == VersionStatus.Published, ct)
                    ?? throw new NotFoundException("bundle.not-found", "一件事不存在或未发布");
                return TypedResults.Ok(View(bundle, await GuideAsync(bundle, snapshot, ct)));
            })
            .WithName("GetBundle").WithSummary("一件事办事指南（合并材料、表单、收费）").AllowAnonymous();
        api.MapPost("/catalog/bundles", async (CreateBundleRequest r, CatalogDbContext db, DataScope scope,
                IRegionDirectory regions, CancellationToken ct) =>
            {
                var bundle = await CreateAsync(r, db, scope, regions, ct);
                return TypedResults.Created($"/api/catalog/bundles/{bundle.Id}", View(bundle, null));
            })
            .WithName("CreateBundle").WithSummary("新建一件事（草稿）");
        api.MapPost("/catalog/bundles/{id:long}/publish", async (long id, CatalogDbContext db, DataScope scope,
                CatalogSnapshot snapshot, TimeProvider time, CancellationToken ct) =>
            {
                var (bundle, guide) = await PublishAsync(id, db, scope, snapshot, time, ct);
                return TypedResults.Ok(View(bundle, guide));
            })
            .WithName("PublishBundle").WithSummary("发布一件事");
        api.MapPut("/catalog/bundles/{id:long}", async (long id, CreateBundleRequest r, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
                TypedResults.Ok(View(await EditAsync(id, r, db, scope, ct), null)))
            .WithName("EditBundle").WithSummary("修改一件事（回到草稿，须重新发布）");
        api.MapPost("/catalog/bundles/{id:long}/retire", async (long id, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
                TypedResults.Ok(View(await RetireAsync(id, db, scope, ct), null)))
            .WithName("RetireBundle").WithSummary("停止实施一件事");
    }

    public static async Task<Bundle> CreateAsync(CreateBundleRequest r, CatalogDbContext db, DataScope scope,
        IRegionDirectory regions, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var v = new Validator();
        var code = v.Text("code", r.Code, 64);
        var name = v.Text("name", r.Name, 100);
        var region = v.Text("regionCode", r.RegionCode, 12);
        var description = v.Text("description", r.Description, 1000, required: false);
        CheckMembersAndLimit(v, r);
        v.ThrowIfInvalid();
        if (!await regions.ExistsAsync(region, ct)) throw RequestValidationException.For("regionCode", "未知的行政区划代码", "region.unknown");
        scope.StaffFor(region, null, Role.CatalogAdmin);
        var ids = await MembersInScopeAsync(r.ItemIds!, db, scope, ct);
        if (await db.Bundles.AnyAsync(b => b.RegionCode == region && b.Code == code, ct))
            throw new BusinessRuleException("bundle.code-taken", "该区划下已有相同编码的一件事");
        var bundle = new Bundle { Code = code, Name = name, RegionCode = region, Description = description.Length > 0 ? description : null, PromisedLimitDays = r.PromisedLimitDays!.Value };
        bundle.SetItems(ids);
        db.Bundles.Add(bundle);
        db.Audit("bundle.create", $"一件事 {name}", $"{ids.Count} 个事项");
        await db.SaveChangesAsync(ct);
        return bundle;
    }

    public static async Task<Bundle> EditAsync(long id, CreateBundleRequest r, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var bundle = await LoadInScopeAsync(id, db, scope, ct);
        var v = new Validator();
        var name = v.Text("name", r.Name, 100);
        var description = v.Text("description", r.Description, 1000, required: false);
        CheckMembersAndLimit(v, r);
        v.ThrowIfInvalid();
        var ids = await MembersInScopeAsync(r.ItemIds!, db, scope, ct);
        bundle.Edit(name, description.Length > 0 ? description : null, ids, r.PromisedLimitDays!.Value);
        db.Audit("bundle.edit", $"一件事 {name}", $"{ids.Count} 个事项，承诺 {r.PromisedLimitDays} 个工作日");
        await db.SaveChangesAsync(ct);
        return bundle;
    }

    public static async Task<Bundle> RetireAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var bundle = await LoadInScopeAsync(id, db, scope, ct);
        bundle.Retire();
        db.Audit("bundle.retire", $"一件事 {bundle.Name}");
        await db.SaveChangesAsync(ct);
        return bundle;
    }

    private static void CheckMembersAndLimit(Validator v, CreateBundleRequest r)
    {
        if (r.ItemIds is null || r.ItemIds.Count < 2) v.Add("itemIds", "一件事至少包含两个事项", "bundle.too-few-items");
        else if (r.ItemIds.Count > 50) v.Add("itemIds", "一件事最多包含 50 个事项");
        if (r.PromisedLimitDays is null or < 0 or > 3650) v.Add("promisedLimitDays", "承诺时限须在 0 至 3650 个工作日之间");
    }

    /// <summary>Every member must exist and lie in the administrator's own scope: a bundle cannot pull in another region's items.</summary>
    private static async Task<List<long>> MembersInScopeAsync(IReadOnlyList<long> itemIds, CatalogDbContext db, DataScope scope,
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

    private static async Task<Bundle> LoadInScopeAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var bundle = await db.Bundles.FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw new NotFoundException("bundle.not-found", "一件事不存在");
        scope.StaffFor(bundle.RegionCode, null, Role.CatalogAdmin);
        return bundle;
    }

    /// <summary>
    /// All or nothing: the merged guide people will see is built before anything is saved, so content that cannot be
    /// merged fails the publish instead of leaving a published bundle whose page breaks.
    /// </summary>
    public static async Task<(Bundle Bundle, BundleGuide Guide)> PublishAsync(long id, CatalogDbContext db, DataScope scope,
        CatalogSnapshot snapshot, TimeProvider time, CancellationToken ct)
    {
        var bundle = await LoadInScopeAsync(id, db, scope, ct);
        var loaded = await snapshot.GetAsync(ct);
        var members = bundle.ItemIds.Select(i => loaded.Items.FirstOrDefault(x => x.Id == i)?.Content).ToList();
        bundle.Publish(members, time.GetUtcNow().UtcDateTime);
        var guide = await GuideAsync(bundle, snapshot, ct);
        db.Audit("bundle.publish", $"一件事 {bundle.Name}");
        await db.SaveChangesAsync(ct);
        return (bundle, guide);
    }

    public static async Task<BundleGuide> GuideAsync(Bundle bundle, CatalogSnapshot snapshot, CancellationToken ct)
    {
        var loaded = await snapshot.GetAsync(ct);
        var members = bundle.ItemIds.Select(i => loaded.Items.FirstOrDefault(x => x.Id == i)?.Content).OfType<ItemContent>().ToList();
        return BundleGuide.Merge(bundle.Name, bundle.PromisedLimitDays, members);
    }

    private static BundleView View(Bundle b, BundleGuide? guide) =>
        new(b.Id, b.Code, b.Name, b.RegionCode, b.Description, b.Status.ToString(), b.ItemIds, guide);
}
