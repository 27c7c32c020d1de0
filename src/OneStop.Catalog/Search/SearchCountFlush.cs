using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Search;

/// <summary>
/// Writes the buffered search counts once a minute (and when the host stops) as one transaction with one audit
/// record "catalog.search-counts". Counts are added to what is stored (never overwritten), so hosts sharing one
/// database each flush their own deltas.
/// </summary>
public sealed class SearchCountFlush(IServiceScopeFactory scopes, SearchCountBuffer buffer, TimeProvider time,
    ILogger<SearchCountFlush> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await TryFlushAsync(stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await TryFlushAsync(cancellationToken);
    }

    private async Task TryFlushAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await FlushAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The counts went back to the buffer; the next round tries again.
            log.LogWarning(e, "Search counts not flushed");
        }
    }

    /// <summary>One flush: the number of searches written (0 when there was nothing to write).</summary>
    public async Task<long> FlushAsync(CatalogDbContext db, CancellationToken ct)
    {
        var counts = buffer.TakeAll();
        if (counts.Count == 0) return 0;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // A fixed order of row locks, so two hosts flushing the same queries at once wait instead of deadlocking.
            foreach (var (query, p) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var (delta, at) = (p.Count, p.LastSearchedAt);
                var updated = await db.SearchCounts.Where(s => s.Query == query).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Count, x => x.Count + delta)
                    .SetProperty(x => x.LastSearchedAt, x => x.LastSearchedAt > at ? x.LastSearchedAt : at), ct);
                if (updated == 0) db.SearchCounts.Add(new SearchCount { Query = query, Count = delta, LastSearchedAt = at });
            }
            var searches = counts.Values.Sum(p => p.Count);
            db.Audit("catalog.search-counts", "热门搜索统计", $"{searches} 次搜索，{counts.Count} 个词");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return searches;
        }
        catch
        {
            // Another host inserted one of the new queries first (or the database was away): all of it is retried.
            db.ChangeTracker.Clear();
            buffer.Return(counts);
            throw;
        }
    }
}
