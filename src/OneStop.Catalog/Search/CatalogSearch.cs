using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Search;

/// <param name="OwnRegion">The searcher's region (signed in: their account's; public: the region chosen): its
/// implementation of an item is listed first.</param>
public sealed record CatalogQuery(string? Text, ItemKind? Kind, string? Department, string? Region, int Skip, int Take,
    string? OwnRegion = null);

/// <summary>One item meant: the implementation shown (the searcher's region first) and the other departments' and regions'.</summary>
public sealed record CatalogSearchEntry(EffectiveItem Item, double? Score, IReadOnlyList<EffectiveItem> Others);

/// <summary>A page of entries; <see cref="Total"/> counts entries (items meant), not implementations.</summary>
public sealed record CatalogSearchResult(int Total, IReadOnlyList<CatalogSearchEntry> Entries)
{
    public IReadOnlyList<EffectiveItem> Items => Entries.Select(e => e.Item).ToList();
}

/// <summary>
/// Search over the catalog in force. The index is built once per catalog snapshot (and synonym list) and shared by
/// all requests; without query text the catalog is listed by department and name.
/// </summary>
public sealed class CatalogSearch(CatalogSnapshot snapshot, IServiceScopeFactory scopes)
{
    public async Task<CatalogSearchResult> FindAsync(CatalogQuery query, CancellationToken ct = default)
    {
        var loaded = await snapshot.GetAsync(ct);
        var byId = loaded.Items.ToDictionary(i => i.Id);
        bool Matches(ItemContent c) =>
            (query.Kind is null || c.Kind == query.Kind)
            && (string.IsNullOrWhiteSpace(query.Department) || c.DepartmentName.Contains(query.Department.Trim(), StringComparison.Ordinal))
            && (string.IsNullOrWhiteSpace(query.Region) || c.RegionCode.StartsWith(query.Region.Trim(), StringComparison.Ordinal));

        if (string.IsNullOrWhiteSpace(query.Text))
        {
            var all = loaded.Items.Where(i => Matches(i.Content))
                .OrderBy(i => i.Content.DepartmentName, StringComparer.Ordinal).ThenBy(i => i.Content.DisplayName, StringComparer.Ordinal)
                .Select(i => new SearchHit(Document(i), 0));
            var listed = SearchGroups.Collapse(all, query.OwnRegion);
            return new CatalogSearchResult(listed.Count, listed.Skip(query.Skip).Take(query.Take).Select(g => Entry(g, byId, null)).ToList());
        }
        var index = await IndexAsync(loaded, ct);
        var result = index.SearchGrouped(query.Text, query.Skip, query.Take, query.OwnRegion, d => Matches(byId[d.Id].Content));
        return new CatalogSearchResult(result.Total, result.Groups.Select(g => Entry(g, byId, g.Score)).ToList());
    }

    private static CatalogSearchEntry Entry(SearchGroup group, Dictionary<long, EffectiveItem> byId, double? score) =>
        new(byId[group.First.Document.Id], score, group.Members.Skip(1).Select(m => byId[m.Document.Id]).ToList());

    /// <summary>Item names close to a query that found little (zero or weak results).</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string? text, int count, CancellationToken ct = default) =>
        (await IndexAsync(await snapshot.GetAsync(ct), ct)).NearestNames(text, count);

    /// <summary>The synonym list the current index was built with.</summary>
    public async Task<SynonymList> SynonymsAsync(CancellationToken ct = default) =>
        (await IndexAsync(await snapshot.GetAsync(ct), ct)).Synonyms;

    private async Task<CatalogSearchIndex> IndexAsync(CatalogSnapshot.Loaded loaded, CancellationToken ct)
    {
        lock (loaded.Extras)
            if (loaded.Extras.TryGetValue(nameof(CatalogSearchIndex), out var cached)) return (CatalogSearchIndex)cached;
        var synonyms = await StoredSynonymsAsync(ct);
        var index = CatalogSearchIndex.Build(loaded.Items.Select(Document), synonyms);
        lock (loaded.Extras) loaded.Extras[nameof(CatalogSearchIndex)] = index;
        return index;
    }

    private async Task<SynonymList> StoredSynonymsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var text = await db.Settings.Where(s => s.Key == CatalogSetting.Synonyms).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return text is null ? DefaultSynonyms.List : SynonymList.Parse(text);
    }

    public static SearchDocument Document(EffectiveItem item)
    {
        var c = item.Content;
        return new SearchDocument(item.Id, c.ImplementationCode, c.DisplayName,
            c.SubItemName is null && c.HandlingItemName is null ? null : string.Join(" ", new[] { c.MainItemName, c.SubItemName }.OfType<string>().Distinct()),
            c.DepartmentName, c.RegionCode, c.Kind.Chinese(), c.Materials.Select(m => m.Name).ToList(),
            c.ResultName is { } result ? [result] : [])
        {
            Texts = [.. new[] { c.AcceptanceConditions }.OfType<string>(), .. c.Faqs.Select(f => f.Question + " " + f.Answer)],
            GroupKey = GroupKeyOf(c),
        };
    }

    /// <summary>
    /// The item meant, whoever implements it: departments and regions carry the same basic code (and handling items
    /// the same name under it), so one key per basic code and display name; without a basic code, the name alone.
    /// </summary>
    public static string GroupKeyOf(ItemContent c) =>
        (string.IsNullOrWhiteSpace(c.BasicCode) ? "" : c.BasicCode.Trim()) + "|" + TextNormalizer.Normalize(c.DisplayName);
}
