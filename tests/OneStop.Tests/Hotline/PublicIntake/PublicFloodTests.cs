using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.PublicIntake;

/// <summary>A host whose public form and channel limits are small; a test header stands in for the client's address.</summary>
public sealed class PublicFormLimitedFactory : SqliteFactory
{
    public const int Limit = 3;
    public const string ClientIpHeader = "X-Test-Client-IP";

    protected override IEnumerable<(string Key, string Value)> RateLimitSettings =>
        base.RateLimitSettings.Where(s => !s.Key.Contains(":PublicForm:") && !s.Key.Contains(":Channel:")).Concat(
            from policy in new[] { "PublicForm", "Channel" }
            from setting in new[] { ("PermitLimit", Limit.ToString()), ("WindowSeconds", "3600") }
            select ($"OneStop:RateLimits:{policy}:{setting.Item1}", setting.Item2));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientIpFromHeader>());
    }

    private sealed class ClientIpFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[ClientIpHeader], out var ip)) http.Connection.RemoteIpAddress = ip;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}

/// <summary>Flooding the public form (page and API) or a channel ends in 429 with Retry-After, as ProblemDetails or a page.</summary>
public sealed class PublicFormFloodTests(PublicFormLimitedFactory factory) : IClassFixture<PublicFormLimitedFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static int _nextIp;

    private static HttpRequestMessage Post(string url, string ip, HttpContent content, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add(PublicFormLimitedFactory.ClientIpHeader, ip);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }

    public static TheoryData<string> Endpoints() => new() { "/api/hotline/public/codes", "/api/hotline/public/requests", "/hotline" };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Flooding_the_public_form_from_one_address_gets_429_and_another_address_is_not_affected(string url)
    {
        var ip = $"10.9.{Interlocked.Increment(ref _nextIp)}.1";
        var client = factory.Anonymous();
        HttpContent Content(int i) => url.StartsWith("/api", StringComparison.Ordinal)
            ? JsonContent.Create(new { phone = PublicScenario.NewPhone(), type = "Suggestion", text = "建议 " + i, regionCode = PublicScenario.District, anonymous = true })
            : new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "建议" });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i <= PublicFormLimitedFactory.Limit && limited is null; i++)
        {
            var response = await client.SendAsync(Post(url, ip, Content(i)), Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }

        Assert.NotNull(limited);
        Assert.Equal(PublicFormLimitedFactory.Limit + 1, statuses.Count);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "429 without Retry-After");
        Assert.Equal("rate-limited", (await Problem.ReadAsync(limited)).Code);
        var other = await client.SendAsync(Post(url, $"10.8.{Interlocked.Increment(ref _nextIp)}.1", Content(99)), Ct);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task A_browser_flooding_the_form_page_gets_a_chinese_page_not_json()
    {
        var ip = $"10.7.{Interlocked.Increment(ref _nextIp)}.1";
        var client = factory.Anonymous();
        HttpResponseMessage last = null!;
        for (var i = 0; i <= PublicFormLimitedFactory.Limit; i++)
            last = await client.SendAsync(Post("/hotline", ip, new FormUrlEncodedContent(new Dictionary<string, string>()), "text/html"), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求过于频繁", await last.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Opening_the_form_is_not_counted_only_posting_it_is()
    {
        var ip = $"10.6.{Interlocked.Increment(ref _nextIp)}.1";
        var client = factory.Anonymous();
        for (var i = 0; i < PublicFormLimitedFactory.Limit * 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/hotline");
            request.Headers.Add(PublicFormLimitedFactory.ClientIpHeader, ip);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Flooding_one_channel_gets_429_whatever_the_address_and_leaves_the_other_channels_open()
    {
        HttpRequestMessage ChannelPost(string channel, string key, int i)
        {
            var request = Post($"/api/hotline/channels/{channel}/requests", $"10.5.{Interlocked.Increment(ref _nextIp)}.1",
                JsonContent.Create(new { type = "Suggestion", text = "渠道建议 " + i, regionCode = PublicScenario.District, anonymous = true }));
            request.Headers.Add("X-Channel-Key", key);
            return request;
        }
        var client = factory.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= PublicFormLimitedFactory.Limit; i++)
            statuses.Add((await client.SendAsync(ChannelPost("wechat", OneStopFactory.WeChatChannelKey, i), Ct)).StatusCode);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, PublicFormLimitedFactory.Limit), statuses.Take(PublicFormLimitedFactory.Limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(ChannelPost("app", OneStopFactory.AppChannelKey, 0), Ct)).StatusCode);
    }
}
