namespace OneStop.Catalog.Search;

/// <summary>
/// What the search index knows of one item. <paramref name="SubName"/> is the item's other name (the main item of a
/// 业务办理项, or the catalog's name for it); <paramref name="Keywords"/> are words people use for it that its name
/// lacks, such as the licence it results in (营业执照). <see cref="Texts"/> are longer texts about it (acceptance
/// conditions, FAQ) that count for little each; <see cref="GroupKey"/> names the item meant, shared by every
/// department's and region's implementation of it (its basic code, or its name when it has none).
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
    IReadOnlyList<string> Keywords)
{
    public IReadOnlyList<string> Texts { get; init; } = [];

    public string? GroupKey { get; init; }
}
