namespace OneStop.Catalog.Search;

public sealed record SearchHit(SearchDocument Document, double Score);

/// <summary>One page of hits, best first, and how many documents matched in all.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResult Empty { get; } = new(0, []);
}
