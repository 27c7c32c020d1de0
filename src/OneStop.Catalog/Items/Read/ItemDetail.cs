namespace OneStop.Catalog.Items;

public sealed record VersionSummary(int Number, string Status, string? ValidFrom, string? ValidTo, string Name);

/// <summary>An item as readers see it: its effective content (today) and every version's dates.</summary>
public sealed record ItemDetail(long Id, string ImplementationCode, string RegionCode, string Source, long? GeneralItemId,
    int? EffectiveVersion, ItemContent? Content, IReadOnlyList<VersionSummary> Versions, LocalVariation? Variation,
    long? DepartmentId = null)
{
    /// <param name="includeDrafts">False for public readers: a draft's content and even its existence stay with the catalog administrators.</param>
    public static ItemDetail Of(ServiceItem item, DateOnly? today, ItemContent? effective = null, bool includeDrafts = true)
    {
        var version = today is { } d ? item.EffectiveOn(d) : null;
        var content = effective ?? version?.Content ?? (includeDrafts ? item.DraftVersion?.Content : null);
        return new ItemDetail(item.Id, item.ImplementationCode, item.RegionCode, item.Source, item.GeneralItemId,
            version?.Number, content,
            item.Versions.Where(v => includeDrafts || v.Status != VersionStatus.Draft).OrderBy(v => v.Number).Select(v => new VersionSummary(v.Number, v.Status.ToString(),
                v.ValidFrom?.ToString("yyyy-MM-dd"), v.ValidTo?.ToString("yyyy-MM-dd"), v.Name)).ToList(),
            includeDrafts ? item.Variation : version?.Variation, item.DepartmentId);
    }
}
