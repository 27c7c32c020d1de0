using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Pages;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;

namespace OneStop.Catalog.Contracts;

/// <summary>Reads the catalog for other modules; maps the catalog's own types to the contract's.</summary>
internal sealed class ServiceItemCatalog(CatalogDbContext db, CatalogSearch search) : IServiceItemCatalog
{
    public async Task<PublishedItem?> FindInForceAsync(long itemId, DateOnly on, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return null;
        var byId = new Dictionary<long, ServiceItem> { [item.Id] = item };
        if (item.GeneralItemId is { } generalId &&
            await db.Items.AsNoTracking().Include(i => i.Versions).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == generalId, ct) is { } general)
            byId[general.Id] = general;
        var effective = EffectiveCatalog.Resolve(item, byId, on);
        var version = item.EffectiveOn(on);
        return effective is null || version is null ? null : Map(item, version, effective.Content);
    }

    public Task<bool> ExistsAsync(long itemId, CancellationToken ct) => db.Items.AnyAsync(i => i.Id == itemId, ct);

    public async Task<PublishedBundle?> FindBundleAsync(long bundleId, DateOnly on, CancellationToken ct)
    {
        var bundle = await db.Bundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bundleId && b.Status == VersionStatus.Published, ct);
        if (bundle is null) return null;
        var members = new List<PublishedItem>(bundle.ItemIds.Count);
        foreach (var id in bundle.ItemIds)
        {
            // A bundle whose member is not in force cannot be applied for as a whole: the caller says which one.
            members.Add(await FindInForceAsync(id, on, ct) ?? NotInForce(id));
        }
        return new PublishedBundle(bundle.Id, bundle.Code, bundle.Name, bundle.RegionCode, bundle.PromisedLimitDays, members);
    }

    public async Task<long?> FindItemIdAsync(string implementationCode, CancellationToken ct) =>
        await db.Items.AsNoTracking().Where(i => i.ImplementationCode == implementationCode).Select(i => (long?)i.Id).FirstOrDefaultAsync(ct);

    public async Task<long?> FindBundleIdAsync(string code, CancellationToken ct) =>
        await db.Bundles.AsNoTracking().Where(b => b.Code == code && b.Status == VersionStatus.Published)
            .Select(b => (long?)b.Id).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<ItemSearchHit>> SearchAsync(string text, string regionCode, int take, CancellationToken ct)
    {
        var result = await search.FindAsync(new CatalogQuery(text, null, null, regionCode, 0, take, regionCode), ct);
        // An entry is one item meant; each implementation inside the region is a separate choice for the clerk.
        return result.Entries.SelectMany(e => e.Others.Prepend(e.Item))
            .Where(i => i.Content.RegionCode.StartsWith(regionCode, StringComparison.Ordinal))
            .DistinctBy(i => i.Id).Take(take)
            .Select(i => new ItemSearchHit(i.Id, i.Content.DisplayName, i.Content.ImplementationCode, i.Content.DepartmentName, i.Content.RegionCode))
            .ToList();
    }

    /// <summary>A member that is not in force: version 0, so callers can name it and refuse the application.</summary>
    private static PublishedItem NotInForce(long itemId) => new(itemId, 0, 0, "", null, $"事项 {itemId}", "", false, "",
        null, "", false, null, null, false, [], [], [], null, null);

    private static PublishedItem Map(ServiceItem item, ServiceItemVersion version, ItemContent c) => new(
        item.Id, version.Id, version.Number, c.ImplementationCode, c.BasicCode, c.DisplayName, c.Kind.Chinese(),
        c.Kind == ItemKind.AdministrativeLicence, item.RegionCode, item.DepartmentId, c.DepartmentName,
        c.CaseType == CaseType.Immediate, c.StatutoryLimitDays, c.PromisedLimitDays, c.IsOnline,
        c.Materials.Select(m => new PublishedMaterial(m.Name, m.Necessity == MaterialNecessity.Required,
            m.Necessity == MaterialNecessity.Deferrable, m.Necessity == MaterialNecessity.WaivedWithElectronicLicence,
            m.Form.Chinese(), m.PaperCopies, m.Notes)).ToList(),
        c.Steps.Select(s => new PublishedStep(s.Name, s.LimitDays)).ToList(),
        c.FormFields.Select(f => new PublishedFormField(f.Key, f.Label, f.Required, f.Kind,
            f.Kind == FormFieldKind.Choice ? f.Options : null)).ToList(),
        c.AutoDecision, c.ResultName);
}
