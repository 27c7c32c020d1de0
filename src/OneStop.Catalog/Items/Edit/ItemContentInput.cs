using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Catalog.Items;

/// <summary>
/// Input checks on a version's content before it is stored as a draft: <see cref="ContentCheck"/> and the region. The business
/// checks (limits, visits, fees…) run at publishing, so a draft may be saved half-finished.
/// </summary>
public static class ItemContentInput
{
    public static async Task<ItemContent> CheckAsync(ItemContent? content, IRegionDirectory regions, CancellationToken ct)
    {
        ContentCheck.ThrowIfInvalid(content);
        if (!await regions.ExistsAsync(content.RegionCode.Trim(), ct))
            throw RequestValidationException.For("regionCode", "未知的行政区划代码", "region.unknown");
        return content;
    }
}
