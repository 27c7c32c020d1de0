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

public sealed record PublishRequest(string? ValidFrom);

public sealed record RetireRequest(string? LastDay);

/// <summary>The item after 停止实施 and what happened to its versions (<see cref="RetirementOutcome"/>), for the page to show.</summary>
public sealed record RetireResponse(ItemDetail Item, int? EndedVersion, IReadOnlyList<int> WithdrawnVersions, string Summary);

/// <summary>
/// 事项维护: catalog administrators create items, draft the next version while the current one stays published,
/// publish with a validity date, and retire — each within their region and below.
/// </summary>
public static class EditItems
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/catalog/items", async (ItemContent content, CatalogDbContext db, DataScope scope, IRegionDirectory regions,
                IDepartmentDirectory departments, CatalogChanges changes, CancellationToken ct) =>
            {
                var item = await CreateAsync(content, db, scope, regions, departments, ct);
                changes.Invalidate();
                return TypedResults.Created($"/api/catalog/items/{item.Id}", ItemDetail.Of(item, null));
            })
            .WithName("CreateServiceItem").WithSummary("新增事项（草稿）");
        api.MapPost("/catalog/items/{id:long}/draft", async (long id, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await StartDraftAsync(id, db, scope, ct), null)))
            .WithName("StartServiceItemDraft").WithSummary("基于当前版本新建草稿");
        api.MapPut("/catalog/items/{id:long}/draft", async (long id, ItemContent content, CatalogDbContext db, DataScope scope,
                IRegionDirectory regions, IDepartmentDirectory departments, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await EditDraftAsync(id, content, db, scope, regions, departments, ct), null)))
            .WithName("EditServiceItemDraft").WithSummary("修改草稿");
        api.MapPost("/catalog/items/{id:long}/publish", async (long id, PublishRequest request, CatalogDbContext db,
                DataScope scope, TimeProvider time, CatalogChanges changes, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await PublishAsync(id, request.ValidFrom, db, scope, time, changes, ct), ChinaTime.Today(time))))
            .WithName("PublishServiceItem").WithSummary("发布草稿（不通过要素检查时返回全部问题）");
        api.MapPost("/catalog/items/{id:long}/retire", async (long id, RetireRequest request, CatalogDbContext db,
                DataScope scope, TimeProvider time, CatalogChanges changes, CancellationToken ct) =>
                {
                    var (item, outcome) = await RetireAsync(id, request.LastDay, db, scope, time, changes, ct);
                    return TypedResults.Ok(new RetireResponse(ItemDetail.Of(item, ChinaTime.Today(time)), outcome.EndedVersion,
                        outcome.WithdrawnVersions, outcome.Summary));
                })
            .WithName("RetireServiceItem").WithSummary("停止实施事项（历史版本仍可查阅）");
    }

    public static async Task<ServiceItem> StartDraftAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var item = await LoadInScopeAsync(id, db, scope, ct);
        var draft = item.StartDraft();
        db.Audit("catalog.start-draft", $"事项 {item.ImplementationCode}", $"第 {draft.Number} 版草稿");
        await db.SaveChangesAsync(ct);
        return item;
    }

    public static async Task<ServiceItem> EditDraftAsync(long id, ItemContent content, CatalogDbContext db, DataScope scope,
        IRegionDirectory regions, IDepartmentDirectory departments, CancellationToken ct)
    {
        var item = await LoadInScopeAsync(id, db, scope, ct);
        var before = item.DraftVersion?.Content;
        item.EditDraft(await ItemContentInput.CheckAsync(content, regions, ct));
        // A name the directory knows decides; an unknown new name clears a stale link; an unchanged name keeps a manual mapping.
        var resolved = await new DepartmentResolver(departments).ResolveAsync(item.RegionCode, content.DepartmentName, ct);
        if (resolved is not null || before?.DepartmentName.Trim() != content.DepartmentName.Trim()) item.AssignDepartment(resolved);
        var changed = before is null ? [] : VersionDiff.Between(before, content).Select(c => c.Field);
        db.Audit("catalog.edit-draft", $"事项 {item.ImplementationCode}", "修改：" + string.Join("、", changed));
        await db.SaveChangesAsync(ct);
        return item;
    }

    public static async Task<ServiceItem> PublishAsync(long id, string? validFromText, CatalogDbContext db, DataScope scope,
        TimeProvider time, CatalogChanges changes, CancellationToken ct)
    {
        var item = await LoadInScopeAsync(id, db, scope, ct);
        var today = ChinaTime.Today(time);
        var validFrom = ParseDate("validFrom", validFromText) ?? today;
        var general = item.GeneralItemId is { } g ? await LocalItems.GeneralInForceAsync(g, db, time, ct) : null;
        var version = item.Publish(validFrom, today, time.GetUtcNow().UtcDateTime, generalContent: general);
        db.Audit("catalog.publish", $"事项 {item.ImplementationCode}", $"发布第 {version.Number} 版，{validFrom:yyyy-MM-dd} 起生效");
        await db.SaveChangesAsync(ct);
        changes.Invalidate();
        return item;
    }

    public static async Task<(ServiceItem Item, RetirementOutcome Outcome)> RetireAsync(long id, string? lastDayText, CatalogDbContext db, DataScope scope,
        TimeProvider time, CatalogChanges changes, CancellationToken ct)
    {
        var item = await LoadInScopeAsync(id, db, scope, ct);
        var today = ChinaTime.Today(time);
        var lastDay = ParseDate("lastDay", lastDayText) ?? today;
        var outcome = item.Retire(lastDay, today);
        db.Audit("catalog.retire", $"事项 {item.ImplementationCode}", $"{lastDay:yyyy-MM-dd} 后停止实施；{outcome.Summary}");
        await db.SaveChangesAsync(ct);
        changes.Invalidate();
        return (item, outcome);
    }

    public static async Task<ServiceItem> CreateAsync(ItemContent content, CatalogDbContext db, DataScope scope,
        IRegionDirectory regions, IDepartmentDirectory departments, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        content = await ItemContentInput.CheckAsync(content, regions, ct);
        scope.StaffFor(content.RegionCode, null, Role.CatalogAdmin);
        if (await db.Items.AnyAsync(i => i.RegionCode == content.RegionCode && i.ImplementationCode == content.ImplementationCode, ct))
            throw new BusinessRuleException("catalog.code-taken", "该区划下已有相同实施编码的事项");
        var item = ServiceItem.Create(content, "admin",
            await new DepartmentResolver(departments).ResolveAsync(content.RegionCode, content.DepartmentName, ct));
        db.Items.Add(item);
        db.Audit("catalog.create", $"事项 {content.ImplementationCode}", content.DisplayName);
        await db.SaveChangesAsync(ct);
        return item;
    }

    internal static async Task<ServiceItem> LoadInScopeAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.Staff(Role.CatalogAdmin);
        var item = await db.Items.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("catalog.item-not-found", "事项不存在");
        scope.StaffFor(item.RegionCode, null, Role.CatalogAdmin);
        return item;
    }

    internal static DateOnly? ParseDate(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var date)) return date;
        throw RequestValidationException.For(field, "日期格式应为 YYYY-MM-DD", "catalog.invalid-date");
    }
}
