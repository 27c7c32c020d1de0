using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

public sealed record AdminItemRow(long Id, string Name, string Code, string Region, string Source, IReadOnlyList<string> Versions, bool HasPublished = false);

public sealed class IndexModel(CatalogDbContext db, DataScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<AdminItemRow> Items { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var prefix = scope.Staff(Role.CatalogAdmin).RegionPrefix;
        var query = db.Items.AsNoTracking().Where(i => i.RegionCode.StartsWith(prefix));
        var q = Q?.Trim();
        if (!string.IsNullOrEmpty(q) && q.Length <= 100)
            query = query.Where(i => i.ImplementationCode.Contains(q) || i.Versions.Any(v => v.Name.Contains(q)));
        Total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(i => i.Id).Take(200).Include(i => i.Versions).AsSplitQuery().ToListAsync(ct);
        Items = items.Select(i => new AdminItemRow(i.Id, i.Versions.MaxBy(v => v.Number)?.Name ?? "（未命名事项）", i.ImplementationCode, i.RegionCode, CatalogLabels.Source(i.Source),
            i.Versions.OrderBy(v => v.Number).Select(v => $"第 {v.Number} 版 {Status(v.Status)}{(v.ValidFrom is null ? "" : $" {v.ValidFrom:yyyy-MM-dd}起")}").ToList(),
            i.Versions.Any(v => v.Status == VersionStatus.Published))).ToList();
    }

    private static string Status(VersionStatus s) => s.Chinese();
}
