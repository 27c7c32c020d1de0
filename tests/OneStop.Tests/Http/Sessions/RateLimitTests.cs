using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>A host with small limits; a test header stands in for the client's IP address so tests do not share one.</summary>
public sealed class RateLimitedFactory : SqliteFactory
{
    public const int Limit = 3;
    public const string ClientIpHeader = "X-Test-Client-IP";

    protected override IEnumerable<(string Key, string Value)> RateLimitSettings =>
        from policy in new[] { "SignIn", "Registration", "Search", "Lookup" }
        from setting in new[] { ("PermitLimit", Limit.ToString()), ("WindowSeconds", "3600") }
        select ($"OneStop:RateLimits:{policy}:{setting.Item1}", setting.Item2);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OneStop:RateLimits:SignInPerUser:PermitLimit", (Limit + 1).ToString());
        builder.UseSetting("OneStop:RateLimits:SignInPerUser:WindowSeconds", "3600");
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

/// <summary>Flooding what anyone may call without an account ends in 429 ProblemDetails with Retry-After.</summary>
public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static int _nextIp;

    private static HttpRequestMessage Request(HttpMethod method, string url, string ip, object? json = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(RateLimitedFactory.ClientIpHeader, ip);
        if (json is not null) request.Content = JsonContent.Create(json);
        return request;
    }

    public static TheoryData<string, string> Limited() => new()
    {
        { "POST", "/api/auth/login" },
        { "POST", "/api/auth/token" },
        { "POST", "/login" },
        { "POST", "/api/accounts/citizens" },
        { "POST", "/api/accounts/enterprises" },
        { "POST", "/register" },
        { "GET", "/api/catalog/items?q=营业执照" },
        { "GET", "/services?q=营业执照" },
        { "GET", "/api/cases/progress?number=440106-20261201-000001&idTail=000000" },
        { "GET", "/api/hotline/lookup?number=12345-20261201-0001&phone=13800138000" },
    };

    [Theory]
    [MemberData(nameof(Limited))]
    public async Task Flooding_an_anonymous_endpoint_from_one_address_gets_429_with_retry_after(string method, string url)
    {
        var ip = $"10.0.{Interlocked.Increment(ref _nextIp)}.1";
        var client = factory.Anonymous();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i <= RateLimitedFactory.Limit && limited is null; i++)
        {
            var response = await client.SendAsync(Request(new HttpMethod(method), url, ip,
                method == "POST" && url.StartsWith("/api") ? new { userName = "flood" + i, password = "Wrong1x" } : null), Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }

        Assert.NotNull(limited);
        Assert.Equal(RateLimitedFactory.Limit + 1, statuses.Count); // the first Limit requests pass, the next is refused
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "429 without Retry-After");
        var problem = await Problem.ReadAsync(limited);
        Assert.Equal("rate-limited", problem.Code);
        // Another client is not affected.
        var other = await client.SendAsync(Request(new HttpMethod(method), url, $"10.1.{Interlocked.Increment(ref _nextIp)}.1",
            method == "POST" && url.StartsWith("/api") ? new { userName = "other", password = "Wrong1x" } : null), Ct);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task Guessing_one_user_name_from_many_addresses_is_limited_per_name()
    {
        var client = factory.Anonymous();
        var userName = "target-" + Guid.NewGuid().ToString("N")[..6];
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedFactory.Limit + 2; i++)
        {
            var response = await client.SendAsync(Request(HttpMethod.Post, "/api/auth/token", $"10.2.{Interlocked.Increment(ref _nextIp)}.1",
                new { userName, password = "Wrong1x" }), Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 });
                Assert.Equal("rate-limited", (await Problem.ReadAsync(response)).Code);
            }
        }
        Assert.Equal(RateLimitedFactory.Limit + 1, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Opening_the_sign_in_page_is_not_counted_only_posting_it_is()
    {
        var client = factory.Anonymous();
        var ip = $"10.3.{Interlocked.Increment(ref _nextIp)}.1";
        for (var i = 0; i < RateLimitedFactory.Limit * 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request(HttpMethod.Get, "/login", ip), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/cases/progress?number=440106-20261201-000002&idTail=10{0}")]
    [InlineData("/api/hotline/lookup?number=12345-20261201-0002&phone=1380013{0}")]
    public async Task Signed_in_callers_guessing_a_lookup_are_limited_like_anyone(string lookup)
    {
        // Anyone can register, so an account must not be a licence to guess case numbers and ID tails.
        var citizen = await factory.SignedInAsync("440106199003071231");
        var ip = $"10.5.{Interlocked.Increment(ref _nextIp)}.1";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedFactory.Limit; i++)
            statuses.Add((await citizen.SendAsync(Request(HttpMethod.Get, string.Format(lookup, 1000 + i), ip), Ct)).StatusCode);
        Assert.All(statuses.Take(RateLimitedFactory.Limit), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Signed_in_staff_searching_the_catalog_are_not_limited()
    {
        var staff = await factory.SignedInAsync("catalog");
        var ip = $"10.4.{Interlocked.Increment(ref _nextIp)}.1";
        for (var i = 0; i < RateLimitedFactory.Limit * 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(Request(HttpMethod.Get, "/api/catalog/items?q=营业执照", ip), Ct)).StatusCode);
    }
}
