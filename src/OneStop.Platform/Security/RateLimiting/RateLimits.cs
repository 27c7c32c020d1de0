using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Platform.Security.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter on the endpoints anyone can call without an account: sign-in (API, token, page),
/// registration (API, page), public catalog search (API, page), the public lookups (every caller), the public 12345 form (codes and submissions) and
/// the channel gateways (one window per channel, not per IP). Each client IP gets its own fixed window per
/// policy; limits come from OneStop:RateLimits:&lt;policy&gt; (PermitLimit, WindowSeconds). Behind a reverse proxy,
/// configure forwarded headers so the client's address, not the proxy's, is the partition.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string Search = "search";
    /// <summary>
    /// Public lookups by a number and a secret part (办件进度, 诉求查询): every caller counts, signed in or not —
    /// anyone can register, so an account is no licence to guess.
    /// </summary>
    public const string Lookup = "lookup";
    /// <summary>The public 12345 form: asking for a phone code and submitting a request (page and API).</summary>
    public const string PublicForm = "public-form";
    /// <summary>The channel gateways' intake API: one window per channel (a gateway speaks for many citizens).</summary>
    public const string Channel = "channel";

    public const string Code = "rate-limited";
    public const string Title = "请求过于频繁，请稍后再试";

    public static IServiceCollection AddOneStopRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            // Pages and the API share a policy: GET of a page is free, only its POST (the sign-in or registration) counts.
            AddPerClient(o, SignIn, RateLimitSetting.From(configuration, "SignIn", 20, 60), postsOnly: true);
            AddPerClient(o, Registration, RateLimitSetting.From(configuration, "Registration", 10, 600), postsOnly: true);
            AddPerClient(o, Search, RateLimitSetting.From(configuration, "Search", 60, 60), anonymousOnly: true);
            AddPerClient(o, Lookup, RateLimitSetting.From(configuration, "Lookup", 30, 60));
            AddPerClient(o, PublicForm, RateLimitSetting.From(configuration, "PublicForm", 20, 600), postsOnly: true);
            var channel = RateLimitSetting.From(configuration, "Channel", 600, 60);
            o.AddPolicy(Channel, http => RateLimitPartition.GetFixedWindowLimiter(
                "channel:" + (http.Request.RouteValues["channel"]?.ToString()?.ToLowerInvariant() ?? ""),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = channel.PermitLimit, Window = channel.Window, QueueLimit = 0 }));
        });
        services.AddSingleton(sp => new SignInThrottle(
            RateLimitSetting.From(sp.GetRequiredService<IConfiguration>(), "SignInPerUser", 10, 300)));
        return services;
    }

    private static void AddPerClient(RateLimiterOptions o, string policy, RateLimitSetting setting,
        bool postsOnly = false, bool anonymousOnly = false) =>
        o.AddPolicy(policy, http =>
            postsOnly && !HttpMethods.IsPost(http.Request.Method) || anonymousOnly && http.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("free")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = setting.PermitLimit, Window = setting.Window, QueueLimit = 0 }));

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = 429, Title = Title, Detail = $"请在 {seconds} 秒后再试。", Extensions = { ["code"] = Code },
            },
        });
        // A browser that accepts only HTML still gets a sentence it can read.
        if (!written)
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{Title}：请在 {seconds} 秒后再试。", ct);
        }
    }
}
