namespace OneStop.Catalog.Items;

/// <summary>
/// What 停止实施 did to an item's versions, so the page and the audit can say it: which version now ends on the last
/// day, and which scheduled versions were withdrawn because they would have started after it.
/// </summary>
public sealed record RetirementOutcome(DateOnly LastDay, int? EndedVersion, IReadOnlyList<int> WithdrawnVersions)
{
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (EndedVersion is { } n) parts.Add($"第 {n} 版于 {LastDay:yyyy-MM-dd} 后停止实施");
            if (WithdrawnVersions.Count > 0)
                parts.Add($"已撤回尚未生效的第 {string.Join("、", WithdrawnVersions)} 版（原定于停止实施后生效）");
            return string.Join("；", parts);
        }
    }
}
