using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Departments;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Items;

public sealed record DeriveLocalRequest(string? RegionCode, string? ImplementationCode, LocalVariation? Variation);

/// <summary>
/// 通用目录 N ± 本地差异 X: a county adopts a general item with only what differs (or marks it not offered); the
/// merged result must pass the same publishing checks as any item.
/// </summary>
public static class LocalItems
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/catalog/items/{id:long}/local", async (long id, DeriveLocalRequest r, CatalogDbContext db, DataScope scope,
                TimeProvider time, IDepartmentDirectory departments, IRegionDirectory regions, CatalogChanges changes, CancellationToken ct) =>
            {
                var local = await DeriveAsync(id, r, db, scope, time, departments, regions, ct);
                changes.Invalidate();
                return TypedResults.Created($"/api/catalog/items/{local.Id}", ItemDetail.Of(local, null));
            })
            .WithName("DeriveLocalItem").WithSummary("本地实施通用目录事项（只记录差异）");
        api.MapPut("/catalog/items/{id:long}/variation", async (long id, LocalVariation variation, CatalogDbContext db, DataScope scope,
                TimeProvider time, IDepartmentDirectory departments, CatalogChanges changes, CancellationToken ct) =>
            {
                var local = await ChangeVariationAsync(id, variation, db, scope, time, departments, ct);
                changes.Invalidate();
                return TypedResults.Ok(ItemDetail.Of(local, null));
            })
            .WithName("ChangeLocalVariation").WithSummary("修改本地差异（含标记本地不实施）");
    }

    /// <summary>修改本地差异: the variation becomes the derived item's next draft (the page and the API share it).</summary>
    public static async Task<ServiceItem> ChangeVariationAsync(long id, LocalVariation variation, CatalogDbContext db, DataScope scope,
        TimeProvider time, IDepartmentDirectory departments, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var local = await db.Items.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
        scope.StaffFor(local.RegionCode, null, Role.CatalogAdmin);
        var general = await GeneralInForceAsync(local.GeneralItemId ?? 0, db, time, ct);
        Check(variation, general, local.RegionCode, local.ImplementationCode);
        var draft = local.ChangeVariation(variation, general);
        local.AssignDepartment(await new DepartmentResolver(departments).ResolveAsync(local.RegionCode,
            variation.DepartmentName ?? general.DepartmentName, ct));
        db.Audit("catalog.change-variation", $"事项 {local.ImplementationCode}", $"第 {draft.Number} 版草稿：" + (variation.NotOffered ? "本地不实施" : "修改本地差异"));
        await db.SaveChangesAsync(ct);
        return local;
    }

    public static async Task<ServiceItem> DeriveAsync(long generalId, DeriveLocalRequest r, CatalogDbContext db, DataScope scope,
        TimeProvider time, IDepartmentDirectory departments, IRegionDirectory regions, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var v = new Validator();
        var typedRegion = v.Text("regionCode", r.RegionCode, 20);
        var code = v.Text("implementationCode", r.ImplementationCode, 64);
        if (r.Variation is null) v.Add("variation", "请提交本地差异（无差异时提交 {}）");
        v.ThrowIfInvalid();
        var region = await LocalRegions.ResolveAsync(generalId, typedRegion, db, scope, regions, ct);
        scope.StaffFor(region, null, Role.CatalogAdmin);
        var generalItem = await db.Items.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == generalId, ct)
            ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
        var general = generalItem.EffectiveOn(ChinaTime.Today(time))?.Content
            ?? throw new BusinessRuleException("catalog.not-in-force", "通用目录事项当前未实施");
        if (await db.Items.AnyAsync(i => i.RegionCode == region && (i.ImplementationCode == code || i.GeneralItemId == generalId), ct))
            throw new BusinessRuleException("catalog.already-local", "该区划已实施此事项或实施编码已被使用");
        Check(r.Variation!, general, region, code);
        var local = ServiceItem.DeriveLocal(generalItem, general, region, code, r.Variation!);
        local.AssignDepartment(await new DepartmentResolver(departments).ResolveAsync(region, r.Variation!.DepartmentName ?? general.DepartmentName, ct));
        db.Items.Add(local);
        db.Audit("catalog.derive-local", $"事项 {code}", $"派生自 {generalItem.ImplementationCode}，第 1 版草稿{(r.Variation!.NotOffered ? "（本地不实施）" : "")}");
        await db.SaveChangesAsync(ct);
        return local;
    }

    private static void Check(LocalVariation variation, ItemContent general, string region, string code)
    {
        ContentCheck.Check(variation, new Validator()).ThrowIfInvalid("catalog.invalid-content");
        if (variation.NotOffered) return;
        var issues = PublishingChecks.Run(variation.ApplyTo(general, region, code));
        if (issues.Count > 0) throw new PublishingRejectedException(issues);
    }

    internal static async Task<ItemContent> GeneralInForceAsync(long id, CatalogDbContext db, TimeProvider time, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new BusinessRuleException("catalog.not-local", "该事项不是派生的本地事项");
        return item.EffectiveOn(ChinaTime.Today(time))?.Content
            ?? throw new BusinessRuleException("catalog.not-in-force", "通用目录事项当前未实施");
    }
}
