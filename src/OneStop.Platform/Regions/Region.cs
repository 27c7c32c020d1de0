namespace OneStop.Platform.Regions;

/// <summary>An administrative division in the platform's tree: province → city → county → town (→ village).</summary>
internal sealed class Region
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
}
