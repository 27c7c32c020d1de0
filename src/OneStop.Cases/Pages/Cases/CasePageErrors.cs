using OneStop.Platform.Errors;

namespace OneStop.Cases.Pages.Cases;

/// <summary>
/// Refusals of the case use cases as the applicant's pages show them. The use cases already word the form's
/// fields and materials by their Chinese names ("经营场所名称：不能为空"), so those messages are shown as they are;
/// the few other inputs get their Chinese label here. <see cref="ByField"/> lets a page mark the field itself.
/// </summary>
public sealed class CasePageErrors
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["file"] = "文件", ["note"] = "说明", ["number"] = "办件编号", ["idTail"] = "证件号码后 6 位", ["itemId"] = "事项",
    };

    public ErrorList List { get; } = new();

    public Dictionary<string, string> ByField { get; } = new();

    public bool Any => List.Messages.Count > 0;

    public void Add(string message) => List.Add(message);

    /// <summary>A message that belongs to one input (a material's row), shown in the list and beside it.</summary>
    public void AddFor(string field, string message)
    {
        List.Add(message);
        ByField.TryAdd(field, message);
    }

    public void Add(DomainException e)
    {
        if (e is not RequestValidationException v)
        {
            List.Add(e.Code == "case.changed" ? "已被他人处理，请刷新页面后再操作" : e.Detail is null ? e.Title : $"{e.Title}：{e.Detail}");
            return;
        }
        List.Add(e.Code == "case.incomplete" ? "申请还不完整，请补充以下内容后再提交" : v.Title);
        foreach (var (field, messages) in v.Errors)
        {
            foreach (var m in messages)
            {
                var text = field.StartsWith("fields.", StringComparison.Ordinal) || field.StartsWith("materials[", StringComparison.Ordinal)
                    ? m : $"{Labels.GetValueOrDefault(field, "输入")}：{m}";
                List.Add(text);
                ByField.TryAdd(field, text);
            }
        }
    }
}
