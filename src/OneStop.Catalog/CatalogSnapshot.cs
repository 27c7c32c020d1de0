using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Calendar;

namespace OneStop.Catalog;

/// <summary>
/// The catalog in force today, held in memory for search, lists and figures: the whole catalog of a province is a
/// few thousand items, and readers vastly outnumber writers. Reloaded after a local change, at a new day, or after
/// half a minute (changes made by other hosts).
/// </summary>
public sealed class CatalogSnapshot(IServiceScopeFactory scopes, CatalogChanges changes, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Loaded? _current;

    public sealed record Loaded(IReadOnlyList<EffectiveItem> Items, DateOnly Day, long ChangeVersion, DateTimeOffset LoadedAt)
    {
        private readonly Lazy<object> _extras = new(() => new Dictionary<string, object>());
        public Dictionary<string, object> Extras => (Dictionary<string, object>)_extras.Value;
    }

    public async Task<Loaded> GetAsync(CancellationToken ct = default)
    {
        if (IsFresh(_current)) return _current!;
        await _reload.WaitAsync(ct);
        try
        {
            if (IsFresh(_current)) return _current!;
            var version = changes.Version;
            var today = ChinaTime.Today(time);
            using var scope = scopes.CreateScope();
            var items = await EffectiveCatalog.LoadAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), today, ct);
            return _current = new Loaded(items, today, version, time.GetUtcNow());
        }
        finally { _reload.Release(); }
    }

    private bool IsFresh(Loaded? loaded) => loaded is not null && loaded.ChangeVersion == changes.Version
        && loaded.Day == ChinaTime.Today(time) && time.GetUtcNow() - loaded.LoadedAt < MaxAge;
}
