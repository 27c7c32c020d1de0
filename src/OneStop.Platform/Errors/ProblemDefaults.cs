using Microsoft.AspNetCore.Http;

namespace OneStop.Platform.Errors;

/// <summary>Gives every ProblemDetails, including bare status codes, a stable code and a Chinese title.</summary>
public static class ProblemDefaults
{
    private static readonly Dictionary<int, (string Code, string Title)> ByStatus = new()
    {
        [400] = ("request.malformed", "请求格式错误"),
        [401] = ("auth.required", "请先登录"),
        [403] = ("auth.forbidden", "无权执行此操作"),
        [404] = ("not-found", "未找到请求的资源"),
        [405] = ("request.method-not-allowed", "不支持该请求方法"),
        [409] = ("business-rule", "操作与业务规则冲突"),
        [413] = ("request.too-large", "请求内容过大"),
        [429] = ("rate-limited", "请求过于频繁，请稍后再试"),
        [415] = ("request.unsupported-media-type", "不支持的内容类型，请使用 application/json"),
        [500] = ("server.error", "服务器内部错误"),
    };

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!ByStatus.TryGetValue(status, out var known)) known = ($"http.{status}", "请求未能完成");
        problem.Extensions.TryAdd("code", known.Code);
        if (problem.Title is null || !ContainsChinese(problem.Title)) problem.Title = known.Title;
        problem.Type = null;
        problem.Extensions.Remove("traceId");
        problem.Instance ??= context.HttpContext.Request.Path;
    }

    private static bool ContainsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
