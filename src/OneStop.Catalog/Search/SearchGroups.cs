namespace OneStop.Catalog.Search;

/// <summary>One item meant: every department's and region's implementation of it, the searcher's own region first.</summary>
public sealed record SearchGroup(IReadOnlyList<SearchHit> Members)
{
    public SearchHit First => Members[0];

    public double Score => Members.Max(member => member.Score);
}

/// <summary>One page of groups, best first, and how many groups matched in all.</summary>
public sealed record GroupedSearchResult(int Total, IReadOnlyList<SearchGroup> Groups)
{
    public static GroupedSearchResult Empty { get; } = new(0, []);
}

/// <summary>
/// Collapses hits on the same item (same <see cref="SearchDocument.GroupKey"/>) into one entry, so that "律师证" does
/// not list one change-review per implementing department and push every other answer off the page.
/// </summary>
public static class SearchGroups
{
    /// <summary>Groups in order of their best hit; inside a group, <paramref name="ownRegion"/> (a prefix) first.</summary>
    public static List<SearchGroup> Collapse(IEnumerable<SearchHit> hits, string? ownRegion)
    {
        var groups = new List<List<SearchHit>>();
        var byKey = new Dictionary<string, List<SearchHit>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var key = hit.Document.GroupKey ?? TextNormalizer.Normalize(hit.Document.Name);
            if (!byKey.TryGetValue(key, out var members))
            {
                byKey[key] = members = [];
                groups.Add(members);
            }
            members.Add(hit);
        }
        return groups.Select(members => new SearchGroup(Order(members, ownRegion))).ToList();
    }

    private static List<SearchHit> Order(List<SearchHit> members, string? ownRegion) =>
        string.IsNullOrEmpty(ownRegion)
            ? members
            : [.. members.OrderBy(hit => Closeness(hit.Document.Region, ownRegion))];

    /// <summary>0 = the searcher's own region or inside it, 1 = a region above it (province, city), 2 = elsewhere.</summary>
    private static int Closeness(string region, string own) =>
        region.StartsWith(own, StringComparison.Ordinal) ? 0
        : own.StartsWith(region.TrimEnd('0'), StringComparison.Ordinal) && region.Length > 0 ? 1
        : 2;
}
