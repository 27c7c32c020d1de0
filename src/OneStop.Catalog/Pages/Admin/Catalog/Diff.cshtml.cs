using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

/// <summary>What changed between two versions, field by field (the history a catalog administrator reviews).</summary>
public sealed class DiffModel(CatalogDbContext db, DataScope scope) : PageModel
{
    public long Id { get; private set; }
    public int From { get; private set; }
    public int To { get; private set; }
    public IReadOnlyList<Editor.ReadableDiff.Line> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, int? from, int? to, CancellationToken ct)
    {
        // Drafts and history are the item owner's: another region's catalog administrator gets "no access".
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return NotFound();
        scope.StaffFor(item.RegionCode, null, Role.CatalogAdmin);
        var versions = await db.Versions.AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Number).ToListAsync(ct);
        var b = versions.FirstOrDefault(v => v.Number == (to ?? versions.LastOrDefault()?.Number));
        var a = versions.FirstOrDefault(v => v.Number == (from ?? b?.Number - 1));
        if (a is null || b is null) return NotFound();
        (Id, From, To) = (id, a.Number, b.Number);
        Changes = Editor.ReadableDiff.Between(a.Content, b.Content);
        return Page();
    }
}
