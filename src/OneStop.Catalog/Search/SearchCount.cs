namespace OneStop.Catalog.Search;

/// <summary>How often a query (normalised) was searched on the public page and found results: the popular searches.</summary>
public sealed class SearchCount
{
    public required string Query { get; init; }
    public long Count { get; set; }
    public DateTime LastSearchedAt { get; set; }
}
