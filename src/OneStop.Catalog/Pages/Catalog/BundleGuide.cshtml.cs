using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Pages.Catalog;

public sealed class BundleGuideModel(CatalogDbContext db, CatalogSnapshot snapshot) : PageModel
{
    public long Id { get; private set; }
    public string? Description { get; private set; }
    public OneStop.Catalog.Bundles.BundleGuide Guide { get; private set; } = null!;

    /// <summary>The members in force, each with its own guide's address.</summary>
    public IReadOnlyList<(long Id, string Name)> Members { get; private set; } = [];

    /// <summary>在线申请 is offered when every member item in force can be applied for online.</summary>
    public bool IsOnline { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var bundle = await db.Bundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Status == VersionStatus.Published, ct);
        if (bundle is null) return NotFound();
        (Id, Description) = (bundle.Id, bundle.Description);
        Guide = await ReadBundles.GuideAsync(bundle, snapshot, ct);
        var loaded = await snapshot.GetAsync(ct);
        var members = bundle.ItemIds.Select(i => loaded.Items.FirstOrDefault(x => x.Id == i)).OfType<EffectiveItem>().ToList();
        Members = members.Select(e => (e.Id, e.Content.DisplayName)).ToList();
        IsOnline = members.Count == bundle.ItemIds.Count && members.All(e => e.Content.IsOnline);
        return Page();
    }
}
