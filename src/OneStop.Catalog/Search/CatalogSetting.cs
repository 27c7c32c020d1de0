namespace OneStop.Catalog.Search;

/// <summary>A named piece of catalog configuration administrators edit, such as the synonym list.</summary>
public sealed class CatalogSetting
{
    public const string Synonyms = "synonyms";

    public required string Key { get; init; }
    public required string Value { get; set; }
}
