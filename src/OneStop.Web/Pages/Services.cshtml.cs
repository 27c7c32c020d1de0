using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Items;
using OneStop.Catalog.Search;

namespace OneStop.Web.Pages;

public sealed class ServicesModel(CatalogSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    public IReadOnlyList<EffectiveItem> Items { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var kind = ItemKinds.TryParse(Kind, out var k) ? k : (ItemKind?)null;
        var result = await search.FindAsync(new CatalogQuery(Q, kind, null, null, 0, 100), ct);
        Items = result.Items;
        Total = result.Total;
    }
}
