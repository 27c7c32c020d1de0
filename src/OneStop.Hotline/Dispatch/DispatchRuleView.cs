using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Departments;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Dispatch;

public sealed record DepartmentRef(long Id, string Name);

/// <summary>A rule as people read it: the category's path and the region's and departments' names, not codes alone.</summary>
public sealed record DispatchRuleView(long Id, string CategoryCode, string CategoryPath, string CategoryLevel, string RegionCode,
    string RegionName, DepartmentRef Main, IReadOnlyList<DepartmentRef> CoHandlers, string? Note, string UpdatedBy, DateTime UpdatedAt,
    int Revision)
{
    /// <summary>Builds the views of a page of rules, looking each department and region up once.</summary>
    internal static async Task<List<DispatchRuleView>> OfAsync(IEnumerable<DispatchRule> rules, IDepartmentDirectory departments,
        IRegionDirectory regions, CancellationToken ct)
    {
        var names = new Dictionary<long, string>();
        var regionNames = new Dictionary<string, string>();
        async Task<DepartmentRef> Department(long id)
        {
            if (!names.TryGetValue(id, out var name))
                names[id] = name = (await departments.GetAsync(id, ct))?.Name ?? $"已撤销的部门（编号 {id}）";
            return new DepartmentRef(id, name);
        }
        var views = new List<DispatchRuleView>();
        foreach (var r in rules)
        {
            if (!regionNames.TryGetValue(r.RegionCode, out var regionName))
                regionNames[r.RegionCode] = regionName = await regions.NameAsync(r.RegionCode, ct) ?? r.RegionCode;
            var category = AppealTaxonomy.Find(r.CategoryCode);
            var co = new List<DepartmentRef>();
            foreach (var id in r.CoHandlerIds) co.Add(await Department(id));
            views.Add(new DispatchRuleView(r.Id, r.CategoryCode, category?.Path ?? r.CategoryCode, LevelName(r.CategoryCode), r.RegionCode,
                regionName, await Department(r.MainDepartmentId), co, r.Note, r.UpdatedBy, r.UpdatedAt, r.Revision));
        }
        return views;
    }

    public static string LevelName(string code) => code.Length switch { 2 => "一级", 4 => "二级", _ => "三级" };
}

/// <summary>The dispatcher's suggestion: the rule that applies, or none ("未配置派单规则").</summary>
public sealed record DispatchSuggestion(bool Matched, string Message, DispatchRuleView? Rule);
