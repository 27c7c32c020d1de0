using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Departments;

/// <summary>One implementing department name of one region that no Platform department matched, and the items naming it.</summary>
public sealed record UnresolvedDepartment(string RegionCode, string DepartmentName, IReadOnlyList<long> ItemIds,
    IReadOnlyList<DepartmentEntry> Candidates);

public sealed record MapDepartmentRequest(string? RegionCode, string? DepartmentName, long? DepartmentId);

/// <summary>
/// 实施主体对应: items whose department name matched no Platform department are listed for a catalog administrator,
/// who maps each name once to a department; every unresolved item of that region with that name follows.
/// </summary>
public static class ItemDepartments
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/catalog/departments/unresolved", async (CatalogDbContext db, DataScope scope, IDepartmentDirectory departments,
                CancellationToken ct) => TypedResults.Ok(await UnresolvedAsync(db, scope, departments, ct)))
            .WithName("ListUnresolvedItemDepartments").WithSummary("未对应到部门的实施主体（按区划和名称）");
        api.MapPost("/catalog/departments/map", async (MapDepartmentRequest r, CatalogDbContext db, DataScope scope,
                IDepartmentDirectory departments, CancellationToken ct) =>
                TypedResults.Ok(new { mapped = await MapAsync(r, db, scope, departments, ct) }))
            .WithName("MapItemDepartment").WithSummary("把一个实施主体名称对应到部门（该区划下同名的未对应事项一并对应）");
        api.MapPost("/catalog/departments/resolve", async (CatalogDbContext db, DataScope scope, IDepartmentDirectory departments,
                CancellationToken ct) => TypedResults.Ok(new { resolved = await ResolveAgainAsync(db, scope, departments, ct) }))
            .WithName("ResolveItemDepartments").WithSummary("按部门名称重新对应未对应的事项（新增部门后使用）");
    }

    /// <summary>重新对应: after departments were added, links every unresolved item in scope whose name now matches one.</summary>
    public static async Task<int> ResolveAgainAsync(CatalogDbContext db, DataScope scope, IDepartmentDirectory departments, CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        var resolver = new DepartmentResolver(departments);
        var resolved = 0;
        foreach (var (item, name) in await UnresolvedItemsAsync(db, staff, ct, tracked: true))
        {
            if (await resolver.ResolveAsync(item.RegionCode, name, ct) is not { } id) continue;
            item.AssignDepartment(id);
            resolved++;
        }
        if (resolved == 0) return 0;
        db.Audit("catalog.resolve-departments", "实施主体", $"按名称对应 {resolved} 个事项");
        await db.SaveChangesAsync(ct);
        return resolved;
    }

    public static async Task<IReadOnlyList<UnresolvedDepartment>> UnresolvedAsync(CatalogDbContext db, DataScope scope,
        IDepartmentDirectory departments, CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        var unresolved = await UnresolvedItemsAsync(db, staff, ct);
        var result = new List<UnresolvedDepartment>();
        foreach (var group in unresolved.GroupBy(u => (u.Item.RegionCode, u.Name)).OrderBy(g => g.Key.RegionCode).ThenBy(g => g.Key.Name))
            result.Add(new UnresolvedDepartment(group.Key.RegionCode, group.Key.Name, group.Select(u => u.Item.Id).Order().ToList(),
                await departments.InRegionAsync(group.Key.RegionCode, ct)));
        return result;
    }

    public static async Task<int> MapAsync(MapDepartmentRequest r, CatalogDbContext db, DataScope scope,
        IDepartmentDirectory departments, CancellationToken ct)
    {
        var staff = scope.Staff(Role.CatalogAdmin);
        var v = new Validator();
        var region = v.Text("regionCode", r.RegionCode, 12);
        var name = v.Text("departmentName", r.DepartmentName, 100, markupAllowed: true);
        if (r.DepartmentId is null) v.Add("departmentId", "请选择部门");
        v.ThrowIfInvalid();
        if (!staff.CoversRegion(region)) throw new ForbiddenException("auth.out-of-scope", "该数据不在您的区划或部门范围内");
        var department = await departments.GetAsync(r.DepartmentId!.Value, ct)
            ?? throw RequestValidationException.For("departmentId", "部门不存在", "department.not-found");
        // The implementing department works in the item's region: one of that region or of a region above it.
        if (!RegionCode.TryParse(region, out var itemRegion) || !RegionCode.TryParse(department.RegionCode, out var own) || !itemRegion.IsWithin(own))
            throw RequestValidationException.For("departmentId", "所选部门不属于该区划或其上级区划", "catalog.department-out-of-region");
        var items = (await UnresolvedItemsAsync(db, staff, ct, tracked: true))
            .Where(u => u.Item.RegionCode == region && u.Name == name).Select(u => u.Item).ToList();
        if (items.Count == 0) throw new BusinessRuleException("catalog.nothing-to-map", "该区划下没有使用此名称且未对应部门的事项");
        foreach (var item in items) item.AssignDepartment(department.Id);
        db.Audit("catalog.map-department", $"实施主体 {name}", $"对应到 {department.Name}，{items.Count} 个事项");
        await db.SaveChangesAsync(ct);
        return items.Count;
    }

    private static async Task<List<(ServiceItem Item, string Name)>> UnresolvedItemsAsync(CatalogDbContext db, StaffScope staff,
        CancellationToken ct, bool tracked = false)
    {
        var query = db.Items.Include(i => i.Versions).AsSplitQuery()
            .Where(i => i.DepartmentId == null && i.RegionCode.StartsWith(staff.RegionPrefix));
        var items = tracked ? await query.ToListAsync(ct) : await query.AsNoTracking().ToListAsync(ct);
        var generalIds = items.Where(i => i.GeneralItemId is not null).Select(i => i.GeneralItemId!.Value).Distinct().ToList();
        var generals = await db.Items.AsNoTracking().Include(i => i.Versions).AsSplitQuery()
            .Where(i => generalIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return items.Where(i => staff.CoversRegion(i.RegionCode) && i.Variation is not { NotOffered: true })
            .Select(i => (i, i.CurrentDepartmentName(i.GeneralItemId is { } g ? generals.GetValueOrDefault(g) : null)?.Trim() ?? ""))
            .Where(x => x.Item2.Length > 0).ToList();
    }
}
