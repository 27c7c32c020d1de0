using OneStop.Platform.Departments;

namespace OneStop.Catalog.Departments;

/// <summary>
/// Resolves implementing department names to Platform departments for one use case, reading each region's
/// departments once (an import touches thousands of items but few regions).
/// </summary>
public sealed class DepartmentResolver(IDepartmentDirectory directory)
{
    private readonly Dictionary<string, IReadOnlyList<DepartmentEntry>> _byRegion = new();

    public async Task<long?> ResolveAsync(string regionCode, string? departmentName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(departmentName)) return null;
        if (!_byRegion.TryGetValue(regionCode, out var departments))
            _byRegion[regionCode] = departments = await directory.InRegionAsync(regionCode, ct);
        return DepartmentNames.Match(departments, departmentName)?.Id;
    }
}
