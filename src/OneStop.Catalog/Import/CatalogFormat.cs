namespace OneStop.Catalog.Import;

/// <summary>The source catalog formats OneStop can import.</summary>
public enum CatalogFormat
{
    /// <summary>广东政务服务网 JSON Lines (policy.jsonl).</summary>
    GuangdongJsonl,

    /// <summary>四川政务服务网 district CSV (guangan_district_items.csv).</summary>
    SichuanCsv,

    /// <summary>OneStop's own export: JSON Lines of version content (onestop catalog export).</summary>
    OneStopJsonl,
}
