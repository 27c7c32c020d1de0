using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Hotline.PublicIntake;

public sealed record CodeBody(string? Phone);

/// <summary>The public form as an API, for the citizens' own programs and the page's script-free twin (/hotline).</summary>
public static class PublicIntakeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/hotline/public/codes", async (CodeBody body, PhoneCodes codes, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, (await codes.RequestAsync(body.Phone, ct)).Sent))
            .AllowAnonymous().RequireRateLimiting(RateLimits.PublicForm)
            .WithName("RequestHotlinePhoneCode").WithSummary("网上诉求：获取手机验证码（5 分钟内有效，每个号码每分钟一次）")
            .ProducesProblem(400).ProducesProblem(429);
        api.MapPost("/hotline/public/requests", async (PublicRequestBody body, SubmitPublicRequest submit, CancellationToken ct) =>
                TypedResults.Created("/hotline/lookup", await submit.RunAsync(body, ct)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.PublicForm)
            .WithName("SubmitHotlineRequest").WithSummary("网上诉求登记（手机验证码校验；匿名诉求无需验证码，但无法查询）")
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(429);
    }
}
