using OneStop.Platform.Regions;

namespace OneStop.Platform.Security;

public static class RegionPrefix
{
    /// <summary>
    /// The leading digits every code inside this region shares (44 for 广东省, 4401 for 广州市), so a scope filter is
    /// one indexed LIKE 'prefix%' in either database.
    /// </summary>
    /// <summary>The prefix of a code given as text; an unparseable code is its own (exact) prefix.</summary>
    public static string Of(string code) => RegionCode.TryParse(code, out var parsed) ? parsed.SignificantPrefix() : code;

    public static string SignificantPrefix(this RegionCode code)
    {
        var digits = code.ToString();
        return code.Level switch
        {
            RegionLevel.Province => digits[..2],
            RegionLevel.City => digits[..4],
            _ => digits,
        };
    }
}
