using OneStop.Platform.Departments;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Dispatch;

/// <summary>What the rule forms offer: the regions in the manager's scope and the departments of those regions.</summary>
internal sealed record DispatchChoices(IReadOnlyList<RegionEntry> Regions, IReadOnlyList<DepartmentEntry> Departments)
{
    public static async Task<DispatchChoices> LoadAsync(DataScope scope, IRegionDirectory regions, IDepartmentDirectory departments,
        CancellationToken ct)
    {
        var own = scope.User.RegionCode;
        if (own is null || !RegionCode.TryParse(own, out var code)) return new([], []);
        var all = (await regions.BelowAsync(own, ct)).Where(r => r.Level is RegionLevel.City or RegionLevel.County or RegionLevel.Town)
            .Prepend(new RegionEntry(own, await regions.NameAsync(own, ct) ?? own, code.Level)).ToList();
        var list = new List<DepartmentEntry>();
        // The departments above the manager's region may take its requests too (a district rule routed to a city bureau).
        for (RegionCode? at = code.ParentByCode; at is { } parent; at = parent.ParentByCode)
            list.AddRange(await departments.InRegionAsync(parent.ToString(), ct));
        foreach (var r in all) list.AddRange(await departments.InRegionAsync(r.Code, ct));
        return new DispatchChoices(all, list);
    }
}
