using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Hotline.Public;

/// <summary>Refusals as the public pages show them: each field named as the form names it, and marked on the form.</summary>
public sealed class PublicPageErrors
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = "诉求类型", ["title"] = "标题", ["text"] = "诉求内容", ["regionCode"] = "发生地", ["address"] = "详细地址",
        ["requesterName"] = "姓名", ["phone"] = "手机号码", ["code"] = "验证码", ["number"] = "诉求编号", ["body"] = "填写内容",
    };

    public ErrorList List { get; } = new();

    public Dictionary<string, string> ByField { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => List.Messages.Count > 0;

    public string? For(string field) => ByField.GetValueOrDefault(field);

    public string Css(string field) => ByField.ContainsKey(field) ? "field invalid" : "field";

    public void Add(DomainException e)
    {
        if (e is not RequestValidationException v)
        {
            List.Add(e.Detail is null ? e.Title : $"{e.Title}：{e.Detail}");
            return;
        }
        List.Add("请修改以下内容后再提交");
        foreach (var (field, messages) in v.Errors)
            foreach (var m in messages)
            {
                var text = $"{Labels.GetValueOrDefault(field, "填写内容")}：{m}";
                List.Add(text);
                ByField.TryAdd(field, m);
            }
    }
}
