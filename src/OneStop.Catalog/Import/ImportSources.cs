namespace OneStop.Catalog.Import;

/// <summary>Names of the catalogs an <see cref="ImportedItem"/> can come from.</summary>
public static class ImportSources
{
    /// <summary>广东政务服务网 (policy.jsonl).</summary>
    public const string Guangdong = "guangdong";

    /// <summary>四川政务服务网, 广安市广安区 (guangan_district_items.csv).</summary>
    public const string Sichuan = "sichuan";
}
