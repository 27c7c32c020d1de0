namespace OneStop.Catalog.Search;

/// <summary>
/// What the search index knows of one item. <paramref name="SubName"/> is the item's other name (the main item of a
/// 业务办理项, or the catalog's name for it); <paramref name="Keywords"/> are words people use for it that its name
/// lacks, such as the licence it results in (营业执照).
/// </summary>
public sealed record SearchDocument(
    long Id,
    string Code,
    string Name,
    string? SubName,
    string Department,
    string Region,
    string Kind,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Keywords);
