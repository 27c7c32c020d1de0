using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog;
using OneStop.Catalog.Items;
using OneStop.Catalog.Search;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Catalog;

public sealed record RegionChoice(string Code, string Name);

/// <summary>
/// The public search page: one entry per item meant (the other departments and regions folded under it, the
/// searcher's region first), 一件事 bundles that answer the query, and suggestions when the results are weak.
/// </summary>
public sealed class ServicesModel(CatalogSearch search, BundleSearch bundles, PopularSearches popular, CatalogSnapshot snapshot,
    ICurrentUser user, TimeProvider time) : PageModel
{
    /// <summary>Below this best score no entry holds the query well (see CatalogSearchIndex): suggestions are shown.</summary>
    private const double WeakScore = 8;
    private const int PageSize = 50, Suggestions = 6, PopularShown = 8;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Near { get; set; }
    public IReadOnlyList<CatalogSearchEntry> Entries { get; private set; } = [];
    public IReadOnlyList<BundleHit> Bundles { get; private set; } = [];
    public IReadOnlyList<string> Suggested { get; private set; } = [];
    public IReadOnlyList<string> Popular { get; private set; } = [];
    public IReadOnlyList<RegionChoice> Regions { get; private set; } = [];
    public int Total { get; private set; }
    public bool Weak { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var kind = ItemKinds.TryParse(Kind, out var k) ? k : (ItemKind?)null;
        // Signed-in staff see their own region first unless they chose another; the public choose one.
        Near = string.IsNullOrWhiteSpace(Near) ? user.RegionCode : Near.Trim();
        var result = await search.FindAsync(new CatalogQuery(Q, kind, null, null, 0, PageSize, Near), ct);
        (Entries, Total) = (result.Entries, result.Total);
        Regions = await RegionsAsync(ct);
        if (string.IsNullOrWhiteSpace(Q))
        {
            Popular = await popular.TopAsync(PopularShown, ct);
            return;
        }
        Bundles = await bundles.FindAsync(Q, await search.SynonymsAsync(ct), ct);
        // A bundle that answers the query is a strong result of its own.
        Weak = Bundles.Count == 0 && (Total == 0 || (Entries[0].Score ?? 0) < WeakScore);
        if (Weak)
        {
            Suggested = (await search.SuggestAsync(Q, Suggestions + 2, ct))
                .Where(name => Entries.Take(3).All(e => e.Item.Content.DisplayName != name)).Take(Suggestions).ToList();
            Popular = await popular.TopAsync(PopularShown, ct);
        }
        else
        {
            await popular.CountAsync(Q, ct);
        }
    }

    public string RegionName(string code) =>
        AdministrativeDivisions.NameAt(code, time.GetUtcNow().Year) ?? code;

    private async Task<IReadOnlyList<RegionChoice>> RegionsAsync(CancellationToken ct) =>
        (await snapshot.GetAsync(ct)).Items.Select(i => i.Content.RegionCode).Where(c => c.Length > 0).Distinct()
            .Order(StringComparer.Ordinal).Select(c => new RegionChoice(c, RegionName(c))).ToList();
}
