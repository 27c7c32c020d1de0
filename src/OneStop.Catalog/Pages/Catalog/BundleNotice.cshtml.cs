using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Catalog.Notices;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;

namespace OneStop.Catalog.Pages.Catalog;

/// <summary>The printable 一次性告知单 of a published 一件事, with the merged materials of its items.</summary>
public sealed class BundleNoticeModel(CatalogDbContext db, CatalogSnapshot snapshot, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var bundle = await db.Bundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Status == VersionStatus.Published, ct);
        if (bundle is null) return NotFound();
        var guide = await ReadBundles.GuideAsync(bundle, snapshot, ct);
        var pdf = OneTimeNoticePdf.ForBundle(bundle.Name, guide, ChinaTime.Today(time));
        NoticeDownload.Inline(Response, bundle.Name, $"notice-bundle-{id}.pdf");
        return File(pdf, "application/pdf");
    }
}
