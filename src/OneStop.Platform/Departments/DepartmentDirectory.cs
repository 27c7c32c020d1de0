using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Departments;

internal sealed class DepartmentDirectory(PlatformDbContext db) : IDepartmentDirectory
{
    public async Task<DepartmentEntry?> FindAsync(string regionCode, string name, CancellationToken ct = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return null;
        var matches = await db.Departments.AsNoTracking()
            .Where(d => d.RegionCode == regionCode && (d.Name == trimmed || d.ShortName == trimmed))
            .Select(d => new DepartmentEntry(d.Id, d.Name, d.ShortName, d.RegionCode)).ToListAsync(ct);
        return DepartmentNames.Match(matches, trimmed);
    }

    public async Task<IReadOnlyList<DepartmentEntry>> InRegionAsync(string regionCode, CancellationToken ct = default) =>
        await db.Departments.AsNoTracking().Where(d => d.RegionCode == regionCode).OrderBy(d => d.Name)
            .Select(d => new DepartmentEntry(d.Id, d.Name, d.ShortName, d.RegionCode)).ToListAsync(ct);

    public async Task<DepartmentEntry?> GetAsync(long id, CancellationToken ct = default) =>
        await db.Departments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DepartmentEntry(d.Id, d.Name, d.ShortName, d.RegionCode)).FirstOrDefaultAsync(ct);
}
