using OneStop.Platform.Errors;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>
/// Refusals of the case use cases as the workbench pages show them: each field named by what the person typed it
/// into (the same API field "reason" is 不予受理理由 on one form and 不予许可理由 on another).
/// </summary>
internal static class CasePageErrors
{
    private static readonly Dictionary<string, string> Common = new()
    {
        ["note"] = "说明", ["opinion"] = "审查意见", ["items"] = "补正事项", ["days"] = "延期天数", ["procedure"] = "特别程序",
        ["decision"] = "决定", ["applicantType"] = "申请人类型", ["idNumber"] = "证件号码", ["name"] = "申请人名称",
        ["phone"] = "联系电话", ["address"] = "地址", ["legalRepresentative"] = "法定代表人", ["itemId"] = "事项", ["file"] = "文件",
    };

    public static void Add(ErrorList errors, DomainException e, IReadOnlyDictionary<string, string>? labels = null,
        Dictionary<string, string>? byField = null)
    {
        if (e.Code == "case.changed")
        {
            errors.Add("该办件已被他人处理，下方已显示最新状态，请核对后再操作");
            return;
        }
        if (e is not RequestValidationException v)
        {
            errors.Add(e);
            return;
        }
        errors.Add(v.Title);
        foreach (var (field, messages) in v.Errors)
            foreach (var m in messages)
            {
                // Form fields and materials are already named in their message ("经营场所名称：不能为空").
                var text = field.StartsWith("fields.", StringComparison.Ordinal) || field.StartsWith("materials[", StringComparison.Ordinal)
                    ? m : $"{Label(field, labels)}：{m}";
                errors.Add(text);
                byField?.TryAdd(field, text);
            }
    }

    private static string Label(string field, IReadOnlyDictionary<string, string>? labels) =>
        labels?.GetValueOrDefault(field) ?? Common.GetValueOrDefault(field) ?? "填写内容";
}
