using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Items;

/// <summary>What every item use case starts with: the item, loaded only when it lies in the administrator's region or below.</summary>
public static class ItemsInScope
{
    internal static async Task<ServiceItem> LoadAsync(long id, CatalogDbContext db, DataScope scope, CancellationToken ct)
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
