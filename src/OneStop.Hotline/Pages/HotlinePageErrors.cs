using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages;

/// <summary>
/// Refusals of the knowledge and dispatch use cases as the pages show them: each field named by its label on the
/// form, a lost race worded as what to do next.
/// </summary>
internal static class HotlinePageErrors
{
    public static readonly IReadOnlyDictionary<string, string> Dispatch = new Dictionary<string, string>
    {
        ["categoryCode"] = "诉求分类", ["regionCode"] = "适用区划", ["mainDepartmentId"] = "主办单位", ["coHandlerIds"] = "协办单位",
        ["note"] = "备注", ["revision"] = "版本号", ["category"] = "诉求分类", ["region"] = "区划",
    };

    public static ErrorList From(DomainException e, IReadOnlyDictionary<string, string> labels)
    {
        var errors = new ErrorList();
        if (e.Code is "knowledge.changed" or "dispatch.changed")
        {
            errors.Add("内容已被他人修改，请刷新页面查看最新内容后再操作");
            return errors;
        }
        if (e is not RequestValidationException v)
        {
            errors.Add(e);
            return errors;
        }
        errors.Add(v.Title);
        foreach (var (field, messages) in v.Errors)
            foreach (var m in messages)
                errors.Add($"{labels.GetValueOrDefault(field, "填写内容")}：{m}");
        return errors;
    }
}
