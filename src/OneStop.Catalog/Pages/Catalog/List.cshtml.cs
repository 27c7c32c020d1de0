using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Lists;
using OneStop.Catalog.Statistics;
using OneStop.Platform.Errors;

namespace OneStop.Catalog.Pages.Catalog;

public sealed class ListModel(CatalogSnapshot snapshot) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    public CatalogList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        try
        {
            List = CatalogLists.Build(key, await CatalogStatistics.InRegionAsync(snapshot, Region, ct));
            return Page();
        }
        catch (DomainException) { return NotFound(); }
    }
}
