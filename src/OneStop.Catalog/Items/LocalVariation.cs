namespace OneStop.Catalog.Items;

/// <summary>
/// 本地差异 X of a county/town item derived from a general item N: only what differs is recorded. An empty field
/// means "as in the general item".
/// </summary>
public sealed record LocalVariation
{
    /// <summary>The county does not offer this general item (减项).</summary>
    public bool NotOffered { get; init; }
    public string? DepartmentName { get; init; }
    public int? PromisedLimitDays { get; init; }
    public IReadOnlyList<HandlingChannel> ExtraChannels { get; init; } = [];
    public string? HandlingLocation { get; init; }
    public string? ConsultPhone { get; init; }
    public string? ComplaintPhone { get; init; }
    public int? RequiredVisits { get; init; }
    public string? VisitsReason { get; init; }
    public IReadOnlyList<string> WaivedMaterials { get; init; } = [];

    /// <summary>The effective item in the county: N with X applied, under the county's code and region.</summary>
    public ItemContent ApplyTo(ItemContent general, string regionCode, string implementationCode) => general with
    {
        RegionCode = regionCode,
        ImplementationCode = implementationCode,
        DepartmentName = DepartmentName ?? general.DepartmentName,
        PromisedLimitDays = PromisedLimitDays ?? general.PromisedLimitDays,
        CaseType = (PromisedLimitDays ?? general.PromisedLimitDays) == 0 ? CaseType.Immediate : general.CaseType,
        Channels = general.Channels.Concat(ExtraChannels).Distinct().ToList(),
        HandlingLocation = HandlingLocation ?? general.HandlingLocation,
        ConsultPhone = ConsultPhone ?? general.ConsultPhone,
        ComplaintPhone = ComplaintPhone ?? general.ComplaintPhone,
        RequiredVisits = RequiredVisits ?? general.RequiredVisits,
        VisitsReason = RequiredVisits is null ? general.VisitsReason : VisitsReason,
        Materials = general.Materials.Where(m => !WaivedMaterials.Contains(m.Name)).ToList(),
    };
}
