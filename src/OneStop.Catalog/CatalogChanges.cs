namespace OneStop.Catalog;

/// <summary>
/// Tells readers with caches (the search index) that published content changed. Local to one host; other hosts
/// catch up when their cache ages out.
/// </summary>
public sealed class CatalogChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Invalidate() => Interlocked.Increment(ref _version);
}
