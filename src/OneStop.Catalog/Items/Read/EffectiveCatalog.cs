using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Items;

/// <summary>One item as in force on a date: general and own items as published, local items as N ± X.</summary>
public sealed record EffectiveItem(long Id, int Version, ItemContent Content, string Source);

public static class EffectiveCatalog
{
    public static async Task<IReadOnlyList<EffectiveItem>> LoadAsync(CatalogDbContext db, DateOnly today, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking().Include(i => i.Versions).AsSplitQuery().ToListAsync(ct);
        var byId = items.ToDictionary(i => i.Id);
        var result = new List<EffectiveItem>(items.Count);
        foreach (var item in items)
        {
            var effective = Resolve(item, byId, today);
            if (effective is not null) result.Add(effective);
        }
        return result;
    }

    public static EffectiveItem? Resolve(ServiceItem item, IReadOnlyDictionary<long, ServiceItem> byId, DateOnly today)
    {
        if (item.GeneralItemId is not { } generalId)
            return item.EffectiveOn(today) is { } v ? new EffectiveItem(item.Id, v.Number, v.Content, item.Source) : null;
        // A local item is public only through a published version of its own (its variation), merged with the general item in force.
        if (item.EffectiveOn(today) is not { Variation: { NotOffered: false } variation } own) return null;
        if (!byId.TryGetValue(generalId, out var general) || general.EffectiveOn(today) is not { } gv) return null;
        return new EffectiveItem(item.Id, own.Number, variation.ApplyTo(gv.Content, item.RegionCode, item.ImplementationCode), item.Source);
    }
}
