using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;

namespace OneStop.Web.Pages;

/// <summary>
/// The province → city → county chooser of the registration pages, rendered by the server (it works without
/// script: "更新下级列表" posts the form back) and refreshed in place by wwwroot/js/region-chooser.js.
/// </summary>
internal sealed class RegisterRegionChoice
{
    public string? Province { get; private init; }
    public string? City { get; private init; }
    public string? County { get; private init; }
    public IReadOnlyList<Region> Provinces { get; private init; } = [];
    public IReadOnlyList<Region> Cities { get; private init; } = [];
    public IReadOnlyList<Region> Counties { get; private init; } = [];

    /// <summary>The county chosen, or a county-level division chosen in the second list (省直辖县级市).</summary>
    public string? Chosen => County ?? (Cities.FirstOrDefault(c => c.Code == City)?.Level == RegionLevel.County ? City : null);

    public static async Task<RegisterRegionChoice> LoadAsync(PlatformDbContext db, string? province, string? city,
        string? county, CancellationToken ct)
    {
        var regions = db.Regions.AsNoTracking();
        // A county chosen (or defaulted) fixes the lists above it.
        if (!string.IsNullOrWhiteSpace(county) && await regions.FirstOrDefaultAsync(r => r.Code == county, ct) is { } c)
        {
            var parent = await regions.FirstOrDefaultAsync(r => r.Code == c.ParentCode, ct);
            city = parent?.Level == RegionLevel.City ? parent.Code : c.Code;
            province = parent?.Level == RegionLevel.City ? parent.ParentCode : parent?.Code;
            if (city == c.Code) county = null;
        }
        var provinces = await regions.Where(r => r.ParentCode == null).OrderBy(r => r.Code).ToListAsync(ct);
        province = provinces.Any(p => p.Code == province) ? province : null;
        var cities = province is null ? [] : await Children(regions, province, ct);
        city = cities.Any(x => x.Code == city) ? city : null;
        var counties = city is null ? [] : await Children(regions, city, ct);
        county = counties.Any(x => x.Code == county) ? county : null;
        return new RegisterRegionChoice
        {
            Province = province, City = city, County = county, Provinces = provinces, Cities = cities, Counties = counties,
        };
    }

    private static Task<List<Region>> Children(IQueryable<Region> regions, string parent, CancellationToken ct) =>
        regions.Where(r => r.ParentCode == parent && r.Level != RegionLevel.Town && r.Level != RegionLevel.Village)
            .OrderBy(r => r.Code).ToListAsync(ct);
}
