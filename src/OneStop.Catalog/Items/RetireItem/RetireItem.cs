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

public sealed record RetireRequest(string? LastDay);

/// <summary>停止实施: the item stops after its last day; earlier versions stay readable.</summary>
public static class RetireItem
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/items/{id:long}/retire", async (long id, RetireRequest request, CatalogDbContext db,
                DataScope scope, TimeProvider time, CatalogChanges changes, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await HandleAsync(id, request.LastDay, db, scope, time, changes, ct), ChinaTime.Today(time))))
            .WithName("RetireServiceItem").WithSummary("停止实施事项（历史版本仍可查阅）");

    public static async Task<ServiceItem> HandleAsync(long id, string? lastDayText, CatalogDbContext db, DataScope scope,
        TimeProvider time, CatalogChanges changes, CancellationToken ct)
    {
        var item = await ItemsInScope.LoadAsync(id, db, scope, ct);
        var today = ChinaTime.Today(time);
        var lastDay = ItemsInScope.ParseDate("lastDay", lastDayText) ?? today;
        item.Retire(lastDay, today);
        db.Audit("catalog.retire", $"事项 {item.ImplementationCode}", $"{lastDay:yyyy-MM-dd} 后停止实施");
        await db.SaveChangesAsync(ct);
        changes.Invalidate();
        return item;
    }
}
