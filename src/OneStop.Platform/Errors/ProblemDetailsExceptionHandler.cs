using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace OneStop.Platform.Errors;

/// <summary>
/// The one place exceptions become responses: domain refusals keep their code and Chinese title; malformed requests
/// become 400; lost races (unique index, concurrency token) become 409; anything else is logged and answered with a generic 500 that reveals nothing.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // Pages answer people, not programs: a refusal there leads to the sign-in or "no access" page.
        if (!context.Request.Path.StartsWithSegments("/api") && exception is DomainException { Status: 401 or 403 } refusal)
        {
            context.Response.Redirect(refusal.Status == 401 ? "/login" : "/forbidden");
            return true;
        }
        if (StoreConflicts.ToProblem(exception) is { } conflict) exception = conflict;
        var problem = exception switch
        {
            RequestValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = 400, Title = v.Title, Extensions = { ["code"] = v.Code },
            },
            DomainException d => new ProblemDetails
            {
                Status = d.Status, Title = d.Title, Detail = d.Detail, Extensions = { ["code"] = d.Code },
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode == 413 ? 413 : 400,
                Title = b.StatusCode == 413 ? "请求内容过大" : "请求格式错误",
                Detail = "请求无法解析：请检查 JSON 格式、字段类型和参数。",
                Extensions = { ["code"] = b.StatusCode == 413 ? "request.too-large" : "request.malformed" },
            },
            _ => null,
        };
        if (exception is DomainException { Extensions.Count: > 0 } withExtensions && problem is not null)
            foreach (var (key, value) in withExtensions.Extensions) problem.Extensions[key] = value;
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, Privacy.PersonalData.MaskText(context.Request.Path.ToString()));
            problem = new ProblemDetails
            {
                Status = 500, Title = "服务器内部错误", Extensions = { ["code"] = "server.error" },
            };
        }
        context.Response.StatusCode = problem.Status!.Value;
        if (exception is Security.RateLimiting.RateLimitedException limited)
            context.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context, ProblemDetails = problem, Exception = exception,
        });
    }
}
