using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

/// <summary>The real catalogs in shared data, read once per test run; each accessor skips when the data is absent.</summary>
internal static class SharedCatalogs
{
    public const string GuangdongFile = "gov-service-items/guangdong-gdzwfw/policy.jsonl";
    public const string ZhongshanFile = "gov-service-items/guangdong-gdzwfw/zhongshan_policy_1b9f54a.jsonl";
    public const string GuangdongFlatFile = "gov-service-items/guangdong-gdzwfw/items_flat.csv";
    public const string SichuanFile = "gov-service-items/sichuan-guangan-district/guangan_district_items.csv";

    private static readonly Lazy<IReadOnlyList<ImportRow>> GuangdongRows =
        new(() => GuangdongCatalogReader.Read(PathOf(GuangdongFile)).ToList());

    private static readonly Lazy<IReadOnlyList<ImportRow>> SichuanRows =
        new(() => SichuanCatalogReader.Read(PathOf(SichuanFile)).ToList());

    public static string Path(string relative)
    {
        SharedData.RequireRoot();
        return PathOf(relative);
    }

    public static IReadOnlyList<ImportRow> Guangdong()
    {
        SharedData.RequireRoot();
        return GuangdongRows.Value;
    }

    public static IReadOnlyList<ImportRow> Sichuan()
    {
        SharedData.RequireRoot();
        return SichuanRows.Value;
    }

    public static IReadOnlyList<ImportedItem> Items(this IEnumerable<ImportRow> rows) =>
        rows.OfType<ImportRow.Accepted>().Select(r => r.Item).ToList();

    public static IReadOnlyList<ImportRow.Rejected> Rejections(this IEnumerable<ImportRow> rows) =>
        rows.OfType<ImportRow.Rejected>().ToList();

    private static string PathOf(string relative) => System.IO.Path.Combine(SharedData.Root!, relative);
}
