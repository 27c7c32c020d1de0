using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Regions;

/// <summary>The region tree as other modules may read it (they never query Platform's tables themselves).</summary>
public interface IRegionDirectory
{
    Task<bool> ExistsAsync(string code, CancellationToken ct = default);
    Task<string?> NameAsync(string code, CancellationToken ct = default);
}

internal sealed class RegionDirectory(PlatformDbContext db) : IRegionDirectory
{
    public Task<bool> ExistsAsync(string code, CancellationToken ct = default) =>
        db.Regions.AnyAsync(r => r.Code == code, ct);

    public async Task<string?> NameAsync(string code, CancellationToken ct = default) =>
        await db.Regions.Where(r => r.Code == code).Select(r => r.Name).FirstOrDefaultAsync(ct);
}
