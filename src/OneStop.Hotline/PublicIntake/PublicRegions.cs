using Microsoft.Extensions.Options;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.PublicIntake;

/// <summary>诉求发生地 on the public form: the installation's city and its districts (区、县).</summary>
public sealed class PublicRegions(IRegionDirectory regions, IOptions<PublicIntakeSettings> settings)
{
    public string CityCode => settings.Value.CityCode;

    public async Task<(string CityName, IReadOnlyList<RegionEntry> Districts)> ListAsync(CancellationToken ct)
    {
        var name = await regions.NameAsync(CityCode, ct) ?? CityCode;
        var below = await regions.BelowAsync(CityCode, ct);
        return (name, below.Where(r => r.Level == RegionLevel.County).ToList());
    }

    /// <summary>A place inside the city (the district, or a street below it).</summary>
    public bool Covers(string regionCode) =>
        regionCode.StartsWith(RegionPrefix.Of(CityCode), StringComparison.Ordinal);
}
