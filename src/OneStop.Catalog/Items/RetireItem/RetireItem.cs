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

/// <summary>The item after 停止实施 and what happened to its versions (<see cref="RetirementOutcome"/>), for the page to show.</summary>
public sealed record RetireResponse(ItemDetail Item, int? EndedVersion, IReadOnlyList<int> WithdrawnVersions, string Summary);

/// <summary>停止实施: the item stops after its last day; earlier versions stay readable.</summary>
public static class RetireItem
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/catalog/items/{id:long}/retire", async (long id, RetireRequest request, CatalogDbContext db,
                DataScope scope, TimeProvider time, CatalogChanges changes, CancellationToken ct) =>
                {
                    var (item, outcome) = await HandleAsync(id, request.LastDay, db, scope, time, changes, ct);
                    return TypedResults.Ok(new RetireResponse(ItemDetail.Of(item, ChinaTime.Today(time)), outcome.EndedVersion,
                        outcome.WithdrawnVersions, outcome.Summary));
                })
            .WithName("RetireServiceItem").WithSummary("停止实施事项（历史版本仍可查阅）");

    public static async Task<(ServiceItem Item, RetirementOutcome Outcome)> HandleAsync(long id, string? lastDayText, CatalogDbContext db, DataScope scope,
        TimeProvider time, CatalogChanges changes, CancellationToken ct)
    {
        var item = await ItemsInScope.LoadAsync(id, db, scope, ct);
        var today = ChinaTime.Today(time);
        var lastDay = ItemsInScope.ParseDate("lastDay", lastDayText) ?? today;
        var outcome = item.Retire(lastDay, today);
        db.Audit("catalog.retire", $"事项 {item.ImplementationCode}", $"{lastDay:yyyy-MM-dd} 后停止实施；{outcome.Summary}");
        await db.SaveChangesAsync(ct);
        changes.Invalidate();
        return (item, outcome);
    }
}
