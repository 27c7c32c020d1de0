namespace OneStop.Catalog.Items;

/// <summary>
/// One dated version of an item. A case is bound to the version it was applied for, so published and retired
/// versions never change; only a draft does.
/// </summary>
public sealed class ServiceItemVersion
{
    public long Id { get; private set; }
    public long ItemId { get; private set; }
    public int Number { get; init; }
    public VersionStatus Status { get; internal set; }
    public DateOnly? ValidFrom { get; internal set; }
    public DateOnly? ValidTo { get; internal set; }
    public DateTime? PublishedAt { get; internal set; }
    public ItemContent Content { get; internal set; } = null!;

    /// <summary>
    /// N ± X: for a version of a derived local item, the variation it publishes; <see cref="Content"/> then holds the
    /// merge with the general item as of the last edit or publication (readers merge again with the general item in force).
    /// </summary>
    public LocalVariation? Variation { get; internal set; }

    // Copies of content fields as columns, so listing and filtering need not parse JSON.
    public string Name { get; internal set; } = "";
    public ItemKind Kind { get; internal set; }
    public string DepartmentName { get; internal set; } = "";

    internal static ServiceItemVersion Draft(int number, ItemContent content, LocalVariation? variation = null)
    {
        var v = new ServiceItemVersion { Number = number, Status = VersionStatus.Draft, Variation = variation };
        v.SetContent(content);
        return v;
    }

    /// <summary>Published at some point (in force, scheduled or ended), i.e. neither a draft nor withdrawn before it started.</summary>
    public bool WasPublished => Status is VersionStatus.Published or VersionStatus.Retired;

    internal void SetContent(ItemContent content)
    {
        Content = content;
        Name = content.DisplayName;
        Kind = content.Kind;
        DepartmentName = content.DepartmentName;
    }

    /// <summary>In force on a date: published and within its validity (open-ended when ValidTo is empty).</summary>
    public bool IsEffectiveOn(DateOnly date) =>
        WasPublished && ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
