using OneStop.Catalog.Items;

namespace OneStop.Catalog.Contracts;

/// <summary>
/// What other modules (Cases first) may read of the catalog: an item's version in force, with everything an
/// application needs, and a published bundle. Never the catalog's tables (ADR 0011).
/// </summary>
public interface IServiceItemCatalog
{
    /// <summary>The item as in force on the date (a local item merged with its general item, N ± X); null when none is.</summary>
    Task<PublishedItem?> FindInForceAsync(long itemId, DateOnly on, CancellationToken ct);

    /// <summary>Whether an item with this id exists at all (to tell "unknown" from "not in force").</summary>
    Task<bool> ExistsAsync(long itemId, CancellationToken ct);

    /// <summary>A published bundle with each member as in force on the date; null when unknown or not published.</summary>
    Task<PublishedBundle?> FindBundleAsync(long bundleId, DateOnly on, CancellationToken ct);

    /// <summary>The id of the item with this implementation code (实施编码), or null (demo seeds, integrators that know codes).</summary>
    Task<long?> FindItemIdAsync(string implementationCode, CancellationToken ct);

    /// <summary>The id of the published bundle with this code, or null.</summary>
    Task<long?> FindBundleIdAsync(string code, CancellationToken ct);

    /// <summary>
    /// The public search (names, people's words, codes) over the items in force in a region and below: how the
    /// window clerk finds the item a walk-in applicant asks for (一窗受理).
    /// </summary>
    Task<IReadOnlyList<ItemSearchHit>> SearchAsync(string text, string regionCode, int take, CancellationToken ct);
}

/// <summary>One item found by <see cref="IServiceItemCatalog.SearchAsync"/>.</summary>
public sealed record ItemSearchHit(long ItemId, string Name, string ImplementationCode, string DepartmentName, string RegionCode);

/// <summary>
/// One published item version as a case needs it. A case keeps a copy, so a later catalog change never alters it.
/// <paramref name="DepartmentId"/> is the Platform department the item routes to; null until it is mapped.
/// </summary>
public sealed record PublishedItem(
    long ItemId, long VersionId, int VersionNumber, string ImplementationCode, string? BasicCode, string Name,
    string KindLabel, bool IsLicence, string RegionCode, long? DepartmentId, string DepartmentName, bool IsImmediate,
    int? StatutoryLimitDays, int? PromisedLimitDays, bool IsOnline,
    IReadOnlyList<PublishedMaterial> Materials, IReadOnlyList<PublishedStep> Steps, IReadOnlyList<PublishedFormField> FormFields,
    AutoDecisionRule? AutoDecision, string? ResultName);

/// <summary>
/// 申请材料 as an application sees it: whether it must be attached (<paramref name="Required"/>), may be supplied
/// after acceptance (容缺, <paramref name="Deferrable"/>), or is not needed when the e-licence exists.
/// </summary>
public sealed record PublishedMaterial(string Name, bool Required, bool Deferrable, bool WaivedWithLicence,
    string FormLabel, int PaperCopies, string? Notes);

public sealed record PublishedStep(string Name, int? LimitDays);

/// <summary>A form field as an application fills it; <see cref="Read"/> is the one check of a typed value.</summary>
public sealed record PublishedFormField(string Key, string Label, bool Required, FormFieldKind Kind = FormFieldKind.Text,
    IReadOnlyList<string>? Options = null)
{
    public FieldValue Read(string text, DateOnly today) => FormFieldValues.Read(Kind, Options, text, today);
}

public sealed record PublishedBundle(long BundleId, string Code, string Name, string RegionCode, int PromisedLimitDays,
    IReadOnlyList<PublishedItem> Members);
