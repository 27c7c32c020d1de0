namespace OneStop.Platform.Errors;

/// <summary>Domain refusals as a page shows them: the title, then each field's messages.</summary>
public sealed class ErrorList
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    /// <summary>A message already worded for people (e.g. a form field named by its Chinese label).</summary>
    public void Add(string message) => _messages.Add(message);

    public void Add(DomainException e)
    {
        _messages.Add(e.Detail is null ? e.Title : $"{e.Title}：{e.Detail}");
        if (e is RequestValidationException v)
            _messages.AddRange(v.Errors.SelectMany(f => f.Value.Select(m => $"{FieldNames.Chinese(f.Key)}：{m}")));
    }
}

internal static class FieldNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["realName"] = "姓名", ["residentId"] = "身份证号码", ["phone"] = "手机号码", ["password"] = "密码",
        ["userName"] = "用户名", ["displayName"] = "姓名", ["departmentId"] = "部门", ["roles"] = "角色",
        ["name"] = "名称", ["shortName"] = "简称", ["regionCode"] = "行政区划", ["creditCode"] = "统一社会信用代码",
        ["date"] = "日期", ["isOffDay"] = "类型", ["reason"] = "依据", ["from"] = "起始日期", ["to"] = "结束日期",
        ["add"] = "工作日数", ["enterpriseName"] = "企业名称",
        ["currentPassword"] = "当前密码", ["newPassword"] = "新密码",
        ["address"] = "地址", ["legalRepresentative"] = "法定代表人",
    };

    public static string Chinese(string field) => Names.GetValueOrDefault(field, field);
}
