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

/// <summary>发布: the draft passes the publishing checks and becomes valid from a date (today when none is given).</summary>
public static class PublishVersion
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/items/{id:long}/publish", async (long id, PublishRequest request, CatalogDbContext db,
                DataScope scope, TimeProvider time, CatalogChanges changes, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await HandleAsync(id, request.ValidFrom, db, scope, time, changes, ct), ChinaTime.Today(time))))
            .WithName("PublishServiceItem").WithSummary("发布草稿（不通过要素检查时返回全部问题）");

    public static async Task<ServiceItem> HandleAsync(long id, string? validFromText, CatalogDbContext db, DataScope scope,
        TimeProvider time, CatalogChanges changes, CancellationToken ct)
    {
        var item = await ItemsInScope.LoadAsync(id, db, scope, ct);
        var today = ChinaTime.Today(time);
        var validFrom = ItemsInScope.ParseDate("validFrom", validFromText) ?? today;
        // A local item publishes its variation merged with the general item in force (ADR 0013).
        var general = item.GeneralItemId is { } g ? await LocalItems.GeneralInForceAsync(g, db, time, ct) : null;
        var version = item.Publish(validFrom, today, time.GetUtcNow().UtcDateTime, generalContent: general);
        db.Audit("catalog.publish", $"事项 {item.ImplementationCode}", $"发布第 {version.Number} 版，{validFrom:yyyy-MM-dd} 起生效");
        await db.SaveChangesAsync(ct);
        changes.Invalidate();
        return item;
    }
}
