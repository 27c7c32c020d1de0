using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Search;

/// <summary>
/// Counts real searches that found good results and offers the most frequent ones as suggestions. A search only adds
/// to <see cref="SearchCountBuffer"/> in memory; <see cref="SearchCountFlush"/> writes the sums at most once a minute
/// as one audited write, so the trail records every change without one entry per search (ADR 0007). Only searches
/// that found a strong result are counted, so typing junk cannot put it on the public page.
/// </summary>
public sealed class PopularSearches(CatalogDbContext db, SearchCountBuffer buffer, TimeProvider time)
{
    /// <summary>Longer queries are sentences, not searches others would reuse.</summary>
    public const int MaxLength = 20;
    private const int MinCount = 2;

    public Task CountAsync(string? query, CancellationToken ct)
    {
        var text = (query ?? "").Trim();
        if (text.Length is > 0 and <= MaxLength && !text.Any(char.IsControl)) buffer.Add(text, time.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<string>> TopAsync(int count, CancellationToken ct) =>
        await db.SearchCounts.AsNoTracking().Where(s => s.Count >= MinCount)
            .OrderByDescending(s => s.Count).ThenBy(s => s.Query).Select(s => s.Query).Take(count).ToListAsync(ct);
}
