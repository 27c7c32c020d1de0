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

/// <summary>新增事项: a catalog administrator creates an item as a draft in their region or below.</summary>
public static class CreateItem
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/items", async (ItemContent content, CatalogDbContext db, DataScope scope, IRegionDirectory regions,
                IDepartmentDirectory departments, CatalogChanges changes, CancellationToken ct) =>
            {
                var item = await HandleAsync(content, db, scope, regions, departments, ct);
                changes.Invalidate();
                return TypedResults.Created($"/api/catalog/items/{item.Id}", ItemDetail.Of(item, null));
            })
            .WithName("CreateServiceItem").WithSummary("新增事项（草稿）");

    public static async Task<ServiceItem> HandleAsync(ItemContent content, CatalogDbContext db, DataScope scope,
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
}
