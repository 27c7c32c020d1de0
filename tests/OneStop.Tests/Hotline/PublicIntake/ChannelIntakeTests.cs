using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.PublicIntake;

public sealed class ChannelIntakeOnSqlite(SqliteFactory f) : ChannelIntakeTests(f), IClassFixture<SqliteFactory>;
public sealed class ChannelIntakeOnPostgres(PostgresFactory f) : ChannelIntakeTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The WeChat / SMS / app / 微博 gateways post to one intake API with their channel's key (the test installation has
/// keys for WeChat, as it is, and App, as its SHA-256; see OneStopFactory): the channel is recorded, the centre's own
/// fields cannot be set, and a missing or wrong key, an unknown or closed channel, bad fields are refused with codes.
/// </summary>
public abstract class ChannelIntakeTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> PostAsync(string channel, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/hotline/channels/{channel}/requests") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("X-Channel-Key", key);
        return await Factory.Anonymous().SendAsync(request, Ct);
    }

    private static object Body(string text, string? category = null, string phone = "13800138000") => new
    {
        type = "Help", text, title = "求助", requesterName = "微信用户", phone, anonymous = false, confidential = false,
        regionCode = PublicScenario.District, address = "天河北路", categoryCode = category,
        // the centre's own fields: a gateway cannot merge, answer or hand over
        mergeIntoTicketId = 1, answerNow = "已答复", handOverTo = "Police110",
    };

    [Theory]
    [InlineData("wechat", OneStopFactory.WeChatChannelKey, IntakeChannel.WeChat)]
    [InlineData("App", OneStopFactory.AppChannelKey, IntakeChannel.App)]
    public async Task A_gateway_with_its_key_registers_a_request_with_its_channel_and_nothing_of_the_centres_fields(
        string channel, string key, IntakeChannel recorded)
    {
        var text = "老人独居，家中水管爆裂，需要帮助。" + Guid.NewGuid().ToString("N")[..8];
        var response = await PostAsync(channel, key, Body(text));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(recorded.Chinese(), result.GetProperty("channel").GetString());
        var stored = Assert.Single(await new PublicScenario(Factory).RequestsWithTextAsync(text));
        Assert.Equal(recorded, stored.Channel);
        Assert.False(stored.PhoneVerified);
        Assert.Equal(result.GetProperty("requestNumber").GetString(), stored.Number);
        Assert.Equal("待派单", result.GetProperty("stateName").GetString()); // not merged, not closed, not handed over
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData(OneStopFactory.AppChannelKey)] // another channel's key
    public async Task Without_the_channels_key_the_gateway_is_refused_with_401_and_nothing_is_registered(string? key)
    {
        var text = "无密钥的渠道请求 " + Guid.NewGuid().ToString("N")[..8];
        var problem = await Problem.ReadAsync(await PostAsync("wechat", key, Body(text)));
        Assert.Equal(HttpStatusCode.Unauthorized, problem.Status);
        Assert.Equal("hotline.channel-key-invalid", problem.Code);
        Assert.Empty(await new PublicScenario(Factory).RequestsWithTextAsync(text));
    }

    [Theory]
    [InlineData("fax")]
    [InlineData("phone")] // the agents' channel
    [InlineData("web")]   // the public form's
    [InlineData("sms")]   // a gateway channel without a key: not open
    [InlineData("3")]
    public async Task An_unknown_or_closed_channel_is_not_found(string channel)
    {
        var problem = await Problem.ReadAsync(await PostAsync(channel, OneStopFactory.WeChatChannelKey, Body("未知渠道")));
        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Equal("hotline.channel-unknown", problem.Code);
    }

    [Theory]
    [InlineData("category", "categoryCode", "hotline.category-unknown")]
    [InlineData("phone", "phone", "hotline.phone-invalid")]
    [InlineData("text", "text", "hotline.invalid-request")]
    public async Task A_gateways_bad_fields_are_refused_by_field(string wrong, string field, string code)
    {
        var text = wrong == "text" ? new string('长', 4001) : "渠道字段错误 " + Guid.NewGuid().ToString("N")[..8];
        var body = Body(text, category: wrong == "category" ? "999999" : null, phone: wrong == "phone" ? "12345" : "13800138000");
        var problem = await Problem.ReadAsync(await PostAsync("wechat", OneStopFactory.WeChatChannelKey, body));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(code, problem.Code);
        Assert.True(problem.HasFieldError(field), problem.Body.ToString());
        Assert.Empty(await new PublicScenario(Factory).RequestsWithTextAsync(text));
    }
}

/// <summary>The gateways' and the public form's endpoints are documented (OpenAPI summaries in Chinese).</summary>
public sealed class PublicIntakeDocumentationTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_the_channel_intake_and_the_public_form()
    {
        var json = await factory.Anonymous().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        var channel = paths.GetProperty("/api/hotline/channels/{channel}/requests").GetProperty("post");
        Assert.Contains("渠道受理", channel.GetProperty("summary").GetString());
        Assert.Contains(channel.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "X-Channel-Key");
        Assert.Contains("验证码", paths.GetProperty("/api/hotline/public/codes").GetProperty("post").GetProperty("summary").GetString());
        Assert.Contains("网上诉求", paths.GetProperty("/api/hotline/public/requests").GetProperty("post").GetProperty("summary").GetString());
    }
}
