using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Regions;

/// <summary>The region tree as other modules may read it (they never query Platform's tables themselves).</summary>
public interface IRegionDirectory
{
    Task<bool> ExistsAsync(string code, CancellationToken ct = default);
    Task<string?> NameAsync(string code, CancellationToken ct = default);

    /// <summary>Every region strictly below <paramref name="code"/> (districts, towns…), ordered by code.</summary>
    Task<IReadOnlyList<RegionEntry>> BelowAsync(string code, CancellationToken ct = default);
}

/// <summary>A region as other modules see it: code and Chinese name.</summary>
public sealed record RegionEntry(string Code, string Name, RegionLevel Level);

internal sealed class RegionDirectory(PlatformDbContext db) : IRegionDirectory
{
    public Task<bool> ExistsAsync(string code, CancellationToken ct = default) =>
        db.Regions.AnyAsync(r => r.Code == code, ct);

    public async Task<string?> NameAsync(string code, CancellationToken ct = default) =>
        await db.Regions.Where(r => r.Code == code).Select(r => r.Name).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<RegionEntry>> BelowAsync(string code, CancellationToken ct = default)
    {
        if (!RegionCode.TryParse(code, out var owner)) return [];
        var prefix = Security.RegionPrefix.Of(code);
        var candidates = await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(prefix) && r.Code != code)
            .OrderBy(r => r.Code).Select(r => new RegionEntry(r.Code, r.Name, r.Level)).ToListAsync(ct);
        return candidates.Where(r => RegionCode.TryParse(r.Code, out var c) && c.IsWithin(owner) && !c.Equals(owner)).ToList();
    }
}
