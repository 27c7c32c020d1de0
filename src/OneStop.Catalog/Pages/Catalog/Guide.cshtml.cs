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

    /// <summary>The other 业务办理项 of the same sub-item and department, so an applicant can pick the right one.</summary>
    public IReadOnlyList<EffectiveItem> Siblings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var item = (await snapshot.GetAsync(ct)).Items.FirstOrDefault(i => i.Id == id);
        if (item is null) return NotFound();
        (Id, Version, Item) = (item.Id, item.Version, item.Content);
        var c = item.Content;
        if (c.HandlingItemName is not null)
        {
            Siblings = (await snapshot.GetAsync(ct)).Items
                .Where(i => i.Id != id && i.Content.HandlingItemName is not null && i.Content.DepartmentName == c.DepartmentName
                    && i.Content.MainItemName == c.MainItemName && i.Content.SubItemName == c.SubItemName)
                .OrderBy(i => i.Content.DisplayName, StringComparer.Ordinal).ToList();
        }
        return Page();
    }
}
