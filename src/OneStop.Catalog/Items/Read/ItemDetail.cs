namespace OneStop.Catalog.Items;

public sealed record VersionSummary(int Number, string Status, string? ValidFrom, string? ValidTo, string Name);

/// <summary>An item as readers see it: its effective content (today) and every version's dates.</summary>
public sealed record ItemDetail(long Id, string ImplementationCode, string RegionCode, string Source, long? GeneralItemId,
    int? EffectiveVersion, ItemContent? Content, IReadOnlyList<VersionSummary> Versions, LocalVariation? Variation)
{
    public static ItemDetail Of(ServiceItem item, DateOnly? today, ItemContent? effective = null)
    {
        var version = today is { } d ? item.EffectiveOn(d) : null;
        var content = effective ?? version?.Content ?? item.DraftVersion?.Content;
        return new ItemDetail(item.Id, item.ImplementationCode, item.RegionCode, item.Source, item.GeneralItemId,
            version?.Number, content,
            item.Versions.OrderBy(v => v.Number).Select(v => new VersionSummary(v.Number, v.Status.ToString(),
                v.ValidFrom?.ToString("yyyy-MM-dd"), v.ValidTo?.ToString("yyyy-MM-dd"), v.Name)).ToList(),
            item.Variation);
    }
}
