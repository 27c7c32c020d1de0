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

/// <summary>新建草稿: the next version is drafted from the current one while the current one stays published.</summary>
public static class StartDraft
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/items/{id:long}/draft", async (long id, CatalogDbContext db, DataScope scope, CancellationToken ct) =>
                TypedResults.Ok(ItemDetail.Of(await HandleAsync(id, db, scope, ct), null)))
            .WithName("StartServiceItemDraft").WithSummary("基于当前版本新建草稿");

    public static async Task<ServiceItem> HandleAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
    {
        var item = await ItemsInScope.LoadAsync(id, db, scope, ct);
        var draft = item.StartDraft();
        db.Audit("catalog.start-draft", $"事项 {item.ImplementationCode}", $"第 {draft.Number} 版草稿");
        await db.SaveChangesAsync(ct);
        return item;
    }
}
