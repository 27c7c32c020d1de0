using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Notices;
using OneStop.Platform.Calendar;

namespace OneStop.Catalog.Pages.Catalog;

/// <summary>The printable 一次性告知单 of an item in force.</summary>
public sealed class NoticeModel(CatalogSnapshot snapshot, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var item = (await snapshot.GetAsync(ct)).Items.FirstOrDefault(i => i.Id == id);
        if (item is null) return NotFound();
        var pdf = OneTimeNoticePdf.ForItem(item.Content, item.Version, ChinaTime.Today(time));
        NoticeDownload.Inline(Response, item.Content.DisplayName, $"notice-item-{id}.pdf");
        return File(pdf, "application/pdf");
    }
}
