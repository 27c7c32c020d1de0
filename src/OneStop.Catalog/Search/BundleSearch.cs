using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Search;

public sealed record BundleHit(long Id, string Name, string? Description);

/// <summary>
/// 一件事 bundles that answer a search ("开饭店" → 我要开餐馆), shown above the items. Bundles are few, so their
/// small index is built per search over the published ones, by name, description and member item names.
/// </summary>
public sealed class BundleSearch(CatalogDbContext db, CatalogSnapshot snapshot)
{
    /// <summary>A bundle must hold the query well, not share one pair with it: it is shown above every item.</summary>
    private const double MinScore = 5;
    private const int MaxBundles = 3;

    public async Task<IReadOnlyList<BundleHit>> FindAsync(string? text, SynonymList synonyms, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var bundles = await db.Bundles.AsNoTracking().Where(b => b.Status == VersionStatus.Published).ToListAsync(ct);
        if (bundles.Count == 0)
        {
            return [];
        }
        var names = (await snapshot.GetAsync(ct)).Items.ToDictionary(i => i.Id, i => i.Content.DisplayName);
        var index = CatalogSearchIndex.Build(bundles.Select(b => new SearchDocument(b.Id, b.Code, b.Name, b.Description,
            "", b.RegionCode, "一件事", [], b.ItemIds.Select(id => names.GetValueOrDefault(id)).OfType<string>().ToList())), synonyms);
        var byId = bundles.ToDictionary(b => b.Id);
        return index.Search(text, 0, MaxBundles).Hits.Where(h => h.Score >= MinScore)
            .Select(h => byId[h.Document.Id]).Select(b => new BundleHit(b.Id, b.Name, b.Description)).ToList();
    }
}
