using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin.Catalog;

public sealed record AdminItemRow(long Id, string Name, string Code, string Region, string Source, IReadOnlyList<string> Versions);

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
        Items = items.Select(i => new AdminItemRow(i.Id, i.Versions.MaxBy(v => v.Number)?.Name ?? "", i.ImplementationCode, i.RegionCode, i.Source,
            i.Versions.OrderBy(v => v.Number).Select(v => $"v{v.Number} {Status(v.Status)}{(v.ValidFrom is null ? "" : $" {v.ValidFrom:yyyy-MM-dd}起")}").ToList())).ToList();
    }

    private static string Status(VersionStatus s) => s switch
    {
        VersionStatus.Draft => "草稿", VersionStatus.Published => "已发布", VersionStatus.Withdrawn => "已撤回", _ => "已废止",
    };
}
