using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Statistics;

namespace OneStop.Catalog.Pages.Catalog;

public sealed class StatsModel(CatalogSnapshot snapshot) : PageModel
{
    public CatalogFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(string? region, CancellationToken ct) =>
        Figures = CatalogFigures.Of(await CatalogStatistics.InRegionAsync(snapshot, region, ct));
}
