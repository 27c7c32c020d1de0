namespace OneStop.Platform.Regions;

/// <summary>
/// A division in force today. <see cref="ParentCode"/> is the real tree, not the code prefix: a county whose prefix
/// city does not exist (municipal districts, province-administered cities such as 429004 仙桃市) hangs under its province.
/// </summary>
public sealed record DivisionEntry(string Code, string Name, RegionLevel Level, string? ParentCode);
