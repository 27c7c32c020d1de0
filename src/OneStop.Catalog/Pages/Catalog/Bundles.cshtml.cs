using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Pages.Catalog;

public sealed class BundlesModel(CatalogDbContext db) : PageModel
{
    public IReadOnlyList<Bundle> Bundles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Bundles = await db.Bundles.AsNoTracking().Where(b => b.Status == VersionStatus.Published).OrderBy(b => b.Id).ToListAsync(ct);
}
