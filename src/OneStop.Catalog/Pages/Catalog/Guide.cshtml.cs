using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Pages.Catalog;

public sealed class GuideModel(CatalogSnapshot snapshot) : PageModel
{
    public long Id { get; private set; }
    public int Version { get; private set; }
    public ItemContent Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var item = (await snapshot.GetAsync(ct)).Items.FirstOrDefault(i => i.Id == id);
        if (item is null) return NotFound();
        (Id, Version, Item) = (item.Id, item.Version, item.Content);
        return Page();
    }
}
