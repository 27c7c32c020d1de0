namespace OneStop.Platform.Departments;

/// <summary>A department as other modules see it: enough to name it and route work to it.</summary>
public sealed record DepartmentEntry(long Id, string Name, string? ShortName, string RegionCode);

/// <summary>
/// The departments (实施主体 / 承办单位) as other modules may read them; they never query Platform's tables. Catalog
/// resolves an item's implementing department through it, and cases will be routed by the result.
/// </summary>
public interface IDepartmentDirectory
{
    /// <summary>The department of <paramref name="regionCode"/> whose full or short name is <paramref name="name"/> (trimmed), or null.</summary>
    Task<DepartmentEntry?> FindAsync(string regionCode, string name, CancellationToken ct = default);

    /// <summary>Every department of exactly <paramref name="regionCode"/>, by name.</summary>
    Task<IReadOnlyList<DepartmentEntry>> InRegionAsync(string regionCode, CancellationToken ct = default);

    Task<DepartmentEntry?> GetAsync(long id, CancellationToken ct = default);
}

public static class DepartmentNames
{
    /// <summary>
    /// The one matching rule: the full name (unique within a region) first, else a short name that exactly one
    /// candidate carries. Trimmed; nothing fuzzier, since cases will be routed by the answer.
    /// </summary>
    public static DepartmentEntry? Match(IEnumerable<DepartmentEntry> candidates, string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return null;
        var list = candidates.ToList();
        var byShort = list.Where(d => d.ShortName == trimmed).ToList();
        return list.FirstOrDefault(d => d.Name == trimmed) ?? (byShort.Count == 1 ? byShort[0] : null);
    }
}
