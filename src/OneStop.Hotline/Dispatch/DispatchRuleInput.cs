using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Dispatch;

/// <summary>A dispatch rule as the API and the admin page send it; <see cref="Revision"/> only when editing.</summary>
public sealed record DispatchRuleRequest(string? CategoryCode, string? RegionCode, long? MainDepartmentId,
    IReadOnlyList<long>? CoHandlerIds, string? Note, int? Revision = null);

/// <summary>
/// Checks a rule before it is stored, naming each field in Chinese: the category must be a node of the taxonomy,
/// the region a region of the platform, the departments real Platform departments on the region's branch of the tree
/// (the district's own, the city's above it, a street's below it), the co-handlers distinct and not the main one.
/// </summary>
internal static class DispatchRuleInput
{
    public const int NoteLength = 200;
    public const int MaxCoHandlers = 10;

    public sealed record Valid(string CategoryCode, string RegionCode, DepartmentEntry Main, IReadOnlyList<DepartmentEntry> CoHandlers, string? Note);

    public static async Task<Valid> CheckAsync(DispatchRuleRequest request, IRegionDirectory regions, IDepartmentDirectory departments,
        CancellationToken ct)
    {
        var v = new Validator();
        var category = AppealTaxonomy.Find(request.CategoryCode?.Trim());
        if (string.IsNullOrWhiteSpace(request.CategoryCode)) v.Add("categoryCode", "请选择诉求分类", "dispatch.category-required");
        else if (category is null) v.Add("categoryCode", "诉求分类不存在（应为一级、二级或三级分类代码）", "dispatch.unknown-category");
        var regionText = request.RegionCode?.Trim() ?? "";
        var regionKnown = RegionCode.TryParse(regionText, out var region) && await regions.ExistsAsync(regionText, ct);
        if (regionText.Length == 0) v.Add("regionCode", "请选择适用区划", "dispatch.region-required");
        else if (!regionKnown) v.Add("regionCode", "适用区划不存在", "dispatch.unknown-region");
        var main = request.MainDepartmentId is { } mainId ? await departments.GetAsync(mainId, ct) : null;
        if (request.MainDepartmentId is null) v.Add("mainDepartmentId", "请选择主办单位", "dispatch.main-required");
        else if (main is null) v.Add("mainDepartmentId", "主办单位不存在", "dispatch.unknown-department");
        else if (regionKnown && !OnBranch(main, region)) v.Add("mainDepartmentId", "主办单位不属于适用区划或其上下级", "dispatch.department-out-of-region");
        var co = new List<DepartmentEntry>();
        var ids = request.CoHandlerIds ?? [];
        if (ids.Count > MaxCoHandlers) v.Add("coHandlerIds", $"协办单位最多 {MaxCoHandlers} 个", "dispatch.too-many-co-handlers");
        else if (ids.Distinct().Count() != ids.Count) v.Add("coHandlerIds", "协办单位重复", "dispatch.duplicate-co-handler");
        else if (request.MainDepartmentId is { } m && ids.Contains(m)) v.Add("coHandlerIds", "协办单位不能与主办单位相同", "dispatch.co-handler-is-main");
        else
        {
            foreach (var id in ids)
            {
                var d = await departments.GetAsync(id, ct);
                if (d is null) { v.Add("coHandlerIds", $"协办单位不存在（编号 {id}）", "dispatch.unknown-department"); continue; }
                if (regionKnown && !OnBranch(d, region)) v.Add("coHandlerIds", $"协办单位「{d.Name}」不属于适用区划或其上下级", "dispatch.department-out-of-region");
                co.Add(d);
            }
        }
        var note = v.Text("note", request.Note, NoteLength, required: false);
        v.ThrowIfInvalid();
        return new Valid(category!.Code, regionText, main!, co, note.Length == 0 ? null : note);
    }

    /// <summary>The department sits at the region, above it or below it: a 天河区 rule may route to 市交通运输局 or 石牌街道.</summary>
    private static bool OnBranch(DepartmentEntry department, RegionCode region) =>
        RegionCode.TryParse(department.RegionCode, out var at) && (region.IsWithin(at) || at.IsWithin(region));
}
