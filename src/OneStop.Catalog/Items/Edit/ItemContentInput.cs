using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Catalog.Items;

/// <summary>
/// Input checks on a version's content before it is stored as a draft: lengths, markup, the region. The business
/// checks (limits, visits, fees…) run at publishing, so a draft may be saved half-finished.
/// </summary>
public static class ItemContentInput
{
    public static async Task<ItemContent> CheckAsync(ItemContent? content, IRegionDirectory regions, CancellationToken ct)
    {
        if (content is null) throw RequestValidationException.For("content", "请提交事项内容", "catalog.content-required");
        var v = new Validator();
        v.Text("mainItemName", content.MainItemName, 200);
        v.Text("subItemName", content.SubItemName, 200, required: false);
        v.Text("implementationCode", content.ImplementationCode, 64);
        v.Text("basicCode", content.BasicCode, 64, required: false);
        v.Text("handlingCode", content.HandlingCode, 64, required: false);
        v.Text("departmentName", content.DepartmentName, 100);
        v.Text("regionCode", content.RegionCode, 12);
        v.Text("legalBasis", content.LegalBasis, 4000, required: false);
        v.Text("acceptanceConditions", content.AcceptanceConditions, 4000, required: false);
        v.Text("resultName", content.ResultName, 200, required: false);
        v.Text("handlingLocation", content.HandlingLocation, 300, required: false);
        v.Text("visitsReason", content.VisitsReason, 300, required: false);
        v.Text("consultPhone", content.ConsultPhone, 50, required: false);
        v.Text("complaintPhone", content.ComplaintPhone, 50, required: false);
        if (content.Materials is null || content.Steps is null || content.Fees is null || content.Channels is null)
            v.Add("content", "材料、环节、收费和办理渠道须为数组");
        else
        {
            if (content.Materials.Count > 200) v.Add("materials", "材料不能超过 200 项");
            for (var i = 0; i < content.Materials.Count; i++) v.Text($"materials[{i}].name", content.Materials[i].Name, 200);
            for (var i = 0; i < content.Steps.Count; i++) v.Text($"steps[{i}].name", content.Steps[i].Name, 50);
            for (var i = 0; i < content.Fees.Count; i++) v.Text($"fees[{i}].name", content.Fees[i].Name, 100);
        }
        if (content.StatutoryLimitDays is < 0 or > 3650 || content.PromisedLimitDays is < 0 or > 3650)
            v.Add("promisedLimitDays", "办理时限须在 0 至 3650 个工作日之间");
        if (content.RequiredVisits is < 0 or > 10) v.Add("requiredVisits", "到现场次数须在 0 至 10 之间");
        v.ThrowIfInvalid();
        if (!await regions.ExistsAsync(content.RegionCode.Trim(), ct))
            throw RequestValidationException.For("regionCode", "未知的行政区划代码", "region.unknown");
        return content;
    }
}
