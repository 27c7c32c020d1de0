using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Platform.Errors;

/// <summary>
/// One mechanism for the control-character rule on every text input: JSON bodies through
/// <see cref="ControlCharacterJsonConverter"/> in the host's JSON options; query strings and the path through a
/// middleware placed first in the pipeline (so pages, API and static files alike are covered), which also refuses a
/// JSON body in a charset other than UTF-8 (415 — RFC 8259 JSON is UTF-8; a GBK client is told so instead of meeting
/// a 500); and forms through <see cref="UseFormInputGuard"/>, after authentication and authorization.
/// </summary>
public static class ControlCharacterGuard
{
    public static IServiceCollection AddControlCharacterGuard(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Insert(0, new ControlCharacterJsonConverter()));
        services.AddTransient<IStartupFilter, StartupFilter>();
        return services;
    }

    /// <summary>
    /// The form check, for the host to place after authentication, authorization and antiforgery. Reading a form
    /// buffers it, files and all (spooled to disk past 64 KB); placed first, it read every form to any address,
    /// anonymous or not, before anything could refuse the request. Here only a request that reached an endpoint it may
    /// call is read — the endpoint would read the same form anyway (the reader caches it for the request).
    /// </summary>
    public static IApplicationBuilder UseFormInputGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Not a route's endpoint: none matched (404), or routing's own rejection of the method (405) — nothing reads it.
        if (!context.Request.HasFormContentType || context.GetEndpoint() is not Microsoft.AspNetCore.Routing.RouteEndpoint)
        {
            await next(context);
            return;
        }
        string? field;
        try { field = await FormFieldAsync(context.Request); }
        catch (InvalidDataException) { field = null; } // a malformed form is the form reader's 400 later
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(context, e.StatusCode, "request.too-large", "提交的内容过大", "请求的内容超过了服务器允许的大小；请逐个上传文件。");
            return;
        }
        if (field is null) await next(context);
        else await WriteAsync(context, field);
    });

    /// <summary>The first offending input's name in the query or the path, or null when they are clean.</summary>
    public static string? FindInAddress(HttpRequest request)
    {
        if (ControlCharacters.In(request.Path.Value)) return "path";
        foreach (var (key, values) in request.Query)
            if (ControlCharacters.In(key) || values.Any(ControlCharacters.In)) return key;
        return null;
    }

    private static async Task<string?> FormFieldAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        foreach (var (key, values) in form)
            if (ControlCharacters.In(key) || values.Any(ControlCharacters.In)) return key;
        return null;
    }

    private static Task WriteAsync(HttpContext context, int status, string code, string title, string detail) =>
        WriteAsync(context, new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } });

    private static Task WriteAsync(HttpContext context, string field)
    {
        // The offending input may be the name itself: it is named with its control characters shown as '?'.
        field = new string(field.Select(c => ControlCharacters.IsForbidden(c) ? '?' : c).ToArray());
        return WriteAsync(context, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [ControlCharacters.Message] })
        {
            Status = 400, Title = "提交的数据有误", Extensions = { ["code"] = ControlCharacters.Code },
        });
    }

    private static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (IsJsonInAnotherCharset(context.Request))
                {
                    await WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "request.unsupported-charset",
                        "请求内容的字符编码不受支持", "JSON 请求须使用 UTF-8 编码（Content-Type: application/json; charset=utf-8）。");
                    return;
                }
                if (FindInAddress(context.Request) is { } field) { await WriteAsync(context, field); return; }
                await nextMiddleware(context);
            });
            next(app);
        };

        private static bool IsJsonInAnotherCharset(HttpRequest request)
        {
            if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return false;
            var json = type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
            // Exactly what the JSON reader accepts for UTF-8; anything else (gbk, a quoted or misspelt name) it cannot read.
            var charset = type.Charset.Value;
            return json && !string.IsNullOrEmpty(charset) && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        }
    }
}
