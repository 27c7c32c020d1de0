using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Departments;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;

namespace OneStop.Catalog.Demo;

/// <summary>Publishes the demo catalog and its seven bundles into an empty catalog. Idempotent.</summary>
public static class CatalogDemoSeed
{
    /// <param name="departments">Links the demo items to the demo departments (seeded first by Platform); without it they stay unresolved.</param>
    public static async Task<bool> RunAsync(CatalogDbContext db, TimeProvider time, CancellationToken ct = default,
        IDepartmentDirectory? departments = null)
    {
        if (await db.Items.AnyAsync(i => i.Source == "demo", ct)) return false;
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var items = DemoCatalog.Items.Select(content =>
        {
            var item = ServiceItem.Create(content, "demo");
            item.Publish(today, today, now);
            return item;
        }).ToList();
        if (departments is not null)
        {
            var resolver = new DepartmentResolver(departments);
            foreach (var item in items)
                item.AssignDepartment(await resolver.ResolveAsync(item.RegionCode, item.CurrentDepartmentName(), ct));
        }
        db.Items.AddRange(items);
        db.Audit("demo.seed-catalog", "演示事项目录", $"{items.Count} 个事项");
        await db.SaveChangesAsync(ct);

        var byCode = items.ToDictionary(i => i.ImplementationCode);
        foreach (var b in DemoCatalog.Bundles)
        {
            var members = b.ItemCodes.Select(c => byCode[c]).ToList();
            var bundle = new Bundle
            {
                Code = b.Code, Name = b.Name, RegionCode = members[0].RegionCode, Description = b.Description,
                PromisedLimitDays = b.PromisedLimitDays,
            };
            bundle.SetItems(members.Select(m => m.Id).ToList());
            bundle.Publish(members.Select(m => (ItemContent?)m.EffectiveOn(today)!.Content).ToList(), now);
            db.Bundles.Add(bundle);
        }
        db.Audit("demo.seed-catalog", "演示一件事", $"{DemoCatalog.Bundles.Count} 件");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
