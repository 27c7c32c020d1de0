using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Search;

/// <summary>
/// Counts real searches that found good results and offers the most frequent ones as suggestions. A count is usage
/// statistics, not a change to the catalog, so it is not audited (one audit entry per search would drown the trail);
/// only searches that found a strong result are counted, so typing junk cannot put it on the public page.
/// </summary>
public sealed class PopularSearches(CatalogDbContext db, TimeProvider time)
{
    /// <summary>Longer queries are sentences, not searches others would reuse.</summary>
    public const int MaxLength = 20;
    private const int MinCount = 2;

    public async Task CountAsync(string? query, CancellationToken ct)
    {
        var text = (query ?? "").Trim();
        if (text.Length is 0 or > MaxLength || text.Any(char.IsControl))
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await db.SearchCounts.Where(s => s.Query == text)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Count, x => x.Count + 1).SetProperty(x => x.LastSearchedAt, now), ct);
        if (updated > 0)
        {
            return;
        }
        db.SearchCounts.Add(new SearchCount { Query = text, Count = 1, LastSearchedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request counted the same new query first: this search is lost from the count, which is harmless.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<string>> TopAsync(int count, CancellationToken ct) =>
        await db.SearchCounts.AsNoTracking().Where(s => s.Count >= MinCount)
            .OrderByDescending(s => s.Count).ThenBy(s => s.Query).Select(s => s.Query).Take(count).ToListAsync(ct);
}
