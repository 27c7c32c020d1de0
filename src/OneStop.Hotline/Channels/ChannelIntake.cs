using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Intake;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Hotline.Channels;

/// <summary>What a gateway posts: the intake body without the hotline centre's own fields (并单、直接办结、紧急移交).</summary>
public sealed record ChannelRequestBody(
    RequestType? Type, string? Text, string? Title, string? RequesterName, string? Phone, bool Anonymous, bool Confidential,
    string? RegionCode, string? Address, double? Latitude, double? Longitude, string? CategoryCode, Urgency? Urgency)
{
    internal IntakeBody ToIntake(IntakeChannel channel) => new(Type, Text, Title, RequesterName, Phone, Anonymous, Confidential,
        RegionCode, Address, Latitude, Longitude, CategoryCode, Urgency, Channel: channel);
}

public sealed record ChannelRequestResult(string RequestNumber, string Channel, string StateName, string Acknowledgment);

/// <summary>
/// 渠道受理接口: the WeChat, SMS, app and 微博 gateways post what citizens wrote there, authenticated by their
/// channel's key (no account), rate-limited per channel, registered through the one <see cref="RegisterIntake"/>
/// with the channel recorded. The gateway answers the citizen with the acknowledgment it gets back.
/// </summary>
public static class ChannelIntake
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/hotline/channels/{channel}/requests", async (string channel, [FromHeader(Name = ChannelKeys.Header)] string? key,
                ChannelRequestBody body, ChannelKeys keys, RegisterIntake intake, PublicIntake.PublicRegions city, CancellationToken ct) =>
            {
                var open = keys.Open(channel);
                keys.Check(open, key);
                var actor = new TicketActor(null, $"{open.Chinese()}渠道", "渠道接口");
                var result = await intake.RunAsync(body.ToIntake(open), new IntakeSource(open, actor, RegionAllowed: city.Covers), ct);
                return TypedResults.Created($"/hotline/lookup",
                    new ChannelRequestResult(result.RequestNumber, open.Chinese(), result.StateName, result.Acknowledgment));
            })
            .AllowAnonymous().RequireRateLimiting(RateLimits.Channel)
            .WithName("ChannelHotlineRequest")
            .WithSummary("渠道受理：微信、短信、APP、微博网关提交诉求（channel = wechat | sms | app | weibo，请求头 X-Channel-Key）")
            .WithDescription("渠道密钥配置于 Hotline:ChannelKeys:<渠道>（可写作 sha256:<十六进制摘要>）。未知或未开通的渠道 404 hotline.channel-unknown；"
                + "密钥缺失或错误 401 hotline.channel-key-invalid；字段错误 400（hotline.phone-invalid、hotline.category-unknown 等）；超过频率 429。")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(429);
}
