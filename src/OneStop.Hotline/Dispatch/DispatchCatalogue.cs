using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Dispatch;

/// <summary>
/// The 派单目录 read for one request: which department should take a ticket of this category in this place. The
/// most specific rule wins — the longest category code first (a 三级 rule beats a 一级 one whatever its region),
/// then the nearest region up the tree (the street's, the district's, the city's, the province's). The dispatcher
/// confirms or changes the answer; the ticket core calls this at dispatch.
/// </summary>
public sealed class DispatchCatalogue(HotlineDbContext db, IDepartmentDirectory departments, IRegionDirectory regions)
{
    public const string NoRule = "未配置派单规则";

    public async Task<DispatchSuggestion> SuggestAsync(string? categoryCode, string? regionCode, CancellationToken ct = default)
    {
        var category = AppealTaxonomy.Find(categoryCode?.Trim())
            ?? throw RequestValidationException.For("category", "诉求分类不存在", "dispatch.unknown-category");
        if (!RegionCode.TryParse(regionCode?.Trim(), out var region))
            throw RequestValidationException.For("region", "区划代码无效", "dispatch.unknown-region");
        var categories = new[] { 2, 4, 6 }.Where(n => n <= category.Code.Length).Select(n => category.Code[..n]).ToList();
        var branch = Ancestry(region);
        var candidates = await db.Set<DispatchRule>().AsNoTracking()
            .Where(r => categories.Contains(r.CategoryCode) && branch.Contains(r.RegionCode)).ToListAsync(ct);
        var best = candidates.OrderByDescending(r => r.CategoryDepth).ThenBy(r => branch.IndexOf(r.RegionCode)).FirstOrDefault();
        if (best is null) return new DispatchSuggestion(false, NoRule, null);
        var view = (await DispatchRuleView.OfAsync([best], departments, regions, ct))[0];
        return new DispatchSuggestion(true, $"按派单规则「{view.CategoryPath} · {view.RegionName}」", view);
    }

    /// <summary>The region and every region above it, nearest first: 440106006 → 440106, 440100, 440000.</summary>
    internal static List<string> Ancestry(RegionCode region)
    {
        var list = new List<string>();
        for (RegionCode? at = region; at is { } c; at = c.ParentByCode) list.Add(c.ToString());
        return list;
    }
}
