using System.Text.RegularExpressions;

namespace OneStop.Hotline.Figures;

/// <summary>
/// The landmark of an address — the road, village, estate or market ("天河区天河路 385 号" → 天河路) — so that requests
/// about one place are counted together however the house number was written.
/// </summary>
public static partial class PlaceNames
{
    public static string? Landmark(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var text = address.Replace(" ", "");
        // Drop the administrative prefix (省、市、区、县、镇、街道) the caller may or may not have said.
        text = AdminPrefix().Replace(text, "");
        var m = LandmarkPattern().Match(text);
        return m.Success ? m.Value : null;
    }

    [GeneratedRegex(@"^([\u4e00-\u9fa5]{2,7}?(省|自治区))?([\u4e00-\u9fa5]{1,7}?市)?([\u4e00-\u9fa5]{1,7}?(区|县))?([\u4e00-\u9fa5]{1,7}?(街道|镇))?")]
    private static partial Regex AdminPrefix();

    [GeneratedRegex(@"[\u4e00-\u9fa5A-Za-z0-9]{1,12}?(大道|路|街|巷|里|村|小区|花园|苑|广场|市场|公园|学校|小学|中学|医院|地铁站|站)")]
    private static partial Regex LandmarkPattern();
}
