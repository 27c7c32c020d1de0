namespace OneStop.Platform.Regions;

/// <summary>Levels of the division tree, from GB/T 2260 (province to county) and the NBS statistical codes below.</summary>
public enum RegionLevel
{
    Province,
    City,
    County,
    Town,
    Village,
}
