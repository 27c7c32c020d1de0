using OneStop.Platform.Regions;

namespace OneStop.Hotline.Knowledge;

/// <summary>Which places an answer holds for: each listed region and every region below it.</summary>
internal static class KnowledgeRegions
{
    /// <summary>The caller's place is one of the regions or below one (an answer for 天河区 holds in 石牌街道).</summary>
    public static bool Covers(IEnumerable<string> regions, string place) =>
        RegionCode.TryParse(place, out var at) && regions.Any(r => RegionCode.TryParse(r, out var region) && at.IsWithin(region));

    /// <summary>The regions meet the staff member's: an agent of 广州市 sees answers for 天河区, and those for 广东省.</summary>
    public static bool Overlaps(IEnumerable<string> regions, string staffRegion) =>
        RegionCode.TryParse(staffRegion, out var own)
        && regions.Any(r => RegionCode.TryParse(r, out var region) && (region.IsWithin(own) || own.IsWithin(region)));
}
