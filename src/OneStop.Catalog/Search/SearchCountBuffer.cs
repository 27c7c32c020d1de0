namespace OneStop.Catalog.Search;

/// <summary>
/// The searches of this host since the last flush: query → (count, last time). Each host keeps its own and adds its
/// deltas to the stored counts, so several hosts never overwrite each other.
/// </summary>
public sealed class SearchCountBuffer
{
    /// <summary>Distinct queries held between flushes; beyond it new queries wait for the next minute (memory stays bounded).</summary>
    public const int MaxQueries = 10_000;

    private readonly object _gate = new();
    private Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    public readonly record struct Pending(long Count, DateTime LastSearchedAt);

    public void Add(string query, DateTime at, long count = 1)
    {
        lock (_gate)
        {
            if (_pending.TryGetValue(query, out var p)) _pending[query] = new(p.Count + count, at > p.LastSearchedAt ? at : p.LastSearchedAt);
            else if (_pending.Count < MaxQueries) _pending[query] = new(count, at);
        }
    }

    /// <summary>Everything counted so far, leaving the buffer empty for the searches that follow.</summary>
    public IReadOnlyDictionary<string, Pending> TakeAll()
    {
        lock (_gate)
        {
            var taken = _pending;
            _pending = new(StringComparer.Ordinal);
            return taken;
        }
    }

    /// <summary>A flush that failed gives its counts back, so no search is lost.</summary>
    public void Return(IReadOnlyDictionary<string, Pending> counts)
    {
        foreach (var (query, p) in counts) Add(query, p.LastSearchedAt, p.Count);
    }
}
