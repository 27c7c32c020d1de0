namespace OneStop.Catalog.Bundles;

public sealed record CreateBundleRequest(string? Code, string? Name, string? RegionCode, string? Description,
    IReadOnlyList<long>? ItemIds, int? PromisedLimitDays);

public sealed record BundleView(long Id, string Code, string Name, string RegionCode, string? Description, string Status,
    IReadOnlyList<long> ItemIds, BundleGuide? Guide)
{
    public static BundleView Of(Bundle b, BundleGuide? guide) =>
        new(b.Id, b.Code, b.Name, b.RegionCode, b.Description, b.Status.ToString(), b.ItemIds, guide);
}
