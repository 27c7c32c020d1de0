using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Regions;

/// <summary>Fills the region tree down to county level from the GB/T 2260 list the product carries.</summary>
internal static class RegionSeeder
{
    public static async Task<int> EnsureAsync(PlatformDbContext db, CancellationToken ct = default)
    {
        if (await db.Regions.AnyAsync(r => r.Level != RegionLevel.Town && r.Level != RegionLevel.Village, ct)) return 0;
        var regions = AdministrativeDivisions.InForce.Select(d => new Region
        {
            Code = d.Code, Name = d.Name, Level = d.Level, ParentCode = d.ParentCode,
        }).ToList();
        db.Regions.AddRange(regions);
        db.Audit("region.seed", "行政区划", $"载入 GB/T 2260 县级以上区划 {regions.Count} 个");
        await db.SaveChangesAsync(ct);
        return regions.Count;
    }
}
