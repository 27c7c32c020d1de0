using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>
/// Refusals of the ticket use cases as the hotline pages show them: each field named by the form field it was typed
/// into (the API's "text" is 诉求内容 on the console and 答复内容 on the reply form, so each form passes its labels).
/// </summary>
internal static class TicketPageErrors
{
    private static readonly Dictionary<string, string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = "诉求类型", ["text"] = "诉求内容", ["title"] = "标题", ["requesterName"] = "诉求人姓名", ["phone"] = "联系电话",
        ["regionCode"] = "发生地区划", ["address"] = "地址", ["latitude"] = "纬度", ["longitude"] = "经度",
        ["categoryCode"] = "诉求分类", ["urgency"] = "紧急程度", ["channel"] = "受理渠道", ["departmentId"] = "主办单位",
        ["coDepartmentIds"] = "协办单位", ["note"] = "意见", ["reason"] = "理由", ["workdays"] = "延期天数", ["answer"] = "答复内容",
        ["service"] = "移交部门", ["result"] = "回访结果", ["comment"] = "回访说明", ["opinion"] = "意见", ["files"] = "附件",
        ["file"] = "附件", ["requestId"] = "诉求", ["sourceTicketId"] = "并入的工单", ["mergeIntoTicketId"] = "并入的工单",
    };

    public static void Add(ErrorList errors, DomainException e, IReadOnlyDictionary<string, string>? labels = null)
    {
        if (e.Code == "hotline.changed")
        {
            errors.Add("该工单已被他人处理，请刷新页面查看最新状态后再操作");
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
                errors.Add($"{Label(field, labels)}：{m}");
    }

    // Case-insensitive: the core names some fields as their C# parameters ("Comment" for the API's "comment").
    private static string Label(string field, IReadOnlyDictionary<string, string>? labels) =>
        labels?.FirstOrDefault(l => string.Equals(l.Key, field, StringComparison.OrdinalIgnoreCase)).Value
        ?? Common.GetValueOrDefault(field) ?? "填写内容";
}
