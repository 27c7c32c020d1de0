namespace OneStop.Cases.Persistence;

/// <summary>The last serial given out in a region on a day: 办件编号 = region + date + serial.</summary>
internal sealed class CaseNumberCounter
{
    public required string RegionCode { get; init; }
    public required string Day { get; init; }
    public int Last { get; set; }
}
