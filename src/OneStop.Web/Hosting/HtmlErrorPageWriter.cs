using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using OneStop.Platform.Documents;

namespace OneStop.Web.Hosting;

/// <summary>
/// A person in a browser who hits a missing page, a refusal or an error gets a Chinese page with a way back, not the
/// ProblemDetails JSON programs get. Every error response goes through IProblemDetailsService (status code pages and
/// the exception handler), so one writer, ahead of the JSON one, covers them all. /api answers JSON, except its
/// downloads that pages link to (<see cref="OpenedInBrowser"/>: a file, a 决定书), which a person opens in the browser
/// itself — after the session ended they get this page, with a way to sign in and come back.
/// </summary>
public sealed class HtmlErrorPageWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        if (request.Path.StartsWithSegments("/openapi")) return false;
        var accept = request.GetTypedHeaders().Accept;
        var asksForHtml = accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        if (!request.Path.StartsWithSegments("/api")) return asksForHtml;
        // The exception handler clears the endpoint before the error is written; its feature keeps the one that failed.
        var endpoint = context.HttpContext.GetEndpoint()
            ?? context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint;
        return asksForHtml && endpoint?.Metadata.GetMetadata<OpenedInBrowser>() is not null;
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;
        var (heading, text) = Describe(status, context.ProblemDetails);
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        var returnUrl = Uri.EscapeDataString(http.Request.Path + http.Request.QueryString);
        var back = signedIn
            ? """<a href="/workbench">返回工作台</a> · <a href="/">返回首页</a>"""
            : status == 401 ? $"""<a href="/">返回首页</a> · <a href="/login?returnUrl={returnUrl}">登录</a>"""
            : """<a href="/">返回首页</a> · <a href="/login">登录</a>""";
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var html = $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{Encode(heading)} - 一站通 一体化政务服务平台</title>
            <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <header class="top"><a class="brand" href="/">一站通 <small>一体化政务服务平台</small></a></header>
            <main>
            <section class="hero" data-test="error-page">
            <h1>{Encode(heading)}</h1>
            <p>{Encode(text)}</p>
            <p class="error-code">错误代码 {status}</p>
            <p>{back}</p>
            </section>
            </main>
            </body>
            </html>
            """;
        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    private static (string Heading, string Text) Describe(int status, ProblemDetails problem) => status switch
    {
        404 => ("页面不存在", "您访问的页面不存在或已被移除，请检查网址。"),
        403 => ("无权访问", "当前账号的角色或数据范围不包含此页面。"),
        401 => ("请先登录", "此页面需要登录后访问。"),
        400 => ("请求无效", "页面可能已过期或填写的内容无法识别，请返回上一页刷新后重试。"),
        429 => ("请求过于频繁", "请稍候片刻再试。"),
        >= 500 => ("服务暂时不可用", "系统处理您的请求时出错，请稍后重试。问题已记录，如持续出现请联系管理员。"),
        // 4xx with a Chinese title from the domain (e.g. a refused form) says what was wrong.
        _ => ("请求未能完成", problem.Title ?? "请求未能完成，请返回重试。"),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
