using Microsoft.EntityFrameworkCore;
using OneStop.Catalog.Items;
using OneStop.Catalog.Persistence;

namespace OneStop.Catalog.Pages.Admin.Catalog.BundleEditor;

/// <summary>A member as the picker shows it: the item's name, code and region, never only its number.</summary>
public sealed record PickedItem(long Id, string Name, string Code, string RegionCode, bool Published);

/// <summary>
/// The bundle form as posted: what was typed, the members picked so far and the current search. It goes back to the
/// page unchanged on every search, add, remove or refusal, so nothing typed is lost.
/// </summary>
public sealed class BundleForm
{
    public long? Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? RegionCode { get; set; }
    public string? Description { get; set; }
    public string? PromisedLimitDays { get; set; }
    public List<long> ItemIds { get; set; } = [];
    public string? Query { get; set; }

    public IReadOnlyList<PickedItem> Members { get; private set; } = [];
    public IReadOnlyList<PickedItem> Matches { get; private set; } = [];

    /// <summary>The search found items, but every one is already a member: "没有找到" would send the admin looking elsewhere.</summary>
    public bool AllMatchesPicked { get; private set; }

    /// <summary>"add:12" / "remove:12" from the picker's buttons; true when the form changed and must be shown again.</summary>
    public bool Apply(string? pick)
    {
        if (pick == "search") return true;
        var parts = (pick ?? "").Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[1], out var id)) return false;
        if (parts[0] == "add" && !ItemIds.Contains(id) && ItemIds.Count < 50) ItemIds.Add(id);
        if (parts[0] == "remove") ItemIds.Remove(id);
        return true;
    }

    /// <summary>Names for the picked members and the items matching the search (published items in the admin's regions).</summary>
    public async Task LoadAsync(CatalogDbContext db, string regionPrefix, CancellationToken ct)
    {
        var ids = ItemIds.Distinct().ToList();
        var picked = await Rows(db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)), ct);
        Members = ids.Select(id => picked.FirstOrDefault(p => p.Id == id) ?? new PickedItem(id, "（找不到该事项）", "", "", false)).ToList();
        var q = Query?.Trim();
        if (string.IsNullOrEmpty(q) || q.Length > 100) { Matches = []; return; }
        var found = db.Items.AsNoTracking().Where(i => i.RegionCode.StartsWith(regionPrefix)
            && i.Versions.Any(v => v.Status == VersionStatus.Published && v.Name.Contains(q)));
        Matches = await Rows(found.Where(i => !ids.Contains(i.Id)).OrderBy(i => i.Id).Take(20), ct);
        AllMatchesPicked = Matches.Count == 0 && ids.Count > 0 && await found.AnyAsync(i => ids.Contains(i.Id), ct);
    }

    public int? Limit(List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(PromisedLimitDays)) return null;
        if (int.TryParse(PromisedLimitDays.Trim(), out var n)) return n;
        errors.Add("承诺时限：须填写阿拉伯数字（如 10）");
        return null;
    }

    private static async Task<List<PickedItem>> Rows(IQueryable<ServiceItem> items, CancellationToken ct)
    {
        var rows = await items.Select(i => new
        {
            i.Id, i.ImplementationCode, i.RegionCode,
            Name = i.Versions.OrderByDescending(v => v.Number).Select(v => v.Name).FirstOrDefault(),
            Published = i.Versions.Any(v => v.Status == VersionStatus.Published),
        }).ToListAsync(ct);
        return rows.Select(r => new PickedItem(r.Id, r.Name ?? "（未命名事项）", r.ImplementationCode, r.RegionCode, r.Published)).ToList();
    }
}
